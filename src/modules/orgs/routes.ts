import { z } from '@hono/zod-openapi';
import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import { NewOrg, Org, OrgList, OrgProfile } from './contract';
import { endorsementRoutes } from './endorsement-routes';
import { linkMe, myOrgs, unlinkMe } from './member-links';
import { createOrg, getOrgProfile, listOrgs, verifyOrg } from './service';

const tags = ['orgs'];
const idParam = { params: z.object({ id: z.string().min(1).max(64) }) };

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
    request: jsonBody(NewOrg),
    responses: { 201: jsonResponse(Org, 'Created'), ...errorResponses },
  }),
  profile: defineRoute({
    method: 'get',
    path: '/api/orgs/{id}',
    tags,
    summary: 'An organisation’s page: campaigns it endorses and, from 5 up, how many members are linked (never who)',
    access: 'public',
    request: idParam,
    responses: { 200: jsonResponse(OrgProfile, 'Organisation'), ...errorResponses },
  }),
  verify: defineRoute({
    method: 'post',
    path: '/api/orgs/{id}/verify',
    tags,
    summary: 'Verify an organisation',
    access: ['organiser'],
    request: idParam,
    responses: { 200: jsonResponse(Org, 'Verified'), ...errorResponses },
  }),
  myOrgs: defineRoute({
    method: 'get',
    path: '/api/me/orgs',
    tags,
    summary: 'The organisations I linked myself to (only I can see this)',
    access: 'signed_in',
    responses: { 200: jsonResponse(OrgList, 'My organisations'), ...errorResponses },
  }),
  link: defineRoute({
    method: 'put',
    path: '/api/me/orgs/{id}',
    tags,
    summary: 'Link myself to an organisation (it counts me; nobody sees that it is me)',
    access: 'trusted',
    request: idParam,
    responses: { 200: jsonResponse(OrgList, 'My organisations'), ...errorResponses },
  }),
  unlink: defineRoute({
    method: 'delete',
    path: '/api/me/orgs/{id}',
    tags,
    summary: 'Unlink myself from an organisation',
    access: 'signed_in',
    request: idParam,
    responses: { 200: jsonResponse(OrgList, 'My organisations'), ...errorResponses },
  }),
};

export const orgsRoutes = (ctx: AppContext) =>
  createRouter()
    .openapi(routes.list, async (c) => c.json({ orgs: await listOrgs(ctx, c.get('principal')?.trusted ?? false) }, 200))
    .openapi(routes.create, async (c) => c.json(await createOrg(ctx, principalOf(c), c.req.valid('json')), 201))
    .openapi(routes.profile, async (c) => c.json(await getOrgProfile(ctx, c.get('principal'), c.req.valid('param').id), 200))
    .openapi(routes.verify, async (c) => c.json(await verifyOrg(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.myOrgs, async (c) => c.json({ orgs: await myOrgs(ctx, principalOf(c).memberId) }, 200))
    .openapi(routes.link, async (c) => c.json({ orgs: await linkMe(ctx, principalOf(c), c.req.valid('param').id) }, 200))
    .openapi(routes.unlink, async (c) => c.json({ orgs: await unlinkMe(ctx, principalOf(c), c.req.valid('param').id) }, 200))
    .route('/', endorsementRoutes(ctx));
