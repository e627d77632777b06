import { z } from '@hono/zod-openapi';
import type { AppContext } from '../../../context';
import { errorResponses } from '../../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../../core/http/route';
import { createRouter } from '../../../core/http/router';
import { principalOf } from '../../../core/http/session';
import { assignMarshal, listCandidates, setLead, unassignMarshal } from './assignments-service';
import { boardOf, contactSheet } from './board-service';
import { AssignInput, Board, Candidates, Id, LeadInput, MoveInput, PlanInput, PlanList, PlanView, PostInput, Sheet } from './contract';
import { marshalRoutes } from './marshal-routes';
import { listPlans, planViewOf, savePlan } from './plans-service';
import { addPost, editPost, movePost, removePost } from './posts-service';

const tags = ['peacekeeping'];
const ORGANISER = ['organiser'] as const;
const eventParam = { params: z.object({ eventId: Id }) };
const planParam = { params: z.object({ planId: Id }) };
const postParam = { params: z.object({ postId: Id }) };
const assignmentParam = { params: z.object({ assignmentId: Id }) };
const planView = (description: string) => ({ 200: jsonResponse(PlanView, description), ...errorResponses });

const routes = {
  list: defineRoute({
    method: 'get',
    path: '/api/marshals/plans',
    tags,
    summary: 'Upcoming events with a marshal plan (how staffed each is), and marches and rallies without one',
    access: ORGANISER,
    responses: { 200: jsonResponse(PlanList, 'Plans'), ...errorResponses },
  }),
  get: defineRoute({
    method: 'get',
    path: '/api/marshals/events/{eventId}',
    tags,
    summary: "An event's marshal plan: ratio planner figures, posts in route order and who is at each",
    access: ORGANISER,
    request: eventParam,
    responses: planView('The plan (null before one is made)'),
  }),
  save: defineRoute({
    method: 'put',
    path: '/api/marshals/events/{eventId}',
    tags,
    summary: "Make or change an event's marshal plan: expected crowd, one marshal per N people, contact lines",
    access: ORGANISER,
    request: { ...eventParam, ...jsonBody(PlanInput) },
    responses: planView('Saved'),
  }),
  candidates: defineRoute({
    method: 'get',
    path: '/api/marshals/events/{eventId}/candidates',
    tags,
    summary: 'Members with a peacekeeper qualification valid at the event, with its expiry and their post if any',
    access: ORGANISER,
    request: eventParam,
    responses: { 200: jsonResponse(Candidates, 'Candidates'), ...errorResponses },
  }),
  board: defineRoute({
    method: 'get',
    path: '/api/marshals/events/{eventId}/board',
    tags,
    summary: 'The check-in board: each post needed / assigned / checked in, red, amber or green, and who is missing',
    access: ORGANISER,
    request: eventParam,
    responses: { 200: jsonResponse(Board, 'Board'), ...errorResponses },
  }),
  sheet: defineRoute({
    method: 'get',
    path: '/api/marshals/events/{eventId}/sheet',
    tags,
    summary: "The radio-channel and contact sheet to print, with marshals' opt-in numbers (each look is audited)",
    access: ORGANISER,
    request: eventParam,
    responses: { 200: jsonResponse(Sheet, 'Sheet'), ...errorResponses },
  }),
  addPost: defineRoute({
    method: 'post',
    path: '/api/marshals/plans/{planId}/posts',
    tags,
    summary: 'Add a marshal post (route segment, entrance, crossing…), last along the route',
    access: ORGANISER,
    request: { ...planParam, ...jsonBody(PostInput) },
    responses: { 201: jsonResponse(PlanView, 'Added'), ...errorResponses },
  }),
  editPost: defineRoute({
    method: 'put',
    path: '/api/marshals/posts/{postId}',
    tags,
    summary: 'Change a marshal post; it cannot need fewer marshals than are assigned to it',
    access: ORGANISER,
    request: { ...postParam, ...jsonBody(PostInput) },
    responses: planView('Changed'),
  }),
  movePost: defineRoute({
    method: 'post',
    path: '/api/marshals/posts/{postId}/move',
    tags,
    summary: 'Move a post one place up or down the route',
    access: ORGANISER,
    request: { ...postParam, ...jsonBody(MoveInput) },
    responses: planView('Moved'),
  }),
  removePost: defineRoute({
    method: 'post',
    path: '/api/marshals/posts/{postId}/remove',
    tags,
    summary: 'Remove a post nobody is assigned to',
    access: ORGANISER,
    request: postParam,
    responses: planView('Removed'),
  }),
  assign: defineRoute({
    method: 'post',
    path: '/api/marshals/posts/{postId}/assignments',
    tags,
    summary: 'Assign a qualified peacekeeper to a post (one post per person per event); they get a content-free push',
    access: ORGANISER,
    request: { ...postParam, ...jsonBody(AssignInput) },
    responses: { 201: jsonResponse(PlanView, 'Assigned'), ...errorResponses },
  }),
  unassign: defineRoute({
    method: 'post',
    path: '/api/marshals/assignments/{assignmentId}/remove',
    tags,
    summary: 'Free a marshal from their post',
    access: ORGANISER,
    request: assignmentParam,
    responses: planView('Freed'),
  }),
  lead: defineRoute({
    method: 'post',
    path: '/api/marshals/assignments/{assignmentId}/lead',
    tags,
    summary: "Make a marshal their post's lead (the previous lead steps down), or not",
    access: ORGANISER,
    request: { ...assignmentParam, ...jsonBody(LeadInput) },
    responses: planView('Changed'),
  }),
};

export const peacekeepingRoutes = (ctx: AppContext) =>
  createRouter()
    .openapi(routes.list, async (c) => c.json(await listPlans(ctx), 200))
    .openapi(routes.get, async (c) => c.json(await planViewOf(ctx, c.req.valid('param').eventId), 200))
    .openapi(routes.save, async (c) => c.json(await savePlan(ctx, principalOf(c), c.req.valid('param').eventId, c.req.valid('json')), 200))
    .openapi(routes.candidates, async (c) => c.json(await listCandidates(ctx, c.req.valid('param').eventId), 200))
    .openapi(routes.board, async (c) => c.json(await boardOf(ctx, c.req.valid('param').eventId), 200))
    .openapi(routes.sheet, async (c) => c.json(await contactSheet(ctx, principalOf(c), c.req.valid('param').eventId), 200))
    .openapi(routes.addPost, async (c) => c.json(await addPost(ctx, principalOf(c), c.req.valid('param').planId, c.req.valid('json')), 201))
    .openapi(routes.editPost, async (c) =>
      c.json(await editPost(ctx, principalOf(c), c.req.valid('param').postId, c.req.valid('json')), 200),
    )
    .openapi(routes.movePost, async (c) => c.json(await movePost(ctx, c.req.valid('param').postId, c.req.valid('json').direction), 200))
    .openapi(routes.removePost, async (c) => c.json(await removePost(ctx, principalOf(c), c.req.valid('param').postId), 200))
    .openapi(routes.assign, async (c) =>
      c.json(await assignMarshal(ctx, principalOf(c), c.req.valid('param').postId, c.req.valid('json').memberId), 201),
    )
    .openapi(routes.unassign, async (c) => c.json(await unassignMarshal(ctx, principalOf(c), c.req.valid('param').assignmentId), 200))
    .openapi(routes.lead, async (c) =>
      c.json(await setLead(ctx, principalOf(c), c.req.valid('param').assignmentId, c.req.valid('json').lead), 200),
    )
    .route('/', marshalRoutes(ctx));
