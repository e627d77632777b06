import type { AppContext, AppModule } from '../../context';
import { PUBLIC_EVENT_PREFIX } from '../../core/bus/public-events';
import { seedDemoWebhooks } from './demo';
import { webhooksMigrations } from './migrations';
import { enqueueEvent } from './outbox';
import { webhooksRetention } from './retention';
import { webhooksRoutes } from './routes';
import { deliverDueWebhooks, deliveryRunsSettled } from './runner';

export { deliverDueWebhooks } from './runner';
export type { WebhooksTables } from './schema';
export { verifyWebhook, WEBHOOK_SIGNATURE_HEADER } from './signature';

/** How often each node looks for retries that have come due: a retry goes out at most this late. */
const TICK_MS = 5_000;

/**
 * Every public event becomes a delivery per endpoint that wants it, sent straight away in the
 * background (the publisher does not wait for receivers); the timer sends retries when they fall due.
 */
function startWebhooks(ctx: AppContext) {
  const send = () => {
    deliverDueWebhooks(ctx).catch((err: unknown) => ctx.log.error('webhook deliveries failed', { err: String(err) }));
  };
  const unsubscribe = ctx.bus.subscribe(`${PUBLIC_EVENT_PREFIX}>`, async ({ data }) => {
    if (await enqueueEvent(ctx, data)) send();
  });
  const timer = setInterval(send, TICK_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    unsubscribe();
    await deliveryRunsSettled(ctx);
  };
}

export const webhooksModule: AppModule = {
  name: 'webhooks',
  migrations: webhooksMigrations,
  routes: webhooksRoutes,
  retention: webhooksRetention,
  start: startWebhooks,
  seedDemo: seedDemoWebhooks,
};
