import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import { attend, issueAttendanceCode } from './attendance-service';
import {
  AttendanceCode,
  AttendInput,
  AttendResult,
  IdParam,
  Roster,
  Session,
  SessionInput,
  SessionList,
  SessionListQuery,
} from './contract';
import { cancelRsvp, rsvpToSession, sessionRoster } from './rsvp-service';
import { cancelSession, createSession, editSession, getSession, listSessions } from './sessions-service';

const tags = ['trainings'];
const ORGANISER = ['organiser'] as const;
const idParam = { params: IdParam };

const sessionAction = (method: 'get' | 'post' | 'delete', path: string, summary: string, access: 'signed_in' | typeof ORGANISER) =>
  defineRoute({
    method,
    path,
    tags,
    summary,
    access,
    request: idParam,
    responses: { 200: jsonResponse(Session, 'Session'), ...errorResponses },
  });

const routes = {
  list: defineRoute({
    method: 'get',
    path: '/api/trainings/sessions',
    tags,
    summary: 'Upcoming (or past) sessions, optionally of one course, with places taken and my own part',
    access: 'signed_in',
    request: { query: SessionListQuery },
    responses: { 200: jsonResponse(SessionList, 'Sessions'), ...errorResponses },
  }),
  create: defineRoute({
    method: 'post',
    path: '/api/trainings/sessions',
    tags,
    summary: 'Schedule a session of a course at a public place, with a capacity and trusted members as trainers',
    access: ORGANISER,
    request: jsonBody(SessionInput),
    responses: { 201: jsonResponse(Session, 'Created'), ...errorResponses },
  }),
  get: sessionAction('get', '/api/trainings/sessions/{id}', 'One session', 'signed_in'),
  edit: defineRoute({
    method: 'put',
    path: '/api/trainings/sessions/{id}',
    tags,
    summary: 'Change a session; the capacity cannot drop below the places taken',
    access: ORGANISER,
    request: { ...idParam, ...jsonBody(SessionInput) },
    responses: { 200: jsonResponse(Session, 'Changed'), ...errorResponses },
  }),
  cancel: sessionAction('post', '/api/trainings/sessions/{id}/cancel', 'Cancel a session; the people with a place get a push', ORGANISER),
  rsvp: sessionAction('post', '/api/trainings/sessions/{id}/rsvp', 'Take a place (refused when full: never overbooked)', 'signed_in'),
  cancelRsvp: sessionAction('delete', '/api/trainings/sessions/{id}/rsvp', 'Give my place back', 'signed_in'),
  roster: defineRoute({
    method: 'get',
    path: '/api/trainings/sessions/{id}/roster',
    tags,
    summary: "Who is coming and who came: for the session's trainers and organisers (audited)",
    access: 'trusted',
    request: idParam,
    responses: { 200: jsonResponse(Roster, 'Roster'), ...errorResponses },
  }),
  code: defineRoute({
    method: 'get',
    path: '/api/trainings/sessions/{id}/attendance-code',
    tags,
    summary: 'A fresh signed attendance code for the QR code, while the session is on: for its trainers and organisers',
    access: 'trusted',
    request: idParam,
    responses: { 200: jsonResponse(AttendanceCode, 'Code'), ...errorResponses },
  }),
  attend: defineRoute({
    method: 'post',
    path: '/api/trainings/attend',
    tags,
    summary: "Record my attendance with the trainer's code (signature and expiry checked) and gain the course's qualification",
    access: 'signed_in',
    request: jsonBody(AttendInput),
    responses: { 200: jsonResponse(AttendResult, 'Attendance recorded (once)'), ...errorResponses },
  }),
};

export function sessionRoutes(ctx: AppContext) {
  const app = createRouter();
  // A typed six-digit code must not be guessable by trying: attempts are limited per client.
  app.use('/api/trainings/attend', ctx.rateLimit('training-attend', { points: ctx.config.signupRateLimitPerMinute, durationSeconds: 60 }));
  return app
    .openapi(routes.list, async (c) => c.json({ sessions: await listSessions(ctx, principalOf(c), c.req.valid('query')) }, 200))
    .openapi(routes.create, async (c) => c.json(await createSession(ctx, principalOf(c), c.req.valid('json')), 201))
    .openapi(routes.get, async (c) => c.json(await getSession(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.edit, async (c) => c.json(await editSession(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json')), 200))
    .openapi(routes.cancel, async (c) => c.json(await cancelSession(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.rsvp, async (c) => c.json(await rsvpToSession(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.cancelRsvp, async (c) => c.json(await cancelRsvp(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.roster, async (c) => c.json(await sessionRoster(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.code, async (c) => c.json(await issueAttendanceCode(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.attend, async (c) => c.json(await attend(ctx, principalOf(c), c.req.valid('json')), 200));
}
