import assert from 'node:assert/strict';
import { createTestApp } from '../../../test-support/test-app';
import { configurePushTransport, flushPush } from '../delivery';
import { vapidKeys } from '../keys';
import { startPushServiceDouble } from './push-service-double';

/**
 * The test app with a push-service double on loopback that its pushes go to (the double runs on the
 * app's pinned clock, so VAPID expiry follows `t.clock`). `double.subscribe(publicKey)` plays a browser.
 */
export type PushTestApp = Awaited<ReturnType<typeof createPushTestApp>>;

export async function createPushTestApp(env: Record<string, string> = {}) {
  const t = await createTestApp(env);
  const double = await startPushServiceDouble({ now: () => t.clock.now() });
  configurePushTransport(t.ctx, { ca: double.ca, extraHosts: [double.host] });
  const { publicKey } = await vapidKeys(t.ctx);
  const close = async () => {
    await t.close();
    await double.close();
  };
  /** A member's browser subscribes through the API, as the app does; returns the device's endpoint. */
  async function subscribe(member: { cookie: string }): Promise<string> {
    const device = double.subscribe(publicKey);
    const res = await t.call('POST', '/api/push/subscriptions', { cookie: member.cookie, body: device });
    assert.equal(res.status, 200, await res.clone().text());
    return device.endpoint;
  }
  /** A new signed-in member (trusted, a member) whose browser has subscribed. */
  async function memberWithDevice() {
    const member = await t.signIn();
    await subscribe(member);
    return member;
  }
  let seen = 0;
  /** The pushes the double received since the last call, once the app's background sends are done. */
  async function pushesSinceLastLook() {
    await flushPush(t.ctx);
    const fresh = double.received.slice(seen);
    seen = double.received.length;
    return fresh;
  }
  return { t, double, publicKey, close, subscribe, memberWithDevice, pushesSinceLastLook };
}
