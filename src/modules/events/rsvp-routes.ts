import { z } from '@hono/zod-openapi';
import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import { checkInSheet, selfCheckIn, setRsvpCheckIn } from './check-in';
import { CheckInEntry, CheckInSheet, MyRsvp, NewRsvp, RsvpProof, RsvpResult, SelfCheckIn } from './contract';
import { cancelMyRsvp, createRsvp, findMyRsvp } from './rsvp-service';

const tags = ['events'];
const Id = z.string().min(1).max(64);
const idParam = { params: z.object({ id: Id }) };
const rsvpParam = { params: z.object({ id: Id, rsvpId: Id }) };
const ORGANISER = ['organiser'] as const;

const doorCheckIn = (method: 'post' | 'delete', summary: string) =>
  defineRoute({
    method,
    path: '/api/events/{id}/rsvps/{rsvpId}/check-in',
    tags,
    summary,
    access: ORGANISER,
    request: rsvpParam,
    responses: { 200: jsonResponse(CheckInEntry, 'The RSVP'), ...errorResponses },
  });

const routes = {
  rsvp: defineRoute({
    method: 'post',
    path: '/api/events/{id}/rsvps',
    tags,
    summary: 'RSVP as a member, or as a visitor with a name (a pseudonym is fine) and an optional private contact (rate-limited)',
    access: 'public',
    request: { ...idParam, ...jsonBody(NewRsvp) },
    responses: { 201: jsonResponse(RsvpResult, 'RSVP (a visitor gets a manage token, once)'), ...errorResponses },
  }),
  mine: defineRoute({
    method: 'post',
    path: '/api/events/{id}/rsvps/mine',
    tags,
    summary: "My RSVP: the visitor's manage token in the body, or the signed-in member's",
    access: 'public',
    request: { ...idParam, ...jsonBody(RsvpProof) },
    responses: { 200: jsonResponse(MyRsvp, 'RSVP'), ...errorResponses },
  }),
  cancelMine: defineRoute({
    method: 'post',
    path: '/api/events/{id}/rsvps/mine/cancel',
    tags,
    summary: 'Cancel my RSVP; a place it held goes to the first person waiting',
    access: 'public',
    request: { ...idParam, ...jsonBody(RsvpProof) },
    responses: { 200: jsonResponse(MyRsvp, 'Cancelled'), ...errorResponses },
  }),
  sheet: defineRoute({
    method: 'get',
    path: '/api/events/{id}/check-in',
    tags,
    summary: 'The check-in list (pseudonyms, contacts left, statuses), the walk-in code and counts (audited)',
    access: ORGANISER,
    request: idParam,
    responses: { 200: jsonResponse(CheckInSheet, 'Check-in list'), ...errorResponses },
  }),
  checkIn: doorCheckIn('post', 'Check someone in at the door (audited)'),
  undoCheckIn: doorCheckIn('delete', 'Undo a check-in made by mistake (audited)'),
  self: defineRoute({
    method: 'post',
    path: '/api/events/{id}/check-in/self',
    tags,
    summary: 'Check in on my own phone with the code shown at the door: my RSVP, or as a walk-in (rate-limited)',
    access: 'public',
    request: { ...idParam, ...jsonBody(SelfCheckIn) },
    responses: { 200: jsonResponse(RsvpResult, 'Checked in'), ...errorResponses },
  }),
};

export function rsvpRoutes(ctx: AppContext) {
  const app = createRouter();
  // Anyone may RSVP or try a check-in code without an account: limited per client like report intake.
  const perMinute = { points: ctx.config.signupRateLimitPerMinute, durationSeconds: 60 };
  app.use('/api/events/:id/rsvps', ctx.rateLimit('event-rsvp', perMinute));
  app.use('/api/events/:id/check-in/self', ctx.rateLimit('event-check-in', perMinute));
  return app
    .openapi(routes.rsvp, async (c) => c.json(await createRsvp(ctx, c.get('principal'), c.req.valid('param').id, c.req.valid('json')), 201))
    .openapi(routes.mine, async (c) => c.json(await findMyRsvp(ctx, c.get('principal'), c.req.valid('param').id, c.req.valid('json')), 200))
    .openapi(routes.cancelMine, async (c) =>
      c.json(await cancelMyRsvp(ctx, c.get('principal'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(routes.sheet, async (c) => c.json(await checkInSheet(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.checkIn, async (c) => {
      const { id, rsvpId } = c.req.valid('param');
      return c.json(await setRsvpCheckIn(ctx, principalOf(c), id, rsvpId, true), 200);
    })
    .openapi(routes.undoCheckIn, async (c) => {
      const { id, rsvpId } = c.req.valid('param');
      return c.json(await setRsvpCheckIn(ctx, principalOf(c), id, rsvpId, false), 200);
    })
    .openapi(routes.self, async (c) =>
      c.json(await selfCheckIn(ctx, c.get('principal'), c.req.valid('param').id, c.req.valid('json')), 200),
    );
}
