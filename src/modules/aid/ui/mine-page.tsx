import './aid.css';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { formatDateTime, useT } from '../../../core/web/i18n';
import { useGet } from '../../../core/web/use-get';
import type { MyClaim } from '../contract';
import { AidLinks } from './aid-links';
import { TaskCard } from './task-card';

/** What the volunteer's claim needs next, in words. */
function ClaimLine({ claim }: { claim: MyClaim['claim'] }) {
  const t = useT('aid');
  if (claim.state === 'claimed')
    return <p class="notice notice-ok">{t('claim.claimed', { time: formatDateTime(claim.leaseExpiresAt ?? 0) })}</p>;
  return <p>{t(`mine.claim.${claim.state}`, { time: formatDateTime(claim.endedAt ?? claim.claimedAt) })}</p>;
}

/** /aid/mine — the tasks the volunteer holds, then the ones they recently finished or gave back. */
export function MinePage() {
  const t = useT('aid');
  const { data, error } = useGet<{ claims: MyClaim[] }>('/api/aid/mine');
  return (
    <>
      <PageTitle title={t('mine.title')} />
      <AidLinks />
      <FormError error={error} />
      {!data && !error && <Loading />}
      {data && data.claims.length === 0 && <p>{t('mine.none')}</p>}
      <ul class="plain-list aid-list">
        {data?.claims.map((c) => (
          <li key={`${c.id}-${c.claim.claimedAt}`}>
            <TaskCard task={c}>
              <ClaimLine claim={c.claim} />
            </TaskCard>
          </li>
        ))}
      </ul>
    </>
  );
}
