import { CopyField } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';

/** The household's receipt link, shown once: only its hash is kept, so it cannot be shown again. */
export function ReceiptLinkField({ token }: { token: string }) {
  const t = useT('aid');
  return (
    <div class="notice notice-ok">
      <CopyField id="receipt-link" label={t('receiptLink.label')} value={`${location.origin}/aid/r/${token}`} />
      <p class="hint">{t('receiptLink.hint')}</p>
    </div>
  );
}
