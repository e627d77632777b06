import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { FundIdParam, PublicFundList, PublicFundPage } from './contract';
import { listPublicFunds, publicFundPage } from './funds-service';

const tags = ['fund'];

const routes = {
  list: defineRoute({
    method: 'get',
    path: '/api/funds',
    tags,
    summary: 'Public funds: goal, raised, paid out by category, and the ledger head (never a donor or a payee)',
    access: 'public',
    responses: { 200: jsonResponse(PublicFundList, 'Funds') },
  }),
  one: defineRoute({
    method: 'get',
    path: '/api/funds/{id}',
    tags,
    summary: "A public fund's page: its totals and the ledger head anyone may note to notice a rewritten history",
    access: 'public',
    request: { params: FundIdParam },
    responses: { 200: jsonResponse(PublicFundPage, 'Fund'), ...errorResponses },
  }),
};

export const fundPublicRoutes = (ctx: AppContext) =>
  createRouter()
    .openapi(routes.list, async (c) => c.json(await listPublicFunds(ctx), 200))
    .openapi(routes.one, async (c) => c.json(await publicFundPage(ctx, c.req.valid('param').id), 200));
