import type { Clock } from '../clock';
import type { Ids } from '../ids';
import type { Bus } from './bus';

/**
 * Events other tools may hear about (signed webhooks). Each is published on `public.<type>` after its
 * transaction commits. `data` holds ids, kinds and counts only — never a name or contact — because it
 * leaves the server. `id` lets receivers (and every node of a cluster) deduplicate.
 */
export interface PublicEvent<T extends Record<string, unknown> = Record<string, unknown>> {
  id: string;
  type: PublicEventType;
  at: number;
  data: T;
}

export const PUBLIC_EVENT_TYPES = [
  'pledge.created',
  'pledge.threshold_met',
  'pledge.reconfirmed',
  'rsvp.created',
  'rsvp.cancelled',
  'action.created',
  'action.updated',
] as const;
export type PublicEventType = (typeof PUBLIC_EVENT_TYPES)[number];

export const PUBLIC_EVENT_PREFIX = 'public.';

export async function publishPublicEvent<T extends Record<string, unknown>>(
  ctx: { bus: Bus; ids: Ids; clock: Clock },
  type: PublicEventType,
  data: T,
): Promise<void> {
  const event: PublicEvent<T> = { id: ctx.ids.next(), type, at: ctx.clock.now(), data };
  await ctx.bus.publish(`${PUBLIC_EVENT_PREFIX}${type}`, event);
}
