import type { AppContext } from '../../../context';
import { errorResponses } from '../../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../../core/http/route';
import { createRouter } from '../../../core/http/router';
import { principalOf } from '../../../core/http/session';
import {
  Availability,
  DriverStateChange,
  IdParam,
  LinkProof,
  MyDriving,
  MyRiding,
  NewDriver,
  NewRider,
  PairBody,
  PublishBody,
  RideAddresses,
  RiderLink,
  RiderList,
  RiderSummary,
  RiderView,
  WeekList,
  WeekParam,
  WeekView,
} from './contract';
import { myDriving, registerDriver, revealAddresses, setDriverState } from './drivers';
import { endRider, listRiders, myRiding, registerRider, renewRiderLink, riderView } from './riders';
import { listWeeks, publishWeek, reviewWeek, runWeek, setExclusion } from './weeks';

const tags = ['rides'];
const ORGANISING = ['organiser', 'dispatcher'] as const;
const idParam = { params: IdParam };
const weekParam = { params: WeekParam };
const ok = <T>(schema: T, description: string) => ({ 200: jsonResponse(schema, description), ...errorResponses });

const routes = {
  offer: defineRoute({
    tags,
    method: 'post',
    path: '/api/rides/drivers',
    summary: 'Offer seats on a regular trip: weekdays, a departure window, where from and to (kept as zone and cell only)',
    access: 'trusted',
    request: jsonBody(NewDriver),
    responses: { 201: jsonResponse(Availability, 'Offered'), ...errorResponses },
  }),
  myDriving: defineRoute({
    tags,
    method: 'get',
    path: '/api/rides/drivers/mine',
    summary: "My ride offer and my riders in this and next week's published rides (first names, times, zones)",
    access: 'trusted',
    responses: ok(MyDriving, 'My driving'),
  }),
  driverState: defineRoute({
    tags,
    method: 'post',
    path: '/api/rides/drivers/mine/state',
    summary: 'Pause, resume or end my offer; pausing or ending leaves my riders unmatched for an organiser to see',
    access: 'trusted',
    request: jsonBody(DriverStateChange),
    responses: ok(Availability.nullable(), 'The offer (null once ended)'),
  }),
  addresses: defineRoute({
    tags,
    method: 'get',
    path: '/api/rides/assignments/{id}/addresses',
    summary: "A rider's pickup and destination addresses, for the driver of the published ride only (audited)",
    access: 'trusted',
    request: idParam,
    responses: ok(RideAddresses, 'Addresses'),
  }),
  register: defineRoute({
    tags,
    method: 'post',
    path: '/api/rides/riders',
    summary: 'Register a rider: on their behalf (hotline, caseworker, organiser) or for myself; returns their secret link once',
    access: 'trusted',
    request: jsonBody(NewRider),
    responses: { 201: jsonResponse(RiderLink, 'Registered'), ...errorResponses },
  }),
  riders: defineRoute({
    tags,
    method: 'get',
    path: '/api/rides/riders',
    summary: 'Riders (first names, zones, cells, days, times — never addresses); a caseworker sees those they registered',
    access: ['organiser', 'dispatcher', 'caseworker'],
    responses: ok(RiderList, 'Riders'),
  }),
  myRiding: defineRoute({
    tags,
    method: 'get',
    path: '/api/rides/riders/mine',
    summary: 'The rides I asked for myself, with what is published',
    access: 'trusted',
    responses: ok(MyRiding, 'My rides'),
  }),
  endRider: defineRoute({
    tags,
    method: 'post',
    path: '/api/rides/riders/{id}/end',
    summary: 'A rider needs no more rides: the link stops working, seats in weeks not over are given up',
    access: 'trusted',
    request: idParam,
    responses: ok(RiderSummary, 'Ended'),
  }),
  renewLink: defineRoute({
    tags,
    method: 'post',
    path: '/api/rides/riders/{id}/link',
    summary: 'A new secret link for a rider (the old one stops working)',
    access: 'trusted',
    request: idParam,
    responses: ok(RiderLink, 'New link'),
  }),
  link: defineRoute({
    tags,
    method: 'post',
    path: '/api/rides/link',
    summary: "A rider's published rides from their secret link: the driver's first name, vehicle note and pickup time only",
    access: 'public',
    request: jsonBody(LinkProof),
    responses: ok(RiderView, 'Rides'),
  }),
  weeks: defineRoute({
    tags,
    method: 'get',
    path: '/api/rides/weeks',
    summary: 'This week, next week and the weeks run or published lately',
    access: ORGANISING,
    responses: ok(WeekList, 'Weeks'),
  }),
  week: defineRoute({
    tags,
    method: 'get',
    path: '/api/rides/weeks/{week}',
    summary: "A week's draft (pairs, detours, unmatched riders, optimal vs greedy) and what is published",
    access: ORGANISING,
    request: weekParam,
    responses: ok(WeekView, 'Week'),
  }),
  run: defineRoute({
    tags,
    method: 'post',
    path: '/api/rides/weeks/{week}/run',
    summary: 'Match every weekday by minimum total detour (Hungarian); replaces the draft, not what is published',
    access: ORGANISING,
    request: weekParam,
    responses: ok(WeekView, 'Week'),
  }),
  exclude: defineRoute({
    tags,
    method: 'post',
    path: '/api/rides/weeks/{week}/exclusions',
    summary: 'Rule a rider–driver pair out of the week and run it again',
    access: ORGANISING,
    request: { ...weekParam, ...jsonBody(PairBody) },
    responses: ok(WeekView, 'Week'),
  }),
  allow: defineRoute({
    tags,
    method: 'post',
    path: '/api/rides/weeks/{week}/exclusions/remove',
    summary: 'Let a ruled-out pair back in and run the week again',
    access: ORGANISING,
    request: { ...weekParam, ...jsonBody(PairBody) },
    responses: ok(WeekView, 'Week'),
  }),
  publish: defineRoute({
    tags,
    method: 'post',
    path: '/api/rides/weeks/{week}/publish',
    summary: 'Publish the reviewed draft as a new version and tell its drivers (content-free push)',
    access: ORGANISING,
    request: { ...weekParam, ...jsonBody(PublishBody) },
    responses: ok(WeekView, 'Week'),
  }),
};

export function ridesRoutes(ctx: AppContext) {
  const app = createRouter();
  return app
    .openapi(routes.offer, async (c) => c.json(await registerDriver(ctx, principalOf(c), c.req.valid('json')), 201))
    .openapi(routes.myDriving, async (c) => c.json(await myDriving(ctx, principalOf(c)), 200))
    .openapi(routes.driverState, async (c) => c.json(await setDriverState(ctx, principalOf(c), c.req.valid('json').state), 200))
    .openapi(routes.addresses, async (c) => c.json(await revealAddresses(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.register, async (c) => c.json(await registerRider(ctx, principalOf(c), c.req.valid('json')), 201))
    .openapi(routes.riders, async (c) => c.json({ riders: await listRiders(ctx, principalOf(c)) }, 200))
    .openapi(routes.myRiding, async (c) => c.json(await myRiding(ctx, principalOf(c)), 200))
    .openapi(routes.endRider, async (c) => c.json(await endRider(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.renewLink, async (c) => c.json(await renewRiderLink(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.link, async (c) => c.json(await riderView(ctx, c.req.valid('json').token), 200))
    .openapi(routes.weeks, async (c) => c.json(await listWeeks(ctx), 200))
    .openapi(routes.week, async (c) => c.json(await reviewWeek(ctx, c.req.valid('param').week), 200))
    .openapi(routes.run, async (c) => c.json(await runWeek(ctx, principalOf(c), c.req.valid('param').week), 200))
    .openapi(routes.exclude, async (c) =>
      c.json(await setExclusion(ctx, principalOf(c), c.req.valid('param').week, c.req.valid('json'), true), 200),
    )
    .openapi(routes.allow, async (c) =>
      c.json(await setExclusion(ctx, principalOf(c), c.req.valid('param').week, c.req.valid('json'), false), 200),
    )
    .openapi(routes.publish, async (c) =>
      c.json(await publishWeek(ctx, principalOf(c), c.req.valid('param').week, c.req.valid('json').runId), 200),
    );
}
