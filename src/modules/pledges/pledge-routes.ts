import { z } from '@hono/zod-openapi';
import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import { PledgeCreated, PledgeInput, PledgeLookup, PledgeRef, PledgeStatus, PledgeStatusList } from './contract';
import { listMyPledges, lookupPledges, reconfirmPledge, withdrawPledge } from './managing';
import { signPledge } from './pledging';

const tags = ['pledges'];
const SIGN_PATH = '/api/campaigns/{id}/pledges';

const byRef = (path: 'reconfirm' | 'withdraw', summary: string) =>
  defineRoute({
    method: 'post',
    path: `/api/pledges/${path}`,
    tags,
    summary,
    access: 'public',
    request: jsonBody(PledgeRef),
    responses: { 200: jsonResponse(PledgeStatus, 'The pledge'), ...errorResponses },
  });

const routes = {
  sign: defineRoute({
    method: 'post',
    path: SIGN_PATH,
    tags,
    summary: 'Pledge (anyone, rate-limited; a signed-in member is linked). Answers a one-time manage token',
    access: 'public',
    request: { params: z.object({ id: z.string().min(1).max(64) }), ...jsonBody(PledgeInput) },
    responses: { 201: jsonResponse(PledgeCreated, 'Pledged'), ...errorResponses },
  }),
  lookup: defineRoute({
    method: 'post',
    path: '/api/pledges/lookup',
    tags,
    summary: "Where this device's pledges stand, by the tokens it keeps (tokens go in the body, never a URL)",
    access: 'public',
    request: jsonBody(PledgeLookup),
    responses: { 200: jsonResponse(PledgeStatusList, 'Pledges'), ...errorResponses },
  }),
  reconfirm: byRef('reconfirm', 'Reconfirm a pledge whose threshold was met (by token, or by id for its member)'),
  withdraw: byRef('withdraw', 'Withdraw a pledge; its name and contact are deleted at once (by token, or by id for its member)'),
  mine: defineRoute({
    method: 'get',
    path: '/api/pledges/mine',
    tags,
    summary: 'The signed-in member’s pledges',
    access: 'signed_in',
    responses: { 200: jsonResponse(PledgeStatusList, 'Pledges'), ...errorResponses },
  }),
};

export function pledgeRoutes(ctx: AppContext) {
  const app = createRouter();
  // Pledging needs no account, so it is limited per client like sighting reports.
  app.on(
    'POST',
    SIGN_PATH.replace('{id}', ':id'),
    ctx.rateLimit('pledge', { points: ctx.config.signupRateLimitPerMinute, durationSeconds: 60 }),
  );
  return app
    .openapi(routes.sign, async (c) => c.json(await signPledge(ctx, c.get('principal'), c.req.valid('param').id, c.req.valid('json')), 201))
    .openapi(routes.lookup, async (c) => c.json({ pledges: await lookupPledges(ctx, c.req.valid('json').tokens) }, 200))
    .openapi(routes.reconfirm, async (c) => c.json(await reconfirmPledge(ctx, c.get('principal'), c.req.valid('json')), 200))
    .openapi(routes.withdraw, async (c) => c.json(await withdrawPledge(ctx, c.get('principal'), c.req.valid('json')), 200))
    .openapi(routes.mine, async (c) => c.json({ pledges: await listMyPledges(ctx, principalOf(c)) }, 200));
}
