import type { PublicEventType } from '../../core/bus/public-events';
import type { TestApp } from '../../test-support/test-app';
import type { CreatedWebhookEndpoint, WebhookDelivery, WebhookDeliveryList } from './contract';

/** An organiser's session and an endpoint registered through the API, with its one-time secret. */
export async function registerEndpoint(
  t: TestApp,
  url: string,
  eventTypes: PublicEventType[] = ['pledge.created'],
  extra: { active?: boolean; description?: string } = {},
) {
  const organiser = await t.signIn({ roles: ['organiser'] });
  const res = await t.call('POST', '/api/webhooks', { cookie: organiser.cookie, body: { url, eventTypes, ...extra } });
  if (res.status !== 201) throw new Error(`registering ${url}: ${res.status} ${await res.text()}`);
  return { organiser, endpoint: (await res.json()) as CreatedWebhookEndpoint };
}

export async function deliveriesOf(t: TestApp, cookie: string, endpointId: string): Promise<WebhookDelivery[]> {
  const res = await t.call('GET', `/api/webhooks/${endpointId}/deliveries?limit=100`, { cookie });
  if (res.status !== 200) throw new Error(`deliveries: ${res.status}`);
  return ((await res.json()) as WebhookDeliveryList).deliveries;
}

export const deliveryRow = (t: TestApp, endpointId: string) =>
  t.db.selectFrom('webhookDelivery').selectAll().where('endpointId', '=', endpointId).executeTakeFirstOrThrow();

/** Starts each test from no endpoints (their deliveries and attempts go with them). */
export const removeEndpoints = (t: TestApp) => t.db.deleteFrom('webhookEndpoint').execute();

export const nowSeconds = (t: TestApp) => Math.floor(t.clock.now() / 1000);
