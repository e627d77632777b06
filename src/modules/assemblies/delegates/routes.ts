import type { AppContext } from '../../../context';
import { errorResponses } from '../../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../../core/http/route';
import { createRouter } from '../../../core/http/router';
import { principalOf } from '../../../core/http/session';
import { registerElectionGate } from '../../elections';
import { delegateBoard } from './board';
import {
  CandidateInput,
  Delegate,
  DelegateBoard,
  DelegateElection,
  DelegateElectionList,
  DelegateParam,
  DelegateReport,
  DelegateReportList,
  ElectionParam,
  IdParam,
  MandateInput,
  MandateParam,
  ReportInput,
  StartDelegateElectionInput,
} from './contract';
import { closeDelegateElection, listDelegateElections, openDelegateVoting, putForward, startDelegateElection } from './election-service';
import { delegateElectionGate } from './gate';
import { listReports, postReport, setMandate } from './mandate-service';

const tags = ['assemblies'];
const ELECTIONS = '/api/assemblies/{id}/delegate-elections';

const electionAction = (action: string, summary: string) =>
  defineRoute({
    method: 'post',
    path: `${ELECTIONS}/{electionId}/${action}`,
    tags,
    summary,
    access: 'trusted',
    request: { params: ElectionParam },
    responses: { 200: jsonResponse(DelegateElection, 'Delegate election'), ...errorResponses },
  });

const routes = {
  board: defineRoute({
    method: 'get',
    path: '/api/assemblies/{id}/delegates',
    tags,
    summary: "An assembly's delegate board: delegates per member assembly against their seats, mandates, latest reports",
    access: 'trusted',
    request: { params: IdParam },
    responses: { 200: jsonResponse(DelegateBoard, 'Board'), ...errorResponses },
  }),
  elections: defineRoute({
    method: 'get',
    path: ELECTIONS,
    tags,
    summary: "The assembly's delegate elections, newest first",
    access: 'trusted',
    request: { params: IdParam },
    responses: { 200: jsonResponse(DelegateElectionList, 'Delegate elections'), ...errorResponses },
  }),
  start: defineRoute({
    method: 'post',
    path: ELECTIONS,
    tags,
    summary: 'Start electing delegates to the parent assembly by ranked ballot (facilitators)',
    access: 'trusted',
    request: { params: IdParam, ...jsonBody(StartDelegateElectionInput) },
    responses: { 201: jsonResponse(DelegateElection, 'Started'), ...errorResponses },
  }),
  candidate: defineRoute({
    method: 'post',
    path: `${ELECTIONS}/{electionId}/candidates`,
    tags,
    summary: 'Stand (give your own id) or, as a facilitator, put a member forward, until voting opens',
    access: 'trusted',
    request: { params: ElectionParam, ...jsonBody(CandidateInput) },
    responses: { 200: jsonResponse(DelegateElection, 'Delegate election'), ...errorResponses },
  }),
  open: electionAction('open', 'Open voting now (facilitators)'),
  close: electionAction('close', 'Close voting, count the ballots and seat the winners in the parent assembly (facilitators)'),
  mandate: defineRoute({
    method: 'put',
    path: '/api/delegates/{delegateId}/mandates/{proposalId}',
    tags,
    summary: "Instruct a delegate how to vote on a proposal of the parent assembly (the member assembly's facilitators)",
    access: 'trusted',
    request: { params: MandateParam, ...jsonBody(MandateInput) },
    responses: { 200: jsonResponse(Delegate, 'Delegate'), ...errorResponses },
  }),
  reports: defineRoute({
    method: 'get',
    path: '/api/delegates/{delegateId}/reports',
    tags,
    summary: "A delegate's reports back to their assembly, newest first",
    access: 'trusted',
    request: { params: DelegateParam },
    responses: { 200: jsonResponse(DelegateReportList, 'Reports'), ...errorResponses },
  }),
  report: defineRoute({
    method: 'post',
    path: '/api/delegates/{delegateId}/reports',
    tags,
    summary: 'Report back to the assembly that elected you (Markdown)',
    access: 'trusted',
    request: { params: DelegateParam, ...jsonBody(ReportInput) },
    responses: { 201: jsonResponse(DelegateReport, 'Posted'), ...errorResponses },
  }),
};

/** Mounted by the assemblies routes; also lets the elections routes serve delegate elections. */
export function delegateRoutes(ctx: AppContext) {
  registerElectionGate(delegateElectionGate);
  return createRouter()
    .openapi(routes.board, async (c) => c.json(await delegateBoard(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.elections, async (c) => c.json(await listDelegateElections(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.start, async (c) =>
      c.json(await startDelegateElection(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(routes.candidate, async (c) => {
      const { id, electionId } = c.req.valid('param');
      return c.json(await putForward(ctx, principalOf(c), id, electionId, c.req.valid('json').memberId), 200);
    })
    .openapi(routes.open, async (c) => {
      const { id, electionId } = c.req.valid('param');
      return c.json(await openDelegateVoting(ctx, principalOf(c), id, electionId), 200);
    })
    .openapi(routes.close, async (c) => {
      const { id, electionId } = c.req.valid('param');
      return c.json(await closeDelegateElection(ctx, principalOf(c), id, electionId), 200);
    })
    .openapi(routes.mandate, async (c) => {
      const { delegateId, proposalId } = c.req.valid('param');
      return c.json(await setMandate(ctx, principalOf(c), delegateId, proposalId, c.req.valid('json')), 200);
    })
    .openapi(routes.reports, async (c) => c.json({ reports: await listReports(ctx, c.req.valid('param').delegateId) }, 200))
    .openapi(routes.report, async (c) =>
      c.json(await postReport(ctx, principalOf(c), c.req.valid('param').delegateId, c.req.valid('json')), 201),
    );
}
