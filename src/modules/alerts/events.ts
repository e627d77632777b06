import type { AppContext } from '../../context';
import type { Alert, EventKind } from './contract';

/** Bus subjects of the alerts module (all under `alert.`, which the live hub listens to). */
export const ALERT_AWAITING = 'alert.awaiting_second_verifier';
export const ALERT_SENT = 'alert.sent';
export const ALERT_UPDATED = 'alert.updated';
export const ALERT_ENDED = 'alert.ended';
export const ALERT_EXPIRED = 'alert.expired';

export interface AlertBusEvent {
  /** The stored event's id, which live clients resume from; null for expiry, which is not an event row. */
  eventId: string | null;
  kind: EventKind | 'awaiting' | 'expired';
  /** The alert as it stands after the event. Only one with `sentAt` set ever reaches members. */
  alert: Alert;
}

const SUBJECT: Record<AlertBusEvent['kind'], string> = {
  awaiting: ALERT_AWAITING,
  sent: ALERT_SENT,
  still_active: ALERT_UPDATED,
  moved: ALERT_UPDATED,
  left_area: ALERT_UPDATED,
  extended: ALERT_UPDATED,
  all_clear: ALERT_ENDED,
  cancelled: ALERT_ENDED,
  expired: ALERT_EXPIRED,
};

/** After the transaction committed: tell every node (and so every live member) what happened. */
export async function publishAlertEvent(ctx: AppContext, event: AlertBusEvent) {
  await ctx.bus.publish<AlertBusEvent>(SUBJECT[event.kind], event);
}
