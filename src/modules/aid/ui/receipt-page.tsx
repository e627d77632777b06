import './aid.css';
import { useEffect, useState } from 'preact/hooks';
import { ApiError, api } from '../../../core/web/api';
import { FormError, Loading, PageTitle, useAction } from '../../../core/web/forms';
import { formatDateTime, LANGUAGE_STORAGE_KEY, setLanguage, useT } from '../../../core/web/i18n';
import { usePathParam } from '../../../core/web/router';
import type { Receipt } from '../contract';

/** Whether this device already has a language chosen (then the household's own choice wins). */
function languageChosen(): boolean {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

/**
 * /aid/r/:token — the household's receipt link, no account needed: where their request stands, in
 * their language, and "I received it". The secret goes to the server in a POST body, not a path.
 */
export function ReceiptPage() {
  const t = useT('aid');
  const token = usePathParam('token');
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [error, setError] = useState<unknown>(null);
  const confirm = useAction(async () => setReceipt(await api.post<Receipt>('/api/aid/receipt/confirm', { token })));
  useEffect(() => {
    api.post<Receipt>('/api/aid/receipt', { token }).then(async (r) => {
      if (!languageChosen()) await setLanguage(r.language);
      setReceipt(r);
    }, setError);
  }, [token]);

  if (error)
    return (
      <>
        <PageTitle title={t('receipt.title')} />
        {error instanceof ApiError && error.status === 404 ? <p class="notice">{t('receipt.notFound')}</p> : <FormError error={error} />}
      </>
    );
  if (!receipt) return <Loading />;
  const canConfirm = !receipt.confirmed && ['claimed', 'in_progress', 'done'].includes(receipt.state);
  return (
    <>
      <PageTitle title={t('receipt.title')} />
      <section class="card" aria-labelledby="receipt-kind">
        <h2 id="receipt-kind">{t(`kinds.${receipt.kind}`)}</h2>
        <p class="aid-receipt-state" role="status">
          {receipt.confirmed ? t('receipt.thanks') : t(`receipt.state.${receipt.state}`)}
        </p>
        {receipt.neededBy !== null && <p class="hint">{t('task.by', { time: formatDateTime(receipt.neededBy) })}</p>}
        <FormError error={confirm.error} />
        {canConfirm && (
          <button type="button" class="button button-primary button-wide" disabled={confirm.busy} onClick={() => void confirm.run()}>
            {t('receipt.received')}
          </button>
        )}
      </section>
      <p class="hint">{t('receipt.privacy')}</p>
    </>
  );
}
