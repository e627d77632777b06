import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, api } from '../../../core/web/api';
import { Checkbox, CheckboxGroup, FormError, Radio, Status, TextField, useAction } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import type { ZoneSummary } from '../../zones/contract';
import type { NewReport } from '../contract';
import { ACTIVITIES, type Activity } from '../vocabulary';
import { focusField } from './controls';
import { sightingSummary } from './format';
import { ZoneCombobox } from './zone-combobox';

const INLINE_FIELDS = ['zoneId', 'people', 'vehicles', 'activity', 'seenAt', 'markings', 'equipment', 'activityNote', 'callback'];
const ZONE_INPUT = 'hotline-zone';

interface Draft {
  zone: ZoneSummary | null;
  people: string;
  vehicles: string;
  activity: Activity | '';
  minutesAgo: string;
  markings: string;
  equipment: string;
  activityNote: string;
  callMe: boolean;
  phone: string;
}
const EMPTY: Draft = {
  zone: null,
  people: '1',
  vehicles: '0',
  activity: '',
  minutesAgo: '0',
  markings: '',
  equipment: '',
  activityNote: '',
  callMe: false,
  phone: '',
};

type TextKey = { [K in keyof Draft]: Draft[K] extends string ? K : never }[keyof Draft];
const COUNT = { type: 'number', inputMode: 'numeric', min: 0 } as const;

const count = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** A phoned-in sighting, typed while the caller talks: every field reachable and answerable by keyboard. */
export function HotlineForm({ zones }: { zones: ZoneSummary[] }) {
  const t = useT('reports');
  const lang = useLanguage();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [round, setRound] = useState(0);
  const [filed, setFiled] = useState<string | null>(null);
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  const send = useAction(async () => {
    if (!draft.zone) throw new ApiError(0, 'zone_required', '', 'zoneId');
    if (!draft.activity) throw new ApiError(0, 'activity_required', '', 'activity');
    const minutes = count(draft.minutesAgo);
    const body: NewReport = {
      zoneId: draft.zone.id,
      people: count(draft.people),
      vehicles: count(draft.vehicles),
      activity: draft.activity,
      activityNote: draft.activityNote,
      markings: draft.markings,
      equipment: draft.equipment,
      seenAt: Date.now() - (Number.isFinite(minutes) ? minutes : 0) * 60_000,
      callback: draft.callMe ? { phone: draft.phone, consent: true } : undefined,
      language: lang,
    };
    await api.post('/api/reports/hotline', body);
    setFiled(`${draft.zone.name} · ${sightingSummary(t, body)}`);
    setDraft(EMPTY);
    setRound((n) => n + 1);
  });
  // The next call starts at the first field.
  useEffect(() => {
    if (round > 0) document.getElementById(ZONE_INPUT)?.focus();
  }, [round]);
  useEffect(() => {
    if (send.error instanceof ApiError) focusField(form.current, send.error.field);
  }, [send.error]);

  /** One text field of the draft; `name` is the API field whose errors it shows. */
  const text = (
    key: TextKey,
    name: string,
    label: string,
    extra: Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'name' | 'id' | 'value' | 'onInput'> & { hint?: string } = {},
  ) => <TextField id={`hotline-${key}`} name={name} label={label} value={draft[key]} onInput={set(key)} error={send.error} {...extra} />;

  const onActivityKey = (e: KeyboardEvent) => {
    const chosen = ACTIVITIES[Number(e.key) - 1];
    if (/^[1-9]$/.test(e.key) && chosen) {
      e.preventDefault();
      set('activity')(chosen);
      document.getElementById(`hotline-activity-${chosen}`)?.focus();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      form.current?.requestSubmit();
    }
  };

  return (
    <form
      ref={form}
      noValidate
      class="hotline-form"
      aria-labelledby="hotline-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        setFiled(null);
        void send.run();
      }}
    >
      <h2 id="hotline-form-title">{t('hotline.formTitle')}</h2>
      <ZoneCombobox
        key={round}
        id={ZONE_INPUT}
        zones={zones}
        chosen={draft.zone}
        onChoose={set('zone')}
        onChosen={() => document.getElementById('hotline-people')?.focus()}
        error={send.error}
      />
      <div class="hotline-numbers">
        {text('people', 'people', t('form.people'), { ...COUNT, max: 500 })}
        {text('vehicles', 'vehicles', t('form.vehicles'), { ...COUNT, max: 100 })}
      </div>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: digit keys pressed on any of the radios inside choose one. */}
      <div onKeyDown={onActivityKey}>
        <CheckboxGroup legend={t('hotline.activity')} hint={t('hotline.activityHint')} name="activity" error={send.error}>
          <div class="activity-keys">
            {ACTIVITIES.map((a, i) => (
              <Radio
                key={a}
                id={`hotline-activity-${a}`}
                name="activity"
                value={a}
                checked={draft.activity === a}
                onChoose={() => set('activity')(a)}
              >
                <kbd>{i + 1}</kbd> {t(`activities.${a}`)}
              </Radio>
            ))}
          </div>
        </CheckboxGroup>
      </div>
      {text('minutesAgo', 'seenAt', t('hotline.minutesAgo'), { ...COUNT, max: 1440 })}
      {text('markings', 'markings', t('form.markings'), { hint: t('form.markingsHint'), maxLength: 300 })}
      {text('equipment', 'equipment', t('form.equipment'), { maxLength: 300 })}
      {text('activityNote', 'activityNote', t('form.activityNote'), { maxLength: 500 })}
      <Checkbox label={t('hotline.callbackConsent')} hint={t('form.callbackHint')} checked={draft.callMe} onChange={set('callMe')} />
      {draft.callMe && text('phone', 'callback', t('form.phone'), { type: 'tel', maxLength: 24 })}
      <FormError error={send.error} fields={INLINE_FIELDS} />
      <button type="submit" class="button button-primary" disabled={send.busy}>
        {t('hotline.file')}
      </button>
      <Status message={filed && t('hotline.filed', { summary: filed })} />
    </form>
  );
}
