import type { AppContext } from '../../context';
import { DAY } from '../../core/clock';
import { notifyMembers } from '../push';

/**
 * A content-free push that opens the request's page (/aid/:id): the filer's request is done, a
 * holder's task was cancelled, a coordinator asks an offering volunteer to look at a request.
 * Worth delivering for a day; after that the member will have looked anyway.
 */
export function pushAboutRequest(ctx: AppContext, memberIds: readonly (string | null)[], requestId: string) {
  const ids = [...new Set(memberIds.filter((id): id is string => id !== null))];
  if (!ids.length) return;
  notifyMembers(ctx, ids, { kind: 'aid', id: requestId }, { ttlSeconds: DAY / 1000 }).catch((err: unknown) =>
    ctx.log.error('aid push failed', { id: requestId, err: String(err) }),
  );
}
