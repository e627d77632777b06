import { z } from '@hono/zod-openapi';
import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import { getBoard, getIncidentDispatch } from './board';
import { addChecklistEntry } from './checklist';
import { AcceptOffer, Board, BoardIncident, ChecklistEntry, DutyZones, MyOffer, MyOfferList, NewChecklistEntry } from './contract';
import { getDuty, setDuty } from './duty';
import { widenCase } from './offering';
import { exactPointForOffer, listMyOffers, moveOffer } from './responding';

const tags = ['dispatch'];
const idParam = { params: z.object({ id: z.string().min(1).max(64) }) };
const RESPONDER = ['responder'] as const;
const STAFF = ['dispatcher', 'verifier'] as const;
const Point = z.object({ point: z.object({ lat: z.number(), lng: z.number() }).nullable() }).openapi('OfferExactPoint');

const move = (path: string, summary: string) =>
  defineRoute({
    method: 'post',
    path: `/api/dispatch/offers/{id}/${path}`,
    tags,
    summary,
    access: RESPONDER,
    request: idParam,
    responses: { 200: jsonResponse(MyOffer, 'The offer'), ...errorResponses },
  });

const routes = {
  getDuty: defineRoute({
    method: 'get',
    path: '/api/dispatch/duty',
    tags,
    summary: 'The zones I am on duty for (empty: off duty)',
    access: RESPONDER,
    responses: { 200: jsonResponse(DutyZones, 'Duty zones'), ...errorResponses },
  }),
  setDuty: defineRoute({
    method: 'put',
    path: '/api/dispatch/duty',
    tags,
    summary: 'Go on duty for these zones (an empty list: off duty)',
    access: RESPONDER,
    request: jsonBody(DutyZones),
    responses: { 200: jsonResponse(DutyZones, 'Duty zones'), ...errorResponses },
  }),
  offers: defineRoute({
    method: 'get',
    path: '/api/dispatch/offers',
    tags,
    summary: 'My open offers, with coarse location (zone and cell)',
    access: RESPONDER,
    responses: { 200: jsonResponse(MyOfferList, 'Offers'), ...errorResponses },
  }),
  accept: defineRoute({
    method: 'post',
    path: '/api/dispatch/offers/{id}/accept',
    tags,
    summary: 'Accept an offer, saying in how many minutes I will be there',
    access: RESPONDER,
    request: { ...idParam, ...jsonBody(AcceptOffer) },
    responses: { 200: jsonResponse(MyOffer, 'Accepted'), ...errorResponses },
  }),
  decline: move('decline', 'Decline an offer, or withdraw after accepting'),
  onScene: move('on-scene', 'I am on scene'),
  clear: move('clear', 'I have left the scene'),
  exactPoint: defineRoute({
    method: 'get',
    path: '/api/dispatch/offers/{id}/exact-point',
    tags,
    summary: 'The exact point the reporter chose to share, once I have accepted (audited)',
    access: RESPONDER,
    request: idParam,
    responses: { 200: jsonResponse(Point, 'Point, or null if none was shared'), ...errorResponses },
  }),
  checklist: defineRoute({
    method: 'post',
    path: '/api/dispatch/offers/{id}/checklist',
    tags,
    summary: 'Record what I observe on scene (agency and vehicle markings — never personal identities)',
    access: RESPONDER,
    request: { ...idParam, ...jsonBody(NewChecklistEntry) },
    responses: { 201: jsonResponse(ChecklistEntry, 'Recorded'), ...errorResponses },
  }),
  board: defineRoute({
    method: 'get',
    path: '/api/dispatch/board',
    tags,
    summary: 'Every open incident, its responders and whether the call widened',
    access: STAFF,
    responses: { 200: jsonResponse(Board, 'Board'), ...errorResponses },
  }),
  incident: defineRoute({
    method: 'get',
    path: '/api/dispatch/incidents/{id}',
    tags,
    summary: "One incident's dispatch, open or closed",
    access: STAFF,
    request: idParam,
    responses: { 200: jsonResponse(BoardIncident, 'Dispatch'), ...errorResponses },
  }),
  widen: defineRoute({
    method: 'post',
    path: '/api/dispatch/incidents/{id}/widen',
    tags,
    summary: 'Send the call to responders in the neighbouring zones now',
    access: ['dispatcher'],
    request: idParam,
    responses: { 200: jsonResponse(BoardIncident, 'Widened'), ...errorResponses },
  }),
};

export const dispatchRoutes = (ctx: AppContext) =>
  createRouter()
    .openapi(routes.getDuty, async (c) => c.json(await getDuty(ctx, principalOf(c).memberId), 200))
    .openapi(routes.setDuty, async (c) => c.json(await setDuty(ctx, principalOf(c), c.req.valid('json').zoneIds), 200))
    .openapi(routes.offers, async (c) => c.json({ offers: await listMyOffers(ctx, principalOf(c)) }, 200))
    .openapi(routes.accept, async (c) =>
      c.json(await moveOffer(ctx, principalOf(c), c.req.valid('param').id, 'accept', c.req.valid('json').etaMinutes), 200),
    )
    .openapi(routes.decline, async (c) => c.json(await moveOffer(ctx, principalOf(c), c.req.valid('param').id, 'decline'), 200))
    .openapi(routes.onScene, async (c) => c.json(await moveOffer(ctx, principalOf(c), c.req.valid('param').id, 'on_scene'), 200))
    .openapi(routes.clear, async (c) => c.json(await moveOffer(ctx, principalOf(c), c.req.valid('param').id, 'clear'), 200))
    .openapi(routes.exactPoint, async (c) => c.json({ point: await exactPointForOffer(ctx, principalOf(c), c.req.valid('param').id) }, 200))
    .openapi(routes.checklist, async (c) =>
      c.json(await addChecklistEntry(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(routes.board, async (c) => c.json(await getBoard(ctx), 200))
    .openapi(routes.incident, async (c) => c.json(await getIncidentDispatch(ctx, c.req.valid('param').id), 200))
    .openapi(routes.widen, async (c) => {
      const id = c.req.valid('param').id;
      await widenCase(ctx, principalOf(c), id);
      return c.json(await getIncidentDispatch(ctx, id), 200);
    });
