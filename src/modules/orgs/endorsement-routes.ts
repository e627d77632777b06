import { z } from '@hono/zod-openapi';
import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import { EndorsementOutcome, EndorserList, MemberEndorsement, NewEndorsement, PendingEndorsementList } from './contract';
import {
  listEndorsers,
  listPendingEndorsements,
  rejectEndorsement,
  submitEndorsement,
  submitMemberEndorsement,
  verifyEndorsement,
} from './endorsements';

const tags = ['orgs'];
const idParam = { params: z.object({ id: z.string().min(1).max(64) }) };

const routes = {
  submit: defineRoute({
    method: 'post',
    path: '/api/campaigns/{id}/endorsements',
    tags,
    summary: 'Sign an organisation on to a campaign (rate-limited; public only once an organiser verifies it)',
    access: 'public',
    request: { ...idParam, ...jsonBody(NewEndorsement) },
    responses: { 201: jsonResponse(EndorsementOutcome, 'Waiting for an organiser'), ...errorResponses },
  }),
  endorsers: defineRoute({
    method: 'get',
    path: '/api/campaigns/{id}/endorsers',
    tags,
    summary: 'Verified organisations endorsing a campaign (organisations only: never a person or a contact)',
    access: 'public',
    request: idParam,
    responses: { 200: jsonResponse(EndorserList, 'Endorsers'), ...errorResponses },
  }),
  submitAsMember: defineRoute({
    method: 'post',
    path: '/api/orgs/{id}/endorsements',
    tags,
    summary: 'Sign on an organisation I am linked to (it waits for an organiser too)',
    access: 'trusted',
    request: { ...idParam, ...jsonBody(MemberEndorsement) },
    responses: { 201: jsonResponse(EndorsementOutcome, 'Waiting for an organiser'), ...errorResponses },
  }),
  pending: defineRoute({
    method: 'get',
    path: '/api/orgs/endorsements/pending',
    tags,
    summary: 'Sign-ons waiting for an organiser, oldest first, with their private contact',
    access: ['organiser'],
    responses: { 200: jsonResponse(PendingEndorsementList, 'Waiting'), ...errorResponses },
  }),
  verify: defineRoute({
    method: 'post',
    path: '/api/orgs/endorsements/{id}/verify',
    tags,
    summary: 'Verify a sign-on, and its organisation with it (created if new)',
    access: ['organiser'],
    request: idParam,
    responses: { 200: jsonResponse(EndorsementOutcome, 'Verified'), ...errorResponses },
  }),
  reject: defineRoute({
    method: 'post',
    path: '/api/orgs/endorsements/{id}/reject',
    tags,
    summary: 'Turn a sign-on down, or take a verified one off the list (it is deleted with its contact)',
    access: ['organiser'],
    request: idParam,
    responses: { 200: jsonResponse(EndorsementOutcome, 'Rejected'), ...errorResponses },
  }),
};

export function endorsementRoutes(ctx: AppContext) {
  const app = createRouter();
  app.use(
    '/api/campaigns/:id/endorsements',
    ctx.rateLimit('endorsement', { points: ctx.config.signupRateLimitPerMinute, durationSeconds: 60 }),
  );
  return app
    .openapi(routes.submit, async (c) => c.json(await submitEndorsement(ctx, c.req.valid('param').id, c.req.valid('json')), 201))
    .openapi(routes.endorsers, async (c) => c.json({ endorsers: await listEndorsers(ctx, c.req.valid('param').id) }, 200))
    .openapi(routes.submitAsMember, async (c) =>
      c.json(await submitMemberEndorsement(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json').campaignId), 201),
    )
    .openapi(routes.pending, async (c) => c.json({ endorsements: await listPendingEndorsements(ctx) }, 200))
    .openapi(routes.verify, async (c) => c.json(await verifyEndorsement(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.reject, async (c) => c.json(await rejectEndorsement(ctx, principalOf(c), c.req.valid('param').id), 200));
}
