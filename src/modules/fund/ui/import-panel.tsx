import { useId, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { ActionForm, FormError, Status, useAction } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import type { ImportSummary, ManagedFund } from '../contract';
import { formatCents, localizedFund } from './format';

/** What the file holds: counts, then the skipped rows and the problems by line and column. */
function Summary({ summary }: { summary: ImportSummary }) {
  const t = useT('fund');
  const lang = useLanguage();
  const money = (cents: number) => formatCents(cents, lang);
  return (
    <div class="fund-import-summary">
      <h3>{t('import.summaryTitle')}</h3>
      <ul>
        <li>{t('import.format', { preset: t(`presets.${summary.preset}`) })}</li>
        <li>{t('import.rows', { count: summary.rows })}</li>
        <li>{t('import.donations', { count: summary.donations, amount: money(summary.donationCents) })}</li>
        <li>{t('import.refunds', { count: summary.refunds, amount: money(summary.refundCents) })}</li>
        <li>{t('import.duplicates', { count: summary.duplicates })}</li>
      </ul>
      {summary.problems.length > 0 && (
        <div class="notice notice-error" role="alert">
          <h4>{t('import.problemsTitle')}</h4>
          <ul>
            {summary.problems.map((p) => (
              <li key={`${p.line}-${p.column}`}>
                {p.column ? t('import.problem', { ...p, column: p.column }) : t('import.problemNoColumn', p)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {summary.skipped.length > 0 && (
        <details>
          <summary>{t('import.skippedTitle')}</summary>
          <ul>
            {summary.skipped.map((s) => (
              <li key={s.line}>{t('import.skipped', s)}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** A payment processor's export: checked first (nothing written), then imported as a whole or not at all. */
export function ImportPanel({ fund, onImported }: { fund: ManagedFund; onImported: () => void }) {
  const t = useT('fund');
  const lang = useLanguage();
  const fileId = useId();
  const [csv, setCsv] = useState<string | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const check = useAction(async () => {
    setSummary(null);
    setMessage(null);
    if (csv) setSummary(await api.post<ImportSummary>('/api/fund/imports/check', { fundId: fund.id, csv }));
  });
  const run = useAction(async () => {
    const done = await api.post<ImportSummary>('/api/fund/imports', { fundId: fund.id, csv });
    setSummary(null);
    setMessage(t('import.imported', { count: done.donations, refunds: done.refunds, fund: localizedFund(fund, lang).name }));
    onImported();
  });
  const toWrite = summary ? summary.donations + summary.refunds : 0;

  return (
    <section class="card" aria-labelledby="import-title">
      <h2 id="import-title">{t('import.title')}</h2>
      <p>{t('import.intro')}</p>
      <p class="hint">{t('import.cards')}</p>
      <ActionForm noValidate action={check}>
        <div class="field">
          <label for={fileId}>{t('import.file')}</label>
          <input
            id={fileId}
            type="file"
            accept=".csv,text/csv"
            onChange={async (e) => {
              const file = e.currentTarget.files?.[0];
              setSummary(null);
              setCsv(file ? await file.text() : null);
            }}
          />
        </div>
        <button type="submit" class="button" disabled={!csv || check.busy}>
          {check.busy ? t('import.checking') : t('import.check')}
        </button>
      </ActionForm>
      <FormError error={check.error ?? run.error} />
      {summary && <Summary summary={summary} />}
      {summary && summary.problems.length === 0 && toWrite === 0 && <p>{t('import.nothingNew')}</p>}
      {summary && summary.problems.length === 0 && toWrite > 0 && (
        <button type="button" class="button button-primary" disabled={run.busy} onClick={() => run.run()}>
          {t('import.submit')}
        </button>
      )}
      <Status message={message} />
    </section>
  );
}
