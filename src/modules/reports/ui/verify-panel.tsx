import { useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { ActionForm, CheckboxGroup, FormError, Radio, SelectField, TextAreaField, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { Report } from '../contract';
import { DECISIONS, type Decision, VERIFICATION_METHODS } from '../vocabulary';
import { ConfirmButton } from './controls';

/** A verifier takes the report, then decides it; confirming asks how it was confirmed. */
export function VerifyPanel(props: { report: Report; onChanged: (r: Report) => void }) {
  const t = useT('reports');
  const { report } = props;
  const [outcome, setOutcome] = useState<Decision | ''>('');
  const [method, setMethod] = useState('');
  const [note, setNote] = useState('');
  const take = useAction(async () => props.onChanged(await api.post<Report>(`/api/reports/${report.id}/verifying`)));
  const decide = useAction(async () => {
    const body = { outcome, method: outcome === 'confirmed' && method ? method : undefined, note };
    props.onChanged(await api.post<Report>(`/api/reports/${report.id}/decision`, body));
  });
  return (
    <section class="card" aria-labelledby="verify-title">
      <h2 id="verify-title">{t('verify.title')}</h2>
      <p class="hint">{t('verify.hint')}</p>
      {report.state === 'new' && (
        <button type="button" class="button" disabled={take.busy} onClick={() => take.run()}>
          {t('verify.take')}
        </button>
      )}
      {report.state === 'verifying' && <p>{t('verify.taken')}</p>}
      <FormError error={take.error} />
      <ActionForm noValidate action={decide}>
        <CheckboxGroup legend={t('verify.outcome')} name="outcome" error={decide.error}>
          {DECISIONS.map((d) => (
            <Radio key={d} id={`outcome-${d}`} name="outcome" value={d} checked={outcome === d} onChoose={() => setOutcome(d)}>
              {t(`decisions.${d}`)}
            </Radio>
          ))}
        </CheckboxGroup>
        {outcome === 'confirmed' && (
          <SelectField
            id="verify-method"
            name="method"
            label={t('verify.method')}
            placeholder={t('verify.methodPlaceholder')}
            options={VERIFICATION_METHODS.map((m) => ({ value: m, label: t(`methods.${m}`) }))}
            value={method}
            onInput={setMethod}
            error={decide.error}
          />
        )}
        <TextAreaField
          id="verify-note"
          name="note"
          label={t('verify.note')}
          value={note}
          onInput={setNote}
          maxLength={1000}
          rows={3}
          error={decide.error}
        />
        <FormError error={decide.error} fields={['outcome', 'method', 'note']} />
        <button type="submit" class="button button-primary" disabled={decide.busy || !outcome}>
          {t('verify.decide')}
        </button>
      </ActionForm>
    </section>
  );
}

/** A confirmed incident ends here: dispatch stops and its evidence starts its retention period. */
export function CloseIncident(props: { report: Report; onChanged: (r: Report) => void }) {
  const t = useT('reports');
  const close = useAction(async () => props.onChanged(await api.post<Report>(`/api/reports/${props.report.id}/close`)));
  return (
    <section class="card" aria-labelledby="close-title">
      <h2 id="close-title">{t('close.title')}</h2>
      <p class="hint">{t('close.hint')}</p>
      <ConfirmButton
        label={t('close.button')}
        question={t('close.confirm')}
        confirm={t('close.now')}
        busy={close.busy}
        onConfirm={() => close.run()}
      />
      <FormError error={close.error} />
    </section>
  );
}
