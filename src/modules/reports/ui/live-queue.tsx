import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading, Status } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { LiveStatus } from '../../../core/web/live';
import type { Queue, QueueItem } from '../contract';
import { DuplicateList } from './duplicate-list';
import { ago, STATE_BADGE, sightingSummary } from './format';
import { useNow } from './use-reports-live';

export function LiveBadge({ status }: { status: LiveStatus }) {
  const t = useT('reports');
  return <span class={status === 'open' ? 'badge badge-ok' : 'badge badge-warning'}>{t(`live.${status}`)}</span>;
}

function QueueCard(props: { r: QueueItem; now: number; onMerged: () => void }) {
  const t = useT('reports');
  const { r } = props;
  return (
    <li class="card queue-item">
      <h3>
        <a href={`/reports/${r.id}`}>{r.zoneName}</a> <span class={STATE_BADGE[r.state]}>{t(`states.${r.state}`)}</span>
      </h3>
      <p>
        {sightingSummary(t, r)} · {t('queue.seen', { when: ago(t, r.seenAt, props.now) })} · {t(`sources.${r.source}`)}
      </p>
      {r.markings && <p class="hint">{r.markings}</p>}
      <DuplicateList reportId={r.id} duplicates={r.duplicates} now={props.now} onMerged={props.onMerged} />
    </li>
  );
}

/** Reports waiting for a verifier, refetched whenever the live stream says something changed. */
export function LiveQueue(props: { version: number; status: LiveStatus }) {
  const t = useT('reports');
  const now = useNow();
  const [queue, setQueue] = useState<QueueItem[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [merged, setMerged] = useState(0);
  useEffect(() => {
    const abort = new AbortController();
    api.get<Queue>('/api/reports/queue', { signal: abort.signal }).then(
      (q) => {
        setQueue(q.reports);
        setError(null);
      },
      (err: unknown) => !abort.signal.aborted && setError(err),
    );
    return () => abort.abort();
  }, [props.version, merged]);

  return (
    <section class="live-queue" aria-labelledby="queue-title">
      <h2 id="queue-title">
        {t('queue.title', { count: queue?.length ?? 0 })} <LiveBadge status={props.status} />
      </h2>
      <FormError error={error} />
      {!queue && !error && <Loading />}
      {queue?.length === 0 && <p>{t('queue.empty')}</p>}
      {queue && queue.length > 0 && (
        <ul class="plain-list queue-list">
          {queue.map((r) => (
            <QueueCard key={r.id} r={r} now={now} onMerged={() => setMerged((n) => n + 1)} />
          ))}
        </ul>
      )}
      <Status message={merged > 0 ? t('duplicates.merged') : null} />
    </section>
  );
}
