import { useState } from 'preact/hooks';
import { api } from '../../../../core/web/api';
import { ActionForm, FormError, Status, TextAreaField, TextField } from '../../../../core/web/forms';
import { formatNumber, useLanguage, useT } from '../../../../core/web/i18n';
import type { PlanView } from '../contract';
import { CONTACT_LINE_MAX, CONTACT_LINES_MAX, CROWD_MAX, DEFAULT_RATIO, RATIO_MAX, RATIO_MIN } from '../limits';
import { recommendedMarshals } from '../planner';
import { planApi, useMarshalAction } from './marshal-api';

const numberOrNaN = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));

/** Expected crowd, ratio and contact lines; the recommendation follows what is typed before it is saved. */
export function PlannerForm({ view, onSaved }: { view: PlanView; onSaved: (view: PlanView) => void }) {
  const t = useT('peacekeeping');
  const lang = useLanguage();
  const [crowd, setCrowd] = useState(view.plan ? String(view.plan.expectedCrowd) : '');
  const [ratio, setRatio] = useState(String(view.plan?.ratio ?? DEFAULT_RATIO));
  const [lines, setLines] = useState(view.plan?.contactLines.join('\n') ?? '');
  const [saved, setSaved] = useState<string | null>(null);
  const save = useMarshalAction(async () => {
    setSaved(null);
    const body = {
      expectedCrowd: numberOrNaN(crowd),
      ratio: numberOrNaN(ratio),
      contactLines: lines
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    };
    onSaved(await api.put<PlanView>(planApi(view.event.id), body));
    setSaved(t('plan.saved'));
  });
  const [c, r] = [numberOrNaN(crowd), numberOrNaN(ratio)];
  const live = Number.isInteger(c) && c > 0 && Number.isInteger(r) && r >= RATIO_MIN;
  return (
    <ActionForm noValidate action={save}>
      <fieldset class="plain-fieldset" disabled={!view.editable}>
        <div class="planner-fields">
          <TextField
            id="plan-crowd"
            name="expectedCrowd"
            label={t('plan.crowd')}
            hint={t('plan.crowdHint')}
            type="number"
            inputMode="numeric"
            min={0}
            max={CROWD_MAX}
            value={crowd}
            onInput={setCrowd}
            error={save.error}
          />
          <TextField
            id="plan-ratio"
            name="ratio"
            label={t('plan.ratio')}
            hint={t('plan.ratioHint')}
            type="number"
            inputMode="numeric"
            min={RATIO_MIN}
            max={RATIO_MAX}
            value={ratio}
            onInput={setRatio}
            error={save.error}
          />
        </div>
        <p class="planner-live" aria-live="polite">
          {live &&
            t('plan.live', {
              ratio: formatNumber(r, lang),
              crowd: formatNumber(c, lang),
              count: recommendedMarshals(c, r),
            })}
        </p>
        <TextAreaField
          id="plan-lines"
          name="contactLines"
          label={t('plan.contactLines')}
          hint={t('plan.contactLinesHint')}
          value={lines}
          onInput={setLines}
          maxLength={CONTACT_LINES_MAX * (CONTACT_LINE_MAX + 1)}
          rows={3}
          error={save.error}
        />
        <button type="submit" class="button button-primary" disabled={save.busy}>
          {view.plan ? t('plan.save') : t('plan.create')}
        </button>
      </fieldset>
      <FormError error={save.error} fields={['expectedCrowd', 'ratio', 'contactLines']} />
      <Status message={saved} />
    </ActionForm>
  );
}
