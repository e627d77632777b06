import { z } from '@hono/zod-openapi';
import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import { CreatedInvite, DeviceInvite, InviteList, Me, MemberList, MemberSummary, NewInvite, Ok, SetRoles, UpdateMe } from './contract';
import { createDeviceInvite, createInvite, listInvites, revokeInvite } from './invites';
import { disableMember, getMe, listMemberSummaries, setRoles, updateMe, vouchFor } from './service';

const IdParam = z.object({ id: z.string().min(1).max(64) });
const tags = ['members'];

const routes = {
  me: defineRoute({
    method: 'get',
    path: '/api/me',
    tags,
    summary: 'My profile, roles and trust',
    access: 'signed_in',
    responses: { 200: jsonResponse(Me, 'Me'), ...errorResponses },
  }),
  updateMe: defineRoute({
    method: 'patch',
    path: '/api/me',
    tags,
    summary: 'Change my display name or languages',
    access: 'signed_in',
    request: jsonBody(UpdateMe),
    responses: { 200: jsonResponse(Me, 'Me'), ...errorResponses },
  }),
  list: defineRoute({
    method: 'get',
    path: '/api/members',
    tags,
    summary: 'Members of the network (pseudonyms, roles, trust)',
    access: 'trusted',
    responses: { 200: jsonResponse(MemberList, 'Members'), ...errorResponses },
  }),
  vouch: defineRoute({
    method: 'post',
    path: '/api/members/{id}/vouch',
    tags,
    summary: 'Vouch that I know this member',
    access: 'trusted',
    request: { params: IdParam },
    responses: { 200: jsonResponse(MemberSummary, 'The member'), ...errorResponses },
  }),
  setRoles: defineRoute({
    method: 'put',
    path: '/api/members/{id}/roles',
    tags,
    summary: "Set a member's roles",
    access: ['organiser'],
    request: { params: IdParam, ...jsonBody(SetRoles) },
    responses: { 200: jsonResponse(MemberSummary, 'The member'), ...errorResponses },
  }),
  disable: defineRoute({
    method: 'post',
    path: '/api/members/{id}/disable',
    tags,
    summary: 'Disable a member and sign them out everywhere',
    access: ['organiser'],
    request: { params: IdParam },
    responses: { 200: jsonResponse(MemberSummary, 'The member'), ...errorResponses },
  }),
  deviceInvite: defineRoute({
    method: 'post',
    path: '/api/members/{id}/device-invite',
    tags,
    summary: 'Lost device: revoke their passkeys and make a link for a new one',
    access: ['organiser'],
    request: { params: IdParam, ...jsonBody(DeviceInvite) },
    responses: { 201: jsonResponse(CreatedInvite, 'The link'), ...errorResponses },
  }),
  createInvite: defineRoute({
    method: 'post',
    path: '/api/invites',
    tags,
    summary: 'Make a single-use invite link (at most 72 hours)',
    access: ['organiser'],
    request: jsonBody(NewInvite),
    responses: { 201: jsonResponse(CreatedInvite, 'The link'), ...errorResponses },
  }),
  listInvites: defineRoute({
    method: 'get',
    path: '/api/invites',
    tags,
    summary: 'Invite links not yet used or expired',
    access: ['organiser'],
    responses: { 200: jsonResponse(InviteList, 'Open invites'), ...errorResponses },
  }),
  revokeInvite: defineRoute({
    method: 'post',
    path: '/api/invites/{id}/revoke',
    tags,
    summary: 'Stop an invite link from working',
    access: ['organiser'],
    request: { params: IdParam },
    responses: { 200: jsonResponse(Ok, 'Revoked'), ...errorResponses },
  }),
};

export const memberRoutes = (ctx: AppContext) =>
  createRouter()
    .openapi(routes.me, async (c) => c.json(await getMe(ctx, principalOf(c).memberId), 200))
    .openapi(routes.updateMe, async (c) => c.json(await updateMe(ctx, principalOf(c), c.req.valid('json')), 200))
    .openapi(routes.list, async (c) => c.json({ members: await listMemberSummaries(ctx, principalOf(c)) }, 200))
    .openapi(routes.vouch, async (c) => c.json(await vouchFor(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.setRoles, async (c) =>
      c.json(await setRoles(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json').roles), 200),
    )
    .openapi(routes.disable, async (c) => c.json(await disableMember(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.deviceInvite, async (c) =>
      c.json(await createDeviceInvite(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json').expiresInHours), 201),
    )
    .openapi(routes.createInvite, async (c) => c.json(await createInvite(ctx, principalOf(c), c.req.valid('json')), 201))
    .openapi(routes.listInvites, async (c) => c.json({ invites: await listInvites(ctx) }, 200))
    .openapi(routes.revokeInvite, async (c) => {
      await revokeInvite(ctx, principalOf(c), c.req.valid('param').id);
      return c.json({ ok: true as const }, 200);
    });
