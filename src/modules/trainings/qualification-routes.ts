import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import { IdParam, MemberQualifications, MyTrainings, RecordQualificationInput } from './contract';
import { memberQualifications, myTrainings, recordByHand, revokeQualification } from './qualification-records';

const tags = ['trainings'];
const ORGANISER = ['organiser'] as const;
const memberResponse = { 200: jsonResponse(MemberQualifications, "The member's qualifications"), ...errorResponses };

const routes = {
  mine: defineRoute({
    method: 'get',
    path: '/api/trainings/mine',
    tags,
    summary: 'My trainings: sessions I go to or teach, and my qualifications with when they expire',
    access: 'signed_in',
    responses: { 200: jsonResponse(MyTrainings, 'My trainings'), ...errorResponses },
  }),
  ofMember: defineRoute({
    method: 'get',
    path: '/api/trainings/members/{id}/qualifications',
    tags,
    summary: "A member's qualifications: valid, lapsed and revoked",
    access: ORGANISER,
    request: { params: IdParam },
    responses: memberResponse,
  }),
  record: defineRoute({
    method: 'post',
    path: '/api/trainings/members/{id}/qualifications',
    tags,
    summary: 'Record a qualification for training done elsewhere (audited)',
    access: ORGANISER,
    request: { params: IdParam, ...jsonBody(RecordQualificationInput) },
    responses: memberResponse,
  }),
  revoke: defineRoute({
    method: 'post',
    path: '/api/trainings/qualifications/{id}/revoke',
    tags,
    summary: 'Revoke a qualification: it stops counting at once (audited)',
    access: ORGANISER,
    request: { params: IdParam },
    responses: memberResponse,
  }),
};

export const qualificationRoutes = (ctx: AppContext) =>
  createRouter()
    .openapi(routes.mine, async (c) => c.json(await myTrainings(ctx, principalOf(c)), 200))
    .openapi(routes.ofMember, async (c) => c.json(await memberQualifications(ctx, c.req.valid('param').id), 200))
    .openapi(routes.record, async (c) => c.json(await recordByHand(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json')), 200))
    .openapi(routes.revoke, async (c) => c.json(await revokeQualification(ctx, principalOf(c), c.req.valid('param').id), 200));
