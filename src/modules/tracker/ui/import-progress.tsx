import { useT } from '../../../core/web/i18n';
import type { ImportJob } from '../contract';
import { formatNumber } from './format';

/** How far an import has got, and each row it refused with the line and column to fix. */
export function ImportProgress({ job }: { job: ImportJob }) {
  const t = useT('tracker');
  const counts = {
    done: formatNumber(job.rowsDone),
    total: formatNumber(job.goodRows),
    created: formatNumber(job.created),
    updated: formatNumber(job.updated),
    unchanged: formatNumber(job.unchanged),
  };
  const shown = job.errors.length;
  return (
    <section class="card tracker-import-progress" aria-labelledby="import-progress-title">
      <h2 id="import-progress-title">{t('import.progressTitle')}</h2>
      <label for="import-progress-bar">{t('import.progressLabel')}</label>
      <progress id="import-progress-bar" max={Math.max(job.goodRows, 1)} value={job.goodRows === 0 ? 1 : job.rowsDone} />
      <p role="status" class={job.state === 'failed' ? 'notice notice-error' : job.state === 'done' ? 'notice notice-ok' : ''}>
        {t(`import.${job.state}`, counts)}
      </p>
      <h3>{t('import.badTitle')}</h3>
      {job.badRows === 0 ? (
        <p>{t('import.noBad')}</p>
      ) : (
        <>
          <p>{t('import.badSummary', { count: formatNumber(job.badRows) })}</p>
          <ul class="import-problems">
            {job.errors.map((e, i) => (
              <li key={`${e.line}-${i}`}>
                <strong>
                  {e.column ? t('import.lineColumn', { line: e.line, column: e.column }) : t('import.line', { line: e.line })}
                </strong>
                {': '}
                {e.message}
              </li>
            ))}
          </ul>
          {job.errorCount > shown && <p>{t('import.more', { count: formatNumber(job.errorCount - shown) })}</p>}
        </>
      )}
    </section>
  );
}
