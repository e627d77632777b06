import { useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, useAction } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import type { LedgerReport } from '../contract';
import { formatCents } from './format';

/** The ledger check a treasurer runs from here, the same as `npm run fund:verify` on the server. */
export function VerifyPanel() {
  const t = useT('fund');
  const lang = useLanguage();
  const [report, setReport] = useState<LedgerReport | null>(null);
  const verify = useAction(async () => {
    setReport(null);
    setReport(await api.get<LedgerReport>('/api/fund/ledger/verify'));
  });
  return (
    <section class="card" aria-labelledby="verify-title">
      <h2 id="verify-title">{t('verify.title')}</h2>
      <p>{t('verify.intro')}</p>
      <button type="button" class="button" disabled={verify.busy} onClick={() => verify.run()}>
        {verify.busy ? t('verify.running') : t('verify.run')}
      </button>
      <FormError error={verify.error} />
      <div role="status">
        {report?.ok && (
          <div class="notice notice-ok">
            <p>{t('verify.ok', { entries: report.entries, seq: report.head.seq })}</p>
            <p>
              {t('verify.head')} <code class="fund-hash">{report.head.hash}</code>
            </p>
          </div>
        )}
        {report && !report.ok && (
          <div class="notice notice-error">
            {report.firstBreak && (
              <p>{t('verify.broken', { seq: report.firstBreak.seq, reason: t(`verify.reasons.${report.firstBreak.reason}`) })}</p>
            )}
            {report.balanceMismatches.map((m) => (
              <p key={m.account}>
                {t('verify.mismatch', {
                  account: m.account,
                  recorded: formatCents(m.recordedCents, lang),
                  ledger: formatCents(m.ledgerCents, lang),
                })}
              </p>
            ))}
          </div>
        )}
      </div>
    </section>
  );
}
