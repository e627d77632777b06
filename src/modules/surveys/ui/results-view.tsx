import { formatNumber, useLanguage, useT } from '../../../core/web/i18n';
import type { SurveyResults } from '../contract';

type Row = { total: number; counts: number[] };

/** One published row (everyone, a group, or the pooled small groups): each answer's count and share. */
function ResultRow({ id, title, hint, row, options }: { id: string; title: string; hint?: string; row: Row; options: string[] }) {
  const t = useT('surveys');
  const lang = useLanguage();
  return (
    <article class="card survey-row" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {hint && <p class="hint">{hint}</p>}
      <p class="survey-total">{t('results.answers', { n: formatNumber(row.total, lang) })}</p>
      <ul class="plain-list survey-bars">
        {options.map((label, i) => (
          <li key={label}>
            <span class="survey-bar-label">{label}</span>
            <span class="survey-bar-figure">
              {t('results.share', {
                n: formatNumber(row.counts[i] ?? 0, lang),
                percent: Math.round(((row.counts[i] ?? 0) * 100) / row.total),
              })}
            </span>
            <progress aria-hidden="true" value={row.counts[i] ?? 0} max={row.total} />
          </li>
        ))}
      </ul>
    </article>
  );
}

/** The results exactly as the server publishes them: it has already left out every small group. */
export function ResultsView({ results, options }: { results: SurveyResults; options: string[] }) {
  const t = useT('surveys');
  const { overall, minimum } = results;
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title">{t('results.title')}</h2>
      {!overall ? (
        <p class="notice">{t('results.tooFew', { minimum })}</p>
      ) : (
        <>
          <p class="hint">{t('results.suppression', { minimum })}</p>
          <ResultRow id="result-everyone" title={t('results.everyone')} row={overall} options={options} />
          {results.groups.map((g, i) => (
            <ResultRow key={g.key} id={`result-group-${i}`} title={g.label} row={g} options={options} />
          ))}
          {results.otherGroups && (
            <ResultRow
              id="result-other"
              title={t('results.otherGroups')}
              hint={t('results.otherGroupsHint')}
              row={results.otherGroups}
              options={options}
            />
          )}
        </>
      )}
    </section>
  );
}
