import { useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, TextAreaField, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { Closing } from '../contract';
import { CLOSE_REASON_MAX } from '../limits';
import { caseApi } from './case-helpers';

/** Closing asks why and then asks again: a closed case cannot be opened again. */
export function CloseSection({
  caseId,
  retentionDays,
  onClosed,
}: {
  caseId: string;
  retentionDays: number;
  onClosed: (closing: Closing) => void;
}) {
  const t = useT('families');
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const close = useAction(async () => {
    onClosed(await api.post<Closing>(`${caseApi(caseId)}/close`, { reason }));
  });
  return (
    <section class="card" aria-labelledby="close-title">
      <h2 id="close-title">{t('close.title')}</h2>
      <p>{t('close.intro')}</p>
      {retentionDays > 0 && <p>{t('close.deletedAfter', { days: retentionDays })}</p>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setConfirming(true);
        }}
      >
        <TextAreaField
          id="close-reason"
          name="reason"
          label={t('close.reason')}
          hint={t('noIdNumbers')}
          value={reason}
          onInput={setReason}
          maxLength={CLOSE_REASON_MAX}
          rows={2}
          error={close.error}
        />
        {!confirming && (
          <button type="submit" class="button" disabled={reason.trim().length < 2}>
            {t('close.button')}
          </button>
        )}
      </form>
      {confirming && (
        <div class="confirm" role="alert">
          <p>{t('close.confirm')}</p>
          <div class="button-row">
            <button type="button" class="button button-danger" disabled={close.busy} onClick={() => void close.run()}>
              {t('close.yes')}
            </button>
            <button type="button" class="button" onClick={() => setConfirming(false)}>
              {t('close.no')}
            </button>
          </div>
        </div>
      )}
      <FormError error={close.error} fields={['reason']} />
    </section>
  );
}
