import type { AppContext } from '../../context';
import { findVapidKeys, insertVapidKeysIfMissing } from './repository';
import { generateVapidKeys, type VapidKeys } from './vapid';

/**
 * The server's VAPID key pair, made on first use. Two nodes (or requests) that race both try to
 * insert; the primary key keeps one, and both read that one back.
 */
export function vapidKeys(ctx: AppContext): Promise<VapidKeys> {
  return ctx.db.transaction().execute(async (tx) => {
    const existing = await findVapidKeys(tx);
    if (existing) return existing;
    await insertVapidKeysIfMissing(tx, { ...generateVapidKeys(), createdAt: ctx.clock.now() });
    const kept = await findVapidKeys(tx);
    if (!kept) throw new Error('The VAPID key pair could not be stored');
    return kept;
  });
}

/** RFC 8292 §2.1: a contact for push services. The network's https address, else a mailbox at its host. */
export function vapidSubject(publicUrl: string): string {
  const url = new URL(publicUrl);
  return url.protocol === 'https:' ? url.origin : `mailto:push@${url.hostname}`;
}
