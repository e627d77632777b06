import { formatDateTime, useT } from '../../../core/web/i18n';
import type { Report } from '../contract';
import { STATE_BADGE } from './format';

/** Everything the report says, with its coarse location only. */
export function ReportFacts({ report: r }: { report: Report }) {
  const t = useT('reports');
  const rows: [string, string][] = [
    [t('facts.zone'), r.zoneName],
    [t('facts.cell'), r.cell ?? t('facts.noCell')],
    [t('facts.activity'), t(`activities.${r.activity}`)],
    [t('facts.size'), `${t('size.people', { count: r.people })} · ${t('size.vehicles', { count: r.vehicles })}`],
    [t('facts.seenAt'), formatDateTime(r.seenAt)],
    [t('facts.filedAt'), `${formatDateTime(r.createdAt)} · ${t(`sources.${r.source}`)}`],
  ];
  if (r.activityNote) rows.push([t('facts.activityNote'), r.activityNote]);
  if (r.markings) rows.push([t('facts.markings'), r.markings]);
  if (r.equipment) rows.push([t('facts.equipment'), r.equipment]);
  if (r.verificationMethod) rows.push([t('facts.method'), t(`methods.${r.verificationMethod}`)]);
  if (r.decisionNote) rows.push([t('facts.decisionNote'), r.decisionNote]);
  if (r.closedAt) rows.push([t('facts.closedAt'), formatDateTime(r.closedAt)]);
  return (
    <section class="card" aria-labelledby="facts-title">
      <h2 id="facts-title">
        {t('facts.title')} <span class={STATE_BADGE[r.state]}>{t(`states.${r.state}`)}</span>
      </h2>
      {r.mergedInto && (
        <p class="notice">
          {t('facts.mergedInto')} <a href={`/reports/${r.mergedInto}`}>{t('facts.mergedLink')}</a>
        </p>
      )}
      <dl class="details">{rows.map(([term, value]) => [<dt key={`${term}-t`}>{term}</dt>, <dd key={`${term}-d`}>{value}</dd>])}</dl>
    </section>
  );
}
