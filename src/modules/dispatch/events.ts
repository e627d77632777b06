import type { AppContext } from '../../context';
import { notifyMembers } from '../push';

/** Something about an incident's dispatch changed: boards and responder views refresh. */
export const DISPATCH_CHANGED = 'dispatch.changed';
/** Nobody accepted in time and the call went out to neighbouring zones: dispatchers must know. */
export const DISPATCH_WIDENED = 'dispatch.widened';

export interface DispatchChanged {
  reportId: string;
  at: number;
}
export interface DispatchWidened {
  reportId: string;
  /** The neighbouring zones the call went out to. */
  zoneIds: string[];
  /** How many responders got an offer by it. */
  offered: number;
  at: number;
  /** The dispatcher who widened by hand; null when the timer did. */
  by: string | null;
}

export interface MadeOffer {
  id: string;
  memberId: string;
}

/** After the transaction: tell live views, and wake each new offer's responder with a content-free push. */
export async function announce(ctx: AppContext, reportId: string, made: readonly MadeOffer[] = []) {
  const event: DispatchChanged = { reportId, at: ctx.clock.now() };
  await ctx.bus.publish(DISPATCH_CHANGED, event);
  await Promise.all(
    made.map((offer) =>
      notifyMembers(ctx, [offer.memberId], { kind: 'offer', id: offer.id }).catch((err: unknown) =>
        ctx.log.error('offer push failed', { err: String(err) }),
      ),
    ),
  );
}
