import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import { listFundableAidRequests } from '../aid';
import {
  Approvals,
  CaseQuery,
  Disbursement,
  DisbursementInput,
  DisbursementList,
  FundableAidRequestList,
  FundIdParam,
  RejectInput,
} from './contract';
import {
  approveDisbursement,
  listApprovals,
  listCaseDisbursements,
  rejectDisbursement,
  requestDisbursement,
} from './disbursements-service';

const tags = ['fund'];
const TREASURERS = ['treasurer'] as const;

const routes = {
  request: defineRoute({
    method: 'post',
    path: '/api/fund/disbursements',
    tags,
    summary: 'Ask the fund to pay: a caseworker for their family case, an organiser or dispatcher for a rent/bills aid request',
    access: ['caseworker', 'organiser', 'dispatcher'],
    request: jsonBody(DisbursementInput),
    responses: { 201: jsonResponse(Disbursement, 'Requested; two treasurers other than you approve it'), ...errorResponses },
  }),
  ofCase: defineRoute({
    method: 'get',
    path: '/api/fund/disbursements',
    tags,
    summary: "A family case's disbursements, for its assigned caseworkers (who is paid only for treasurers)",
    access: ['caseworker'],
    request: { query: CaseQuery },
    responses: { 200: jsonResponse(DisbursementList, 'Disbursements'), ...errorResponses },
  }),
  approvals: defineRoute({
    method: 'get',
    path: '/api/fund/approvals',
    tags,
    summary: 'Disbursements waiting for a treasurer, and the latest decisions',
    access: TREASURERS,
    responses: { 200: jsonResponse(Approvals, 'Disbursements'), ...errorResponses },
  }),
  approve: defineRoute({
    method: 'post',
    path: '/api/fund/disbursements/{id}/approve',
    tags,
    summary: 'Approve a disbursement; the second approval (by another treasurer, not the requester) pays it',
    access: TREASURERS,
    request: { params: FundIdParam },
    responses: { 200: jsonResponse(Disbursement, 'Approved or paid'), ...errorResponses },
  }),
  reject: defineRoute({
    method: 'post',
    path: '/api/fund/disbursements/{id}/reject',
    tags,
    summary: 'Reject a disbursement that waits for approval, saying why',
    access: TREASURERS,
    request: { params: FundIdParam, ...jsonBody(RejectInput) },
    responses: { 200: jsonResponse(Disbursement, 'Rejected'), ...errorResponses },
  }),
  aidRequests: defineRoute({
    method: 'get',
    path: '/api/fund/aid-requests',
    tags,
    summary: 'Open rent and bills aid requests, which the fund pays rather than a volunteer',
    access: ['organiser', 'dispatcher'],
    responses: { 200: jsonResponse(FundableAidRequestList, 'Requests'), ...errorResponses },
  }),
};

export const fundDisbursementRoutes = (ctx: AppContext) =>
  createRouter()
    .openapi(routes.request, async (c) => c.json(await requestDisbursement(ctx, principalOf(c), c.req.valid('json')), 201))
    .openapi(routes.ofCase, async (c) =>
      c.json({ disbursements: await listCaseDisbursements(ctx, principalOf(c), c.req.valid('query').caseId) }, 200),
    )
    .openapi(routes.approvals, async (c) => c.json(await listApprovals(ctx, principalOf(c)), 200))
    .openapi(routes.approve, async (c) => c.json(await approveDisbursement(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.reject, async (c) =>
      c.json(await rejectDisbursement(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json').reason), 200),
    )
    .openapi(routes.aidRequests, async (c) => c.json({ requests: await listFundableAidRequests(ctx) }, 200));
