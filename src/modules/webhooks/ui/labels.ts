import type { TFunction } from 'i18next';
import type { WebhookDelivery } from '../contract';

/** `pledge.created` → its translated name (i18next keys cannot hold the dot). */
export const eventLabel = (t: TFunction, type: string) => t(`events.${type.replace('.', '_')}`, { defaultValue: type });

/** A delivery's state as a person reads it: a first try still waiting is "queued", not "retrying". */
export const stateLabel = (t: TFunction, d: Pick<WebhookDelivery, 'state' | 'failures'>) =>
  t(`states.${d.state === 'pending' && d.failures === 0 ? 'queued' : d.state}`);

export const stateBadge = (state: WebhookDelivery['state']) =>
  state === 'delivered' ? 'badge badge-ok' : state === 'failed' ? 'badge badge-warning' : 'badge badge-muted';

/** What the receiver answered, or why there was no answer. */
export function answerLabel(t: TFunction, d: Pick<WebhookDelivery, 'lastStatusCode' | 'lastErrorClass'>): string | null {
  if (d.lastStatusCode !== null) return t('deliveries.httpStatus', { code: d.lastStatusCode });
  if (d.lastErrorClass !== null) return t(`errorClasses.${d.lastErrorClass}`, { defaultValue: d.lastErrorClass });
  return null;
}
