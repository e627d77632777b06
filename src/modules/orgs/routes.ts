import { z } from '@hono/zod-openapi';
import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import { NewOrg, Org, OrgList } from './contract';
import { createOrg, listOrgs, verifyOrg } from './service';

const tags = ['orgs'];

const routes = {
  list: defineRoute({
    method: 'get',
    path: '/api/orgs',
    tags,
    summary: 'Verified organisations of the network (and, for trusted members, those waiting)',
    access: 'public',
    responses: { 200: jsonResponse(OrgList, 'Organisations') },
  }),
  create: defineRoute({
    method: 'post',
    path: '/api/orgs',
    tags,
    summary: 'Add an organisation (it waits for an organiser to verify it)',
    access: 'trusted',
    request: { body: { content: { 'application/json': { schema: NewOrg } } } },
    responses: { 201: jsonResponse(Org, 'Created'), ...errorResponses },
  }),
  verify: defineRoute({
    method: 'post',
    path: '/api/orgs/{id}/verify',
    tags,
    summary: 'Verify an organisation',
    access: ['organiser'],
    request: { params: z.object({ id: z.string().min(1).max(64) }) },
    responses: { 200: jsonResponse(Org, 'Verified'), ...errorResponses },
  }),
};

export const orgsRoutes = (ctx: AppContext) =>
  createRouter()
    .openapi(routes.list, async (c) => c.json({ orgs: await listOrgs(ctx, c.get('principal')?.trusted ?? false) }, 200))
    .openapi(routes.create, async (c) => c.json(await createOrg(ctx, principalOf(c), c.req.valid('json')), 201))
    .openapi(routes.verify, async (c) => c.json(await verifyOrg(ctx, principalOf(c), c.req.valid('param').id), 200));
