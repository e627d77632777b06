import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import {
  BusinessContact,
  BusinessIdParam,
  NewBusiness,
  PublicBusinessList,
  Removed,
  ReviewedBusiness,
  ReviewList,
  SignedUp,
} from './contract';
import { listForReview, listPublicBusinesses, removeBusiness, revealContact, signUpBusiness, verifyBusiness } from './service';

const tags = ['businesses'];
const idParam = { params: BusinessIdParam };
const ORGANISERS = ['organiser'] as const;

const routes = {
  list: defineRoute({
    method: 'get',
    path: '/api/businesses',
    tags,
    summary: 'Businesses closing or offering sanctuary, verified and consenting to be on the public map (never a contact)',
    access: 'public',
    responses: { 200: jsonResponse(PublicBusinessList, 'Businesses') },
  }),
  signUp: defineRoute({
    method: 'post',
    path: '/api/businesses',
    tags,
    summary: 'A business pledges to close and/or to be a sanctuary (rate-limited; public once an organiser verifies it)',
    access: 'public',
    request: jsonBody(NewBusiness),
    responses: { 201: jsonResponse(SignedUp, 'Received'), ...errorResponses },
  }),
  review: defineRoute({
    method: 'get',
    path: '/api/businesses/review',
    tags,
    summary: 'Every business that signed up, waiting ones first, for organisers to verify',
    access: ORGANISERS,
    responses: { 200: jsonResponse(ReviewList, 'Businesses'), ...errorResponses },
  }),
  verify: defineRoute({
    method: 'post',
    path: '/api/businesses/{id}/verify',
    tags,
    summary: 'Verify a business (it appears on the public map if it consented)',
    access: ORGANISERS,
    request: idParam,
    responses: { 200: jsonResponse(ReviewedBusiness, 'Verified'), ...errorResponses },
  }),
  remove: defineRoute({
    method: 'post',
    path: '/api/businesses/{id}/remove',
    tags,
    summary: 'Remove a business that is not real or asked to be taken off',
    access: ORGANISERS,
    request: idParam,
    responses: { 200: jsonResponse(Removed, 'Removed'), ...errorResponses },
  }),
  contact: defineRoute({
    method: 'get',
    path: '/api/businesses/{id}/contact',
    tags,
    summary: "The business's private contact (audited)",
    access: ORGANISERS,
    request: idParam,
    responses: { 200: jsonResponse(BusinessContact, 'Contact'), ...errorResponses },
  }),
};

export function businessesRoutes(ctx: AppContext) {
  const app = createRouter();
  // Sign-ups are anonymous, like sighting reports, and limited the same way; reading the map is not.
  const limit = ctx.rateLimit('business_intake', { points: ctx.config.signupRateLimitPerMinute, durationSeconds: 60 });
  app.use('/api/businesses', (c, next) => (c.req.method === 'POST' ? limit(c, next) : next()));
  return app
    .openapi(routes.list, async (c) => c.json({ businesses: await listPublicBusinesses(ctx) }, 200))
    .openapi(routes.signUp, async (c) => c.json(await signUpBusiness(ctx, c.req.valid('json')), 201))
    .openapi(routes.review, async (c) => c.json({ businesses: await listForReview(ctx) }, 200))
    .openapi(routes.verify, async (c) => c.json(await verifyBusiness(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.remove, async (c) => c.json(await removeBusiness(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.contact, async (c) => c.json(await revealContact(ctx, principalOf(c), c.req.valid('param').id), 200));
}
