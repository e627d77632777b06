import type { AppContext } from '../../../context';
import { DAY } from '../../../core/clock';
import { notifyMembers } from '../../push';

/**
 * A content-free push to a newly assigned marshal: kind `marshal` and the plan's id, which opens
 * "My marshal posts". Worth delivering for a day; the page shows the post whenever they open it.
 */
export function pushAssignment(ctx: AppContext, memberId: string, planId: string) {
  notifyMembers(ctx, [memberId], { kind: 'marshal', id: planId }, { ttlSeconds: DAY / 1000 }).catch((err: unknown) =>
    ctx.log.error('marshal push failed', { id: planId, err: String(err) }),
  );
}
