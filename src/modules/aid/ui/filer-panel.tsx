import { useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { AidTaskDetail } from '../contract';
import { requestApi } from './api-paths';
import { ReceiptLinkField } from './receipt-link-field';
import { RevealedDetails } from './revealed-details';

const CONFIRMABLE = ['claimed', 'in_progress', 'done'];

/** For whoever filed the request (what they entered, the receipt link, confirming for the household) and organisers (cancel). */
export function FilerPanel({ task, onChange }: { task: AidTaskDetail; onChange: (task: AidTaskDetail) => void }) {
  const t = useT('aid');
  const [link, setLink] = useState<string | null>(null);
  const act = useAction(async (path: string) => onChange(await api.post<AidTaskDetail>(`${requestApi(task.id)}/${path}`)));
  const renew = useAction(async () =>
    setLink((await api.post<{ receiptToken: string }>(`${requestApi(task.id)}/receipt-link`)).receiptToken),
  );
  const { filed } = task;
  if (!filed && !task.canCancel) return null;
  const cancel = () => {
    if (confirm(t('filer.cancelConfirm'))) void act.run('cancel');
  };

  return (
    <section class="card" aria-labelledby="filer-title">
      <h2 id="filer-title">{filed ? t('filer.title') : t('filer.organiserTitle')}</h2>
      {filed && <RevealedDetails revealed={filed} />}
      {filed && !task.confirmed && CONFIRMABLE.includes(task.state) && (
        <>
          <p class="hint">{t('filer.confirmHint')}</p>
          <button type="button" class="button" disabled={act.busy} onClick={() => void act.run('confirm-receipt')}>
            {t('filer.confirm')}
          </button>
        </>
      )}
      {filed && task.onBehalf && (
        <>
          {link ? (
            <ReceiptLinkField token={link} />
          ) : (
            <>
              <p class="hint">{t('filer.newLinkHint')}</p>
              <button type="button" class="button" disabled={renew.busy} onClick={() => void renew.run()}>
                {t('filer.newLink')}
              </button>
            </>
          )}
          <FormError error={renew.error} />
        </>
      )}
      <FormError error={act.error} />
      {task.canCancel && (
        <button type="button" class="button button-danger" disabled={act.busy} onClick={cancel}>
          {t('filer.cancel')}
        </button>
      )}
    </section>
  );
}
