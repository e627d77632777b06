import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, api } from '../../../core/web/api';
import { ActionForm, Checkbox, CheckboxGroup, FormError, Radio, TextField, useAction } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import type { ZoneSummary } from '../../zones/contract';
import type { NewReport } from '../contract';
import { ACTIVITIES, type Activity } from '../vocabulary';
import { focusField, NumberStepper } from './controls';
import { LocationFields, NO_PLACE, type Place } from './location-fields';
import { type Seen, SeenTime, seenAtOf } from './seen-time';

/** The answer to filing: the report's id and the token that lets this browser attach a photo or video. */
export interface Filed {
  id: string;
  uploadToken: string;
  uploadTokenExpiresAt: number;
}

/** Fields that show their own error; any other error is shown at the top of the form. */
const INLINE_FIELDS = ['zoneId', 'cell', 'people', 'vehicles', 'activity', 'seenAt', 'markings', 'equipment', 'activityNote', 'callback'];

const deviceError = (code: string, field: string) => new ApiError(0, code, '', field);

/** `?zone=<id>&place=<text>` (a patrol's "report what you see") fills in the zone and, as the note, the place. */
function prefilled(zones: ZoneSummary[]) {
  const query = new URLSearchParams(location.search);
  const zoneId = query.get('zone') ?? '';
  return { place: zones.some((z) => z.id === zoneId) ? { ...NO_PLACE, zoneId } : NO_PLACE, note: (query.get('place') ?? '').slice(0, 500) };
}

/** The public sighting form, SALUTE order: where, how many, what, when, markings, equipment. */
export function ReportForm(props: { zones: ZoneSummary[]; onFiled: (filed: Filed) => void }) {
  const t = useT('reports');
  const lang = useLanguage();
  const form = useRef<HTMLFormElement>(null);
  const [initial] = useState(() => prefilled(props.zones));
  const [place, setPlace] = useState<Place>(initial.place);
  const [people, setPeople] = useState(1);
  const [vehicles, setVehicles] = useState(0);
  const [activity, setActivity] = useState<Activity | ''>('');
  const [activityNote, setActivityNote] = useState(initial.note);
  const [seen, setSeen] = useState<Seen>({ minutesAgo: 0 });
  const [markings, setMarkings] = useState('');
  const [equipment, setEquipment] = useState('');
  const [callMe, setCallMe] = useState(false);
  const [phone, setPhone] = useState('');

  const send = useAction(async () => {
    if (!place.zoneId) throw deviceError('zone_required', 'zoneId');
    if (!activity) throw deviceError('activity_required', 'activity');
    const seenAt = seenAtOf(seen, Date.now());
    if (!Number.isFinite(seenAt)) throw deviceError('invalid_input', 'seenAt');
    const { located } = place;
    const body: NewReport = {
      zoneId: place.zoneId,
      // The cell and the point only while the chosen zone is the one the phone was found in.
      cell: located?.cell,
      exactPoint: located && place.shareExact ? located.point : undefined,
      people,
      vehicles,
      activity,
      activityNote,
      markings,
      equipment,
      seenAt,
      callback: callMe ? { phone, consent: true } : undefined,
      language: lang,
    };
    props.onFiled(await api.post<Filed>('/api/reports', body));
  });
  const counts = [
    { name: 'people', value: people, onChange: setPeople, max: 500, fewer: 'form.fewerPeople', more: 'form.morePeople' },
    { name: 'vehicles', value: vehicles, onChange: setVehicles, max: 100, fewer: 'form.fewerVehicles', more: 'form.moreVehicles' },
  ];
  useEffect(() => {
    if (send.error instanceof ApiError) focusField(form.current, send.error.field === 'cell' ? 'zoneId' : send.error.field);
  }, [send.error]);

  return (
    <ActionForm formRef={form} noValidate class="report-form" action={send}>
      <LocationFields zones={props.zones} value={place} onChange={setPlace} error={send.error} />
      <fieldset class="field">
        <legend>{t('form.sizeLegend')}</legend>
        <div class="stepper-pair">
          {counts.map((c) => (
            <NumberStepper
              key={c.name}
              id={`report-${c.name}`}
              name={c.name}
              label={t(`form.${c.name}`)}
              value={c.value}
              min={0}
              max={c.max}
              fewer={t(c.fewer)}
              more={t(c.more)}
              error={send.error}
              onChange={c.onChange}
            />
          ))}
        </div>
      </fieldset>
      <CheckboxGroup legend={t('form.activityLegend')} name="activity" error={send.error}>
        {ACTIVITIES.map((a) => (
          <Radio key={a} id={`report-activity-${a}`} name="activity" value={a} checked={activity === a} onChoose={() => setActivity(a)}>
            {t(`activities.${a}`)}
          </Radio>
        ))}
      </CheckboxGroup>
      <TextField
        id="report-activity-note"
        name="activityNote"
        label={t('form.activityNote')}
        value={activityNote}
        onInput={setActivityNote}
        maxLength={500}
        error={send.error}
      />
      <SeenTime value={seen} onChange={setSeen} error={send.error} />
      <TextField
        id="report-markings"
        name="markings"
        label={t('form.markings')}
        hint={t('form.markingsHint')}
        value={markings}
        onInput={setMarkings}
        maxLength={300}
        error={send.error}
      />
      <TextField
        id="report-equipment"
        name="equipment"
        label={t('form.equipment')}
        hint={t('form.equipmentHint')}
        value={equipment}
        onInput={setEquipment}
        maxLength={300}
        error={send.error}
      />
      <fieldset class="field">
        <legend>{t('form.callbackLegend')}</legend>
        <Checkbox label={t('form.callbackConsent')} hint={t('form.callbackHint')} checked={callMe} onChange={setCallMe} />
        {callMe && (
          <TextField
            id="report-phone"
            name="callback"
            label={t('form.phone')}
            type="tel"
            autoComplete="tel"
            inputMode="tel"
            value={phone}
            onInput={setPhone}
            maxLength={24}
            error={send.error}
          />
        )}
      </fieldset>
      <FormError error={send.error} fields={INLINE_FIELDS} />
      <button type="submit" class="button button-primary button-wide" disabled={send.busy}>
        {send.busy ? t('form.sending') : t('form.send')}
      </button>
    </ActionForm>
  );
}
