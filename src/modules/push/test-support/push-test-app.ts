import { createTestApp } from '../../../test-support/test-app';
import { configurePushTransport } from '../delivery';
import { vapidKeys } from '../keys';
import { startPushServiceDouble } from './push-service-double';

/**
 * The test app with a push-service double on loopback that its pushes go to (the double runs on the
 * app's pinned clock, so VAPID expiry follows `t.clock`). `double.subscribe(publicKey)` plays a browser.
 */
export async function createPushTestApp(env: Record<string, string> = {}) {
  const t = await createTestApp(env);
  const double = await startPushServiceDouble({ now: () => t.clock.now() });
  configurePushTransport(t.ctx, { ca: double.ca, extraHosts: [double.host] });
  const { publicKey } = await vapidKeys(t.ctx);
  const close = async () => {
    await t.close();
    await double.close();
  };
  return { t, double, publicKey, close };
}
