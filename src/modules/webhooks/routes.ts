import { z } from '@hono/zod-openapi';
import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import {
  CreatedWebhookEndpoint,
  DeliveriesQuery,
  NewWebhookEndpoint,
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookEndpoint,
  WebhookEndpointChanges,
  WebhookEndpointList,
  WebhookSecret,
} from './contract';
import { listDeliveries, redeliver, sendPing } from './deliveries';
import { createEndpoint, deleteEndpoint, listEndpoints, rotateSecret, updateEndpoint } from './endpoints';

const tags = ['webhooks'];
const ORGANISER = ['organiser'] as const;
const Id = z.string().min(1).max(64);
const idParam = { params: z.object({ id: Id }) };
const deliveryParams = { params: z.object({ id: Id, deliveryId: Id }) };
const Deleted = z.object({ id: z.string() }).openapi('DeletedWebhookEndpoint');

/** How receivers check a delivery; the same text as docs/webhooks.md, in short. */
const SIGNING =
  'Each delivery is `POST <url>` with a JSON body `{"id","type","at","data"}` (`at` in epoch ms; `data` holds ids, ' +
  'kinds and counts, never names or contacts) and the headers `Whistle-Event-Id`, `Whistle-Event-Type` and ' +
  '`Whistle-Signature: t=<epoch seconds>,v1=<hex>`. `v1` is HMAC-SHA256, keyed with the whole secret (UTF-8, ' +
  '`whsec_` included), over `<t>.<raw body>`. To verify: recompute it over the raw bytes received, compare in ' +
  'constant time with each `v1` (after a rotation there are two for 24 h), and refuse a `t` more than 300 s from ' +
  'your clock. Answer 2xx within 10 s; redirects are not followed; 408, 429, 5xx and network errors are retried ' +
  'with exponential backoff and jitter, up to 12 attempts over about 16 hours. Deduplicate on `Whistle-Event-Id`.';

const routes = {
  list: defineRoute({
    method: 'get',
    path: '/api/webhooks',
    tags,
    summary: 'Webhook endpoints (their secrets are never listed)',
    description: SIGNING,
    access: ORGANISER,
    responses: { 200: jsonResponse(WebhookEndpointList, 'Endpoints'), ...errorResponses },
  }),
  create: defineRoute({
    method: 'post',
    path: '/api/webhooks',
    tags,
    summary: 'Register an endpoint; the answer carries its signing secret, shown this once',
    description: `The URL must be https and must not resolve to a private, loopback, link-local or metadata address. ${SIGNING}`,
    access: ORGANISER,
    request: jsonBody(NewWebhookEndpoint),
    responses: { 201: jsonResponse(CreatedWebhookEndpoint, 'Created, with its secret'), ...errorResponses },
  }),
  update: defineRoute({
    method: 'patch',
    path: '/api/webhooks/{id}',
    tags,
    summary: 'Change an endpoint: URL, description, event types, on or off',
    access: ORGANISER,
    request: { ...idParam, ...jsonBody(WebhookEndpointChanges) },
    responses: { 200: jsonResponse(WebhookEndpoint, 'Changed'), ...errorResponses },
  }),
  remove: defineRoute({
    method: 'delete',
    path: '/api/webhooks/{id}',
    tags,
    summary: 'Delete an endpoint and its delivery history',
    access: ORGANISER,
    request: idParam,
    responses: { 200: jsonResponse(Deleted, 'Deleted'), ...errorResponses },
  }),
  rotate: defineRoute({
    method: 'post',
    path: '/api/webhooks/{id}/rotate-secret',
    tags,
    summary: 'A new signing secret, shown this once; the old one also signs for 24 hours',
    access: ORGANISER,
    request: idParam,
    responses: { 200: jsonResponse(WebhookSecret, 'The new secret'), ...errorResponses },
  }),
  deliveries: defineRoute({
    method: 'get',
    path: '/api/webhooks/{id}/deliveries',
    tags,
    summary: "An endpoint's recent deliveries and their attempts, newest first",
    access: ORGANISER,
    request: { ...idParam, query: DeliveriesQuery },
    responses: { 200: jsonResponse(WebhookDeliveryList, 'Deliveries'), ...errorResponses },
  }),
  redeliver: defineRoute({
    method: 'post',
    path: '/api/webhooks/{id}/deliveries/{deliveryId}/redeliver',
    tags,
    summary: 'Send a delivery again now, with a fresh set of retries',
    access: ORGANISER,
    request: deliveryParams,
    responses: { 200: jsonResponse(WebhookDelivery, 'The delivery after this attempt'), ...errorResponses },
  }),
  ping: defineRoute({
    method: 'post',
    path: '/api/webhooks/{id}/ping',
    tags,
    summary: 'Send a signed test event (type `ping`) now, even to an endpoint that is off',
    access: ORGANISER,
    request: idParam,
    responses: { 200: jsonResponse(WebhookDelivery, 'The test delivery after its attempt'), ...errorResponses },
  }),
};

export const webhooksRoutes = (ctx: AppContext) =>
  createRouter()
    .openapi(routes.list, async (c) => c.json({ endpoints: await listEndpoints(ctx) }, 200))
    .openapi(routes.create, async (c) => c.json(await createEndpoint(ctx, principalOf(c), c.req.valid('json')), 201))
    .openapi(routes.update, async (c) =>
      c.json(await updateEndpoint(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(routes.remove, async (c) => c.json(await deleteEndpoint(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.rotate, async (c) => c.json(await rotateSecret(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.deliveries, async (c) => c.json(await listDeliveries(ctx, c.req.valid('param').id, c.req.valid('query')), 200))
    .openapi(routes.redeliver, async (c) => {
      const { id, deliveryId } = c.req.valid('param');
      return c.json(await redeliver(ctx, principalOf(c), id, deliveryId), 200);
    })
    .openapi(routes.ping, async (c) => c.json(await sendPing(ctx, c.req.valid('param').id), 200));
