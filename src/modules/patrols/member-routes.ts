import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import type { Principal } from '../../core/roles';
import { checkIn, checkOut } from './attendance';
import type { MySignup as MySignupType } from './contract';
import { FeedLink, FeedState, MySignup, MySignupList, OpenShiftList, WeekQuery } from './contract';
import { feedCalendar, feedState, ICAL_MEDIA_TYPE, resetFeed, stopFeed } from './feed';
import { listMyShifts, listOpenShifts } from './my-shifts';
import { cancelSignup, setOffered, signUp, takeOffer } from './signups-service';

const tags = ['patrols'];
const idParam = { params: z.object({ id: z.string().min(1).max(64) }) };

/** A trusted member acting on one of their own sign-ups (or, for `take`, on one offered to them). */
const signupAction = (action: string, summary: string) =>
  defineRoute({
    method: 'post',
    path: `/api/patrols/signups/{id}/${action}`,
    tags,
    summary,
    access: 'trusted',
    request: idParam,
    responses: { 200: jsonResponse(MySignup, 'My place on the shift'), ...errorResponses },
  });

const routes = {
  mine: defineRoute({
    method: 'get',
    path: '/api/patrols/mine',
    tags,
    summary: 'My places on shifts still to come (and just over, while check-out is open)',
    access: 'trusted',
    responses: { 200: jsonResponse(MySignupList, 'My shifts'), ...errorResponses },
  }),
  open: defineRoute({
    method: 'get',
    path: '/api/patrols/open',
    tags,
    summary: "The week's shifts with a free place or a place offered to swap, optionally in one zone",
    access: 'trusted',
    request: { query: WeekQuery },
    responses: { 200: jsonResponse(OpenShiftList, 'Open shifts'), ...errorResponses },
  }),
  signUp: defineRoute({
    method: 'post',
    path: '/api/patrols/shifts/{id}/signups',
    tags,
    summary: 'Take a place on a shift (refused when full, or without the qualification it needs for the whole shift)',
    access: 'trusted',
    request: idParam,
    responses: { 201: jsonResponse(MySignup, 'Signed up'), ...errorResponses },
  }),
  cancel: signupAction('cancel', 'Give up my place (a late cancellation is noted)'),
  offer: signupAction('offer', 'Offer my place to others; I keep it until someone takes it'),
  withdraw: signupAction('withdraw-offer', 'Keep my place after all: no longer offered'),
  take: signupAction('take', 'Take a place another member offers (a swap)'),
  checkIn: signupAction('check-in', 'Check in at the site: from 15 minutes before the start until the end'),
  checkOut: signupAction('check-out', 'Check out after checking in'),
  feed: defineRoute({
    method: 'get',
    path: '/api/patrols/feed',
    tags,
    summary: 'Whether I have a calendar link for my shifts',
    access: 'trusted',
    responses: { 200: jsonResponse(FeedState, 'Feed'), ...errorResponses },
  }),
  resetFeed: defineRoute({
    method: 'post',
    path: '/api/patrols/feed',
    tags,
    summary: 'A new private calendar link for my shifts, shown once; the old one stops working',
    access: 'trusted',
    responses: { 200: jsonResponse(FeedLink, 'Calendar link'), ...errorResponses },
  }),
  stopFeed: defineRoute({
    method: 'delete',
    path: '/api/patrols/feed',
    tags,
    summary: 'Stop my calendar link',
    access: 'trusted',
    responses: { 200: jsonResponse(FeedState, 'Stopped'), ...errorResponses },
  }),
  calendar: defineRoute({
    method: 'get',
    path: '/api/patrols/feed/{token}',
    tags,
    summary: "A member's shifts as an iCalendar feed; the secret token in the link is the only key",
    access: 'public',
    request: { params: z.object({ token: z.string().min(1).max(64) }) },
    responses: { 200: { description: 'iCalendar (RFC 5545)', content: { 'text/calendar': { schema: z.string() } } }, ...errorResponses },
  }),
};

type Act = (ctx: AppContext, principal: Principal, id: string) => Promise<MySignupType>;
const acting = (ctx: AppContext, act: Act) => async (c: Context) => c.json(await act(ctx, principalOf(c), c.req.param('id') ?? ''), 200);

export const memberRoutes = (ctx: AppContext) =>
  createRouter()
    .openapi(routes.mine, async (c) => c.json({ signups: await listMyShifts(ctx, principalOf(c)) }, 200))
    .openapi(routes.open, async (c) => c.json(await listOpenShifts(ctx, principalOf(c), c.req.valid('query')), 200))
    .openapi(routes.signUp, async (c) => c.json(await signUp(ctx, principalOf(c), c.req.valid('param').id), 201))
    .openapi(routes.cancel, acting(ctx, cancelSignup))
    .openapi(
      routes.offer,
      acting(ctx, (x, p, id) => setOffered(x, p, id, true)),
    )
    .openapi(
      routes.withdraw,
      acting(ctx, (x, p, id) => setOffered(x, p, id, false)),
    )
    .openapi(routes.take, acting(ctx, takeOffer))
    .openapi(routes.checkIn, acting(ctx, checkIn))
    .openapi(routes.checkOut, acting(ctx, checkOut))
    .openapi(routes.feed, async (c) => c.json(await feedState(ctx, principalOf(c)), 200))
    .openapi(routes.resetFeed, async (c) => c.json(await resetFeed(ctx, principalOf(c)), 200))
    .openapi(routes.stopFeed, async (c) => c.json(await stopFeed(ctx, principalOf(c)), 200))
    .openapi(
      routes.calendar,
      async (c) =>
        c.body(await feedCalendar(ctx, c.req.valid('param').token), 200, {
          'Content-Type': ICAL_MEDIA_TYPE,
          'Content-Disposition': 'inline; filename="whistle-shifts.ics"',
          // A private feed: nothing in between may keep a copy.
          'Cache-Control': 'private, no-store',
        }) as never,
    );
