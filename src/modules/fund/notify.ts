import type { AppContext } from '../../context';
import { DAY } from '../../core/clock';
import { roleHoldersOf } from '../members';
import { notifyMembers } from '../push';

/**
 * A disbursement waits for an approval: a content-free push (kind `fund`, which opens /fund/approvals)
 * to every treasurer who may still approve it — not whoever asked for it, nor whoever approved it.
 * The push itself goes in the background: the request that caused it does not wait for push services.
 */
export async function tellTreasurers(ctx: AppContext, disbursementId: string, except: readonly (string | null)[]) {
  try {
    const skip = new Set(except);
    const ids = (await roleHoldersOf(ctx.db, 'treasurer')).filter((id) => !skip.has(id));
    await notifyMembers(ctx, ids, { kind: 'fund', id: disbursementId }, { ttlSeconds: DAY / 1000 });
  } catch (err) {
    ctx.log.error('fund push failed', { err: String(err) });
  }
}
