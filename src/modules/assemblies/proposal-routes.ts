import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import {
  AmendmentDecisionInput,
  BallotList,
  CommentInput,
  HandCountInput,
  Proposal,
  ProposalInput,
  ProposalMeetingInput,
  VoteInput,
  VoteResult,
} from './contract';
import { idParam, objectRoutes, tags } from './object-routes';
import { addComment, answerAmendment, createProposal, getProposal, moveProposal, openVote, withdrawProposal } from './proposals-service';
import { castVote, closeVote, publishedBallots, recordHandCount } from './votes-service';

const proposalResponse = { 200: jsonResponse(Proposal, 'The proposal as it is now'), ...errorResponses };

const { route: proposalRoute, routeWithBody: proposalRouteWithBody } = objectRoutes(proposalResponse);

const routes = {
  create: defineRoute({
    method: 'post',
    path: '/api/assemblies/proposals',
    tags,
    summary: "Make a proposal (or a recall of the assembly's delegate) to an assembly, as its rules allow; discussion starts",
    access: 'trusted',
    request: jsonBody(ProposalInput),
    responses: { 201: jsonResponse(Proposal, 'Created'), ...errorResponses },
  }),
  get: proposalRoute(
    'get',
    '/api/assemblies/proposals/{id}',
    'A proposal: body, amendments, comments, quorum and who is present, counts (a secret ballot once closed), outcome',
  ),
  comment: proposalRouteWithBody(
    'post',
    '/api/assemblies/proposals/{id}/comments',
    'Comment, or propose an amendment during the discussion (members of the assembly)',
    CommentInput,
  ),
  amendment: proposalRouteWithBody(
    'put',
    '/api/assemblies/amendments/{id}',
    'Accept or reject an amendment before the vote (the proposer, or a facilitator)',
    AmendmentDecisionInput,
  ),
  withdraw: proposalRoute(
    'post',
    '/api/assemblies/proposals/{id}/withdraw',
    'Withdraw a proposal in discussion (the proposer, or a facilitator)',
  ),
  move: proposalRouteWithBody(
    'put',
    '/api/assemblies/proposals/{id}/meeting',
    'Move a proposal in discussion to another meeting, or online with null (facilitators)',
    ProposalMeetingInput,
  ),
  openVote: proposalRoute(
    'post',
    '/api/assemblies/proposals/{id}/open-vote',
    "Open the vote after the discussion period, at the proposal's meeting while it is open; the rules in force are written on it",
  ),
  vote: defineRoute({
    method: 'post',
    path: '/api/assemblies/proposals/{id}/vote',
    tags,
    summary:
      'Vote yes, no, abstain (or block, under consensus). An open vote can be changed until the close; a secret ballot is cast once and answers its receipt, once',
    access: 'trusted',
    request: { ...idParam, ...jsonBody(VoteInput) },
    responses: { 200: jsonResponse(VoteResult, 'Recorded'), ...errorResponses },
  }),
  handCount: proposalRouteWithBody(
    'post',
    '/api/assemblies/proposals/{id}/hand-count',
    'Record a show of hands at the meeting instead (no more than the voting members present) and close the vote (facilitators)',
    HandCountInput,
  ),
  closeVote: proposalRoute(
    'post',
    '/api/assemblies/proposals/{id}/close-vote',
    'Close the vote: the server counts it, checks quorum, records the outcome and the decision (facilitators)',
  ),
  ballots: defineRoute({
    method: 'get',
    path: '/api/assemblies/proposals/{id}/ballots',
    tags,
    summary: "A closed secret ballot's anonymous ballots in receipt order: what was voted, never by whom",
    access: 'signed_in',
    request: idParam,
    responses: { 200: jsonResponse(BallotList, 'Ballots'), ...errorResponses },
  }),
};

export const proposalRoutes = (ctx: AppContext) =>
  createRouter()
    .openapi(routes.create, async (c) => c.json(await createProposal(ctx, principalOf(c), c.req.valid('json')), 201))
    .openapi(routes.get, async (c) => c.json(await getProposal(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.comment, async (c) => c.json(await addComment(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json')), 200))
    .openapi(routes.amendment, async (c) =>
      c.json(await answerAmendment(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json').status), 200),
    )
    .openapi(routes.withdraw, async (c) => c.json(await withdrawProposal(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.move, async (c) =>
      c.json(await moveProposal(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json').meetingId), 200),
    )
    .openapi(routes.openVote, async (c) => c.json(await openVote(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.vote, async (c) =>
      c.json(await castVote(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json').choice), 200),
    )
    .openapi(routes.handCount, async (c) =>
      c.json(await recordHandCount(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(routes.closeVote, async (c) => c.json(await closeVote(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.ballots, async (c) => c.json(await publishedBallots(ctx, principalOf(c), c.req.valid('param').id), 200));
