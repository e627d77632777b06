import { z } from '@hono/zod-openapi';
import type { AppContext } from '../../../context';
import { errorResponses } from '../../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../../core/http/route';
import { createRouter } from '../../../core/http/router';
import { principalOf } from '../../../core/http/session';
import { Id, MyPost, MyPosts, PhoneInput } from './contract';
import { myPosts, setCheckedIn, setPhone } from './marshal-service';

const tags = ['peacekeeping'];
const assignmentParam = { params: z.object({ assignmentId: Id }) };
const myPost = (description: string) => ({ 200: jsonResponse(MyPost, description), ...errorResponses });

const checkRoute = (direction: 'in' | 'out') =>
  defineRoute({
    method: 'post',
    path: `/api/marshals/mine/{assignmentId}/check-${direction}`,
    tags,
    summary:
      direction === 'in'
        ? 'A marshal checks in at their post (from 2 hours before the event to 2 hours after it ends)'
        : 'A marshal checks out of their post',
    access: 'trusted',
    request: assignmentParam,
    responses: myPost(direction === 'in' ? 'Checked in' : 'Checked out'),
  });

const routes = {
  mine: defineRoute({
    method: 'get',
    path: '/api/marshals/mine',
    tags,
    summary: 'My marshal posts: where, instructions, radio channel, the lead, and check-in',
    access: 'trusted',
    responses: { 200: jsonResponse(MyPosts, 'My posts'), ...errorResponses },
  }),
  checkIn: checkRoute('in'),
  checkOut: checkRoute('out'),
  phone: defineRoute({
    method: 'put',
    path: '/api/marshals/mine/{assignmentId}/phone',
    tags,
    summary: "Give (or remove) my phone number for the organisers' contact sheet; erased after the event",
    access: 'trusted',
    request: { ...assignmentParam, ...jsonBody(PhoneInput) },
    responses: myPost('Saved'),
  }),
};

export const marshalRoutes = (ctx: AppContext) =>
  createRouter()
    .openapi(routes.mine, async (c) => c.json(await myPosts(ctx, principalOf(c)), 200))
    .openapi(routes.checkIn, async (c) => c.json(await setCheckedIn(ctx, principalOf(c), c.req.valid('param').assignmentId, true), 200))
    .openapi(routes.checkOut, async (c) => c.json(await setCheckedIn(ctx, principalOf(c), c.req.valid('param').assignmentId, false), 200))
    .openapi(routes.phone, async (c) =>
      c.json(await setPhone(ctx, principalOf(c), c.req.valid('param').assignmentId, c.req.valid('json').phone), 200),
    );
