import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import {
  createAssembly,
  editAssembly,
  getAssembly,
  joinAssembly,
  leaveAssembly,
  listAssemblies,
  removeMember,
  setMember,
} from './assemblies-service';
import { Assembly, AssemblyInput, AssemblyList, IdParam, MemberParam, MemberRoleInput } from './contract';

const tags = ['assemblies'];
const ORGANISER = ['organiser'] as const;
const changed = { 200: jsonResponse(Assembly, 'The assembly as it is now'), ...errorResponses };

const routes = {
  list: defineRoute({
    method: 'get',
    path: '/api/assemblies',
    tags,
    summary: 'Assemblies of the network, with their parent federation, how many vote, and my role in each',
    access: 'signed_in',
    responses: { 200: jsonResponse(AssemblyList, 'Assemblies'), ...errorResponses },
  }),
  create: defineRoute({
    method: 'post',
    path: '/api/assemblies',
    tags,
    summary:
      'Create an assembly with its rules (quorum, majority, who proposes, discussion period, secret ballots); its creator facilitates',
    access: ORGANISER,
    request: jsonBody(AssemblyInput),
    responses: { 201: jsonResponse(Assembly, 'Created'), ...errorResponses },
  }),
  get: defineRoute({
    method: 'get',
    path: '/api/assemblies/{id}',
    tags,
    summary: 'One assembly: rules, members (display names), meetings, open proposals, the decision log, parent and member assemblies',
    access: 'signed_in',
    request: { params: IdParam },
    responses: { 200: jsonResponse(Assembly, 'Assembly'), ...errorResponses },
  }),
  edit: defineRoute({
    method: 'put',
    path: '/api/assemblies/{id}',
    tags,
    summary: 'Change an assembly and its rules (its facilitators and organisers); only organisers change its parent',
    access: 'trusted',
    request: { params: IdParam, ...jsonBody(AssemblyInput) },
    responses: changed,
  }),
  join: defineRoute({
    method: 'post',
    path: '/api/assemblies/{id}/join',
    tags,
    summary: 'Join an assembly (vouched-for members; not a federation: its members are elected delegates)',
    access: 'trusted',
    request: { params: IdParam },
    responses: changed,
  }),
  leave: defineRoute({
    method: 'post',
    path: '/api/assemblies/{id}/leave',
    tags,
    summary: 'Leave an assembly (a delegate leaves by resigning the seat)',
    access: 'signed_in',
    request: { params: IdParam },
    responses: changed,
  }),
  setMember: defineRoute({
    method: 'put',
    path: '/api/assemblies/{id}/members/{memberId}',
    tags,
    summary: 'Add a member or make them a facilitator or an ordinary member again (facilitators and organisers)',
    access: 'trusted',
    request: { params: MemberParam, ...jsonBody(MemberRoleInput) },
    responses: changed,
  }),
  removeMember: defineRoute({
    method: 'delete',
    path: '/api/assemblies/{id}/members/{memberId}',
    tags,
    summary: 'Remove a member (facilitators and organisers; delegates leave by recall or resignation)',
    access: 'trusted',
    request: { params: MemberParam },
    responses: changed,
  }),
};

export const assemblyRoutes = (ctx: AppContext) =>
  createRouter()
    .openapi(routes.list, async (c) => c.json({ assemblies: await listAssemblies(ctx, principalOf(c)) }, 200))
    .openapi(routes.create, async (c) => c.json(await createAssembly(ctx, principalOf(c), c.req.valid('json')), 201))
    .openapi(routes.get, async (c) => c.json(await getAssembly(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.edit, async (c) => c.json(await editAssembly(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json')), 200))
    .openapi(routes.join, async (c) => c.json(await joinAssembly(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.leave, async (c) => c.json(await leaveAssembly(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.setMember, async (c) => {
      const { id, memberId } = c.req.valid('param');
      return c.json(await setMember(ctx, principalOf(c), id, memberId, c.req.valid('json').role), 200);
    })
    .openapi(routes.removeMember, async (c) => {
      const { id, memberId } = c.req.valid('param');
      return c.json(await removeMember(ctx, principalOf(c), id, memberId), 200);
    });
