import type { AppContext } from '../../context';
import { publishPublicEvent } from '../../core/bus/public-events';
import { notifyMembers } from '../push';
import type { RsvpStatus } from './contract';

/**
 * A content-free push that opens the event's page: a reminder, a cancelled event, a place freed
 * from the waitlist.
 */
export function pushAboutEvent(ctx: AppContext, memberIds: readonly string[], event: { id: string; startsAt: number }) {
  // Worthless once the event has started.
  return notifyMembers(ctx, memberIds, { kind: 'event', id: event.id }, { until: event.startsAt }).catch((err: unknown) =>
    ctx.log.error('event push failed', { id: event.id, err: String(err) }),
  );
}

/** After commit: other tools hear ids and statuses only — never a name or contact. */
export const announceRsvpCreated = (ctx: AppContext, eventId: string, rsvpId: string, status: RsvpStatus) =>
  publishPublicEvent(ctx, 'rsvp.created', { eventId, rsvpId, status });

export const announceRsvpCancelled = (ctx: AppContext, eventId: string, rsvpId: string, promotedRsvpIds: string[]) =>
  publishPublicEvent(ctx, 'rsvp.cancelled', { eventId, rsvpId, promotedRsvpIds });

/** Members who got a place from the waitlist hear of it by a push. */
export function pushPromotedMembers(
  ctx: AppContext,
  event: { id: string; startsAt: number },
  promoted: readonly { memberId: string | null }[],
) {
  const memberIds = promoted.flatMap((r) => (r.memberId ? [r.memberId] : []));
  if (memberIds.length) void pushAboutEvent(ctx, memberIds, event);
}
