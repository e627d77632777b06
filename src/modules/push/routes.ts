import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import { PushEndpoint, PushSubscribed, PushSubscriptionInput, PushUnsubscribed, VapidPublicKey } from './contract';
import { vapidKeys } from './keys';
import { subscribe, unsubscribe } from './service';

const tags = ['push'];

const routes = {
  publicKey: defineRoute({
    method: 'get',
    path: '/api/push/vapid-public-key',
    tags,
    summary: "The server's VAPID public key, to subscribe this device to Web Push",
    access: 'signed_in',
    responses: { 200: jsonResponse(VapidPublicKey, 'Key'), ...errorResponses },
  }),
  subscribe: defineRoute({
    method: 'post',
    path: '/api/push/subscriptions',
    tags,
    summary: "Save this device's push subscription (again), for alerts while the app is closed",
    access: 'signed_in',
    request: jsonBody(PushSubscriptionInput),
    responses: { 200: jsonResponse(PushSubscribed, 'Saved'), ...errorResponses },
  }),
  unsubscribe: defineRoute({
    method: 'delete',
    path: '/api/push/subscriptions',
    tags,
    summary: "Forget this device's push subscription",
    access: 'signed_in',
    request: jsonBody(PushEndpoint),
    responses: { 200: jsonResponse(PushUnsubscribed, 'Removed, or there was nothing to remove'), ...errorResponses },
  }),
};

export const pushRoutes = (ctx: AppContext) =>
  createRouter()
    .openapi(routes.publicKey, async (c) => c.json({ publicKey: (await vapidKeys(ctx)).publicKey }, 200))
    .openapi(routes.subscribe, async (c) => c.json(await subscribe(ctx, principalOf(c), c.req.valid('json')), 200))
    .openapi(routes.unsubscribe, async (c) => c.json(await unsubscribe(ctx, principalOf(c), c.req.valid('json').endpoint), 200));
