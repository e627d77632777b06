import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import {
  ActionItemDoneInput,
  ActionItemInput,
  AgendaInput,
  CheckInInput,
  Meeting,
  MeetingInput,
  MemberParam,
  MinutesInput,
} from './contract';
import {
  addActionItem,
  checkIn,
  closeMeeting,
  getMeeting,
  markActionItem,
  openMeeting,
  removeActionItem,
  scheduleMeeting,
  setAgenda,
  setMinutes,
  undoCheckIn,
} from './meetings-service';
import { idParam, objectRoutes, tags } from './object-routes';

const meetingResponse = { 200: jsonResponse(Meeting, 'The meeting as it is now'), ...errorResponses };

const { route: meetingRoute, routeWithBody: meetingRouteWithBody } = objectRoutes(meetingResponse);

const routes = {
  schedule: defineRoute({
    method: 'post',
    path: '/api/assemblies/{id}/meetings',
    tags,
    summary: "Schedule a meeting of the assembly, with its agenda (the assembly's facilitators and organisers)",
    access: 'trusted',
    request: { ...idParam, ...jsonBody(MeetingInput) },
    responses: { 201: jsonResponse(Meeting, 'Scheduled'), ...errorResponses },
  }),
  get: meetingRoute(
    'get',
    '/api/assemblies/meetings/{id}',
    'A meeting: agenda, voting members checked in against the quorum, minutes, action items, proposals (who checked in: facilitators)',
  ),
  open: meetingRoute('post', '/api/assemblies/meetings/{id}/open', 'Open the meeting: members can check in'),
  close: meetingRoute('post', '/api/assemblies/meetings/{id}/close', 'Close the meeting, once the votes held at it are closed'),
  agenda: meetingRouteWithBody(
    'put',
    '/api/assemblies/meetings/{id}/agenda',
    'Replace the agenda (items in order, each may name a proposal)',
    AgendaInput,
  ),
  minutes: meetingRouteWithBody('put', '/api/assemblies/meetings/{id}/minutes', 'Write the minutes (Markdown)', MinutesInput),
  checkIn: meetingRouteWithBody(
    'post',
    '/api/assemblies/meetings/{id}/check-in',
    'Check in while the meeting is open: myself, or (a facilitator) another member of the assembly',
    CheckInInput,
  ),
  undoCheckIn: defineRoute({
    method: 'delete',
    path: '/api/assemblies/meetings/{id}/attendance/{memberId}',
    tags,
    summary: "Take back a check-in (one's own, or a facilitator for anyone) while the meeting is open",
    access: 'trusted',
    request: { params: MemberParam },
    responses: meetingResponse,
  }),
  addAction: meetingRouteWithBody(
    'post',
    '/api/assemblies/meetings/{id}/action-items',
    'Add an action item (text, owner, due date)',
    ActionItemInput,
  ),
  markAction: meetingRouteWithBody(
    'put',
    '/api/assemblies/action-items/{id}',
    "Tick an action item done or not (its owner, the assembly's facilitators)",
    ActionItemDoneInput,
  ),
  removeAction: meetingRoute('delete', '/api/assemblies/action-items/{id}', 'Remove an action item'),
};

export const meetingRoutes = (ctx: AppContext) =>
  createRouter()
    .openapi(routes.schedule, async (c) =>
      c.json(await scheduleMeeting(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(routes.get, async (c) => c.json(await getMeeting(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.open, async (c) => c.json(await openMeeting(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.close, async (c) => c.json(await closeMeeting(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.agenda, async (c) => c.json(await setAgenda(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json')), 200))
    .openapi(routes.minutes, async (c) =>
      c.json(await setMinutes(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json').minutes), 200),
    )
    .openapi(routes.checkIn, async (c) =>
      c.json(await checkIn(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json').memberId), 200),
    )
    .openapi(routes.undoCheckIn, async (c) => {
      const { id, memberId } = c.req.valid('param');
      return c.json(await undoCheckIn(ctx, principalOf(c), id, memberId), 200);
    })
    .openapi(routes.addAction, async (c) =>
      c.json(await addActionItem(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(routes.markAction, async (c) =>
      c.json(await markActionItem(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json').done), 200),
    )
    .openapi(routes.removeAction, async (c) => c.json(await removeActionItem(ctx, principalOf(c), c.req.valid('param').id), 200));
