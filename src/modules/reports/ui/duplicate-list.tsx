import { api } from '../../../core/web/api';
import { FormError, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { DuplicateSuggestion } from '../contract';
import { ConfirmButton } from './controls';
import { ago, STATE_BADGE, sightingSummary } from './format';

/** One suggestion: what it is, why it looks the same, and the merge (asked twice: it cannot be undone). */
function Suggestion(props: { reportId: string; d: DuplicateSuggestion; now: number; onMerged: () => void }) {
  const t = useT('reports');
  const { d } = props;
  const merge = useAction(async () => {
    await api.post(`/api/reports/${props.reportId}/merge`, { into: d.id });
    props.onMerged();
  });
  return (
    <li class="duplicate">
      <p>
        <a href={`/reports/${d.id}`}>
          {d.zoneName} · {ago(t, d.seenAt, props.now)}
        </a>{' '}
        <span class={STATE_BADGE[d.state]}>{t(`states.${d.state}`)}</span>{' '}
        <strong>{t('duplicates.score', { percent: Math.round(d.score * 100) })}</strong>
      </p>
      <p class="hint">{sightingSummary(t, d)}</p>
      <ul class="tags" aria-label={t('duplicates.why')}>
        {d.reasons.map((r) => (
          <li key={r} class="tag">
            {t(`duplicates.reasons.${r}`)}
          </li>
        ))}
      </ul>
      <ConfirmButton
        label={t('duplicates.merge')}
        question={t('duplicates.confirm')}
        confirm={t('duplicates.mergeNow')}
        busy={merge.busy}
        onConfirm={() => merge.run()}
      />
      <FormError error={merge.error} />
    </li>
  );
}

/** Reports that may be the same sighting as `reportId`, best match first. */
export function DuplicateList(props: {
  reportId: string;
  duplicates: DuplicateSuggestion[];
  now: number;
  onMerged: () => void;
  /** h4 inside a queue card; h2 as a section of a report's page. */
  heading?: 'h2' | 'h4';
}) {
  const t = useT('reports');
  const Heading = props.heading ?? 'h4';
  if (!props.duplicates.length) return null;
  return (
    <div class="duplicates">
      <Heading>{t('duplicates.title', { count: props.duplicates.length })}</Heading>
      <ul class="plain-list">
        {props.duplicates.map((d) => (
          <Suggestion key={d.id} reportId={props.reportId} d={d} now={props.now} onMerged={props.onMerged} />
        ))}
      </ul>
    </div>
  );
}
