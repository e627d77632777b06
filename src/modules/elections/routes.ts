import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import {
  BallotReceipt,
  CastBallotInput,
  Election,
  ElectionParam,
  ElectionResults,
  FoundBallot,
  PublishedBallots,
  ReceiptParam,
} from './contract';
import { ballotByReceipt, castBallot, getElection, getResults, publishedBallots } from './service';

const tags = ['elections'];

// Who sees and who votes is the owning module's gate; these routes ask it for every call.
const routes = {
  get: defineRoute({
    method: 'get',
    path: '/api/elections/{id}',
    tags,
    summary: 'An election: candidates, when voting opens, how many have voted, and whether the caller may vote',
    access: 'signed_in',
    request: { params: ElectionParam },
    responses: { 200: jsonResponse(Election, 'Election'), ...errorResponses },
  }),
  cast: defineRoute({
    method: 'post',
    path: '/api/elections/{id}/ballot',
    tags,
    summary: 'Cast a ranked secret ballot; the answer is the receipt that finds it in the published list',
    access: 'signed_in',
    request: { params: ElectionParam, ...jsonBody(CastBallotInput) },
    responses: { 201: jsonResponse(BallotReceipt, 'Cast'), ...errorResponses },
  }),
  results: defineRoute({
    method: 'get',
    path: '/api/elections/{id}/results',
    tags,
    summary: 'The count, round by round (RCTab rules), once voting has closed',
    access: 'signed_in',
    request: { params: ElectionParam },
    responses: { 200: jsonResponse(ElectionResults, 'Results'), ...errorResponses },
  }),
  ballots: defineRoute({
    method: 'get',
    path: '/api/elections/{id}/ballots',
    tags,
    summary: 'Every ballot with its receipt and nothing of who cast it, once voting has closed',
    access: 'signed_in',
    request: { params: ElectionParam },
    responses: { 200: jsonResponse(PublishedBallots, 'Ballots'), ...errorResponses },
  }),
  receipt: defineRoute({
    method: 'get',
    path: '/api/elections/{id}/receipt/{code}',
    tags,
    summary: 'The ballot a receipt belongs to, so a voter can see theirs was counted as cast',
    access: 'signed_in',
    request: { params: ReceiptParam },
    responses: { 200: jsonResponse(FoundBallot, 'Ballot'), ...errorResponses },
  }),
};

export const electionRoutes = (ctx: AppContext) =>
  createRouter()
    .openapi(routes.get, async (c) => c.json(await getElection(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.cast, async (c) => c.json(await castBallot(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json')), 201))
    .openapi(routes.results, async (c) => c.json(await getResults(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.ballots, async (c) => c.json(await publishedBallots(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.receipt, async (c) => {
      const { id, code } = c.req.valid('param');
      return c.json(await ballotByReceipt(ctx, principalOf(c), id, code), 200);
    });
