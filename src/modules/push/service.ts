import { createPublicKey } from 'node:crypto';
import type { AppContext } from '../../context';
import { badRequest } from '../../core/errors';
import type { Principal } from '../../core/roles';
import type { PushSubscriptionInput } from './contract';
import { extraPushHostsOf } from './delivery';
import { isKnownPushService } from './push-services';
import { deleteSubscription, trimSubscriptions, upsertSubscription } from './repository';

/** Phones, tablets, laptops: more than this per member is more likely a loop than a person. */
export const MAX_DEVICES_PER_MEMBER = 10;

const decode = (b64url: string) => Buffer.from(b64url, 'base64url');

/** The keys must be what RFC 8291 needs, or every push to this device would fail later, unseen. */
function checkKeys(keys: PushSubscriptionInput['keys']) {
  const point = decode(keys.p256dh);
  let onCurve = point.length === 65 && point[0] === 4;
  if (onCurve) {
    try {
      const b64 = (b: Buffer) => b.toString('base64url');
      createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: b64(point.subarray(1, 33)), y: b64(point.subarray(33)) }, format: 'jwk' });
    } catch {
      onCurve = false;
    }
  }
  if (!onCurve) throw badRequest('invalid_push_key', 'The device gave a push key that cannot be used.', 'keys.p256dh');
  if (decode(keys.auth).length !== 16)
    throw badRequest('invalid_push_key', 'The device gave a push secret that cannot be used.', 'keys.auth');
}

/** Saves this device's subscription for the member (a device that subscribed before is updated). */
export async function subscribe(ctx: AppContext, member: Principal, input: PushSubscriptionInput) {
  if (!isKnownPushService(input.endpoint, extraPushHostsOf(ctx))) {
    throw badRequest('unknown_push_service', 'This browser uses a push service Whistle does not know.', 'endpoint');
  }
  checkKeys(input.keys);
  await ctx.db.transaction().execute(async (tx) => {
    await upsertSubscription(tx, {
      id: ctx.ids.next(),
      memberId: member.memberId,
      endpoint: input.endpoint,
      p256dh: decode(input.keys.p256dh).toString('base64url'),
      auth: decode(input.keys.auth).toString('base64url'),
      createdAt: ctx.clock.now(),
      lastSuccessAt: null,
    });
    await trimSubscriptions(tx, member.memberId, MAX_DEVICES_PER_MEMBER);
  });
  return { subscribed: true as const };
}

/** Forgets this device's subscription; only the member it belongs to can. */
export async function unsubscribe(ctx: AppContext, member: Principal, endpoint: string) {
  return { removed: await deleteSubscription(ctx.db, member.memberId, endpoint) };
}
