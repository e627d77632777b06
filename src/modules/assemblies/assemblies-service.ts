import type { AppContext } from '../../context';
import { badRequest, conflict, forbidden } from '../../core/errors';
import { hasRole, type Principal } from '../../core/roles';
import type { Db } from '../../database';
import { audit } from '../audit';
import { displayNamesOf, trustedMembersOf } from '../members';
import { zoneNames } from '../zones';
import { assemblyAccess, requireManager } from './access';
import {
  ancestryOf,
  deleteMember,
  findAssembly,
  findMembership,
  insertAssembly,
  insertMember,
  listAssemblyRows,
  setMemberRole,
  updateAssembly,
} from './assemblies-repository';
import type { Assembly, AssemblyInput, AssemblySummary } from './contract';
import type { AppointedRole } from './limits';
import { presentAssembly, presentSummaries } from './present';
import type { AssemblyTable } from './schema';

/** Assemblies: created by organisers, run by their facilitators, joined by members; federations hold delegates. */

const LIST_LIMIT = 500;

/** The zone and parent an assembly names must exist; a parent is a federation and never the assembly itself or below it. */
async function checkInput(ctx: AppContext, input: AssemblyInput, id: string | null) {
  if (input.rules.quorumKind === 'share' && input.rules.quorumValue > 100)
    throw badRequest('quorum_share_too_high', 'A share of the members is a percentage: at most 100.', 'rules.quorumValue');
  if (input.zoneId && !(await zoneNames(ctx, [input.zoneId])).has(input.zoneId))
    throw badRequest('unknown_zone', 'There is no such zone.', 'zoneId');
  if (!input.parentId) return;
  const parent = await findAssembly(ctx.db, input.parentId);
  if (!parent) throw badRequest('unknown_assembly', 'There is no such assembly.', 'parentId');
  if (parent.kind !== 'federation')
    throw badRequest('parent_not_federation', 'An assembly sends delegates to a federation of assemblies.', 'parentId');
  if (id && (await ancestryOf(ctx.db, input.parentId)).includes(id))
    throw conflict('parent_cycle', 'An assembly cannot be its own parent, nor sit inside one of its member assemblies.', 'parentId');
}

const fieldsOf = (input: AssemblyInput) => ({
  name: input.name,
  kind: input.kind,
  description: input.description,
  zoneId: input.zoneId,
  parentId: input.parentId,
  quorumKind: input.rules.quorumKind,
  quorumValue: input.rules.quorumValue,
  majority: input.rules.majority,
  proposers: input.rules.proposers,
  discussionHours: input.rules.discussionHours,
  secretBallot: input.rules.secretBallot ? 1 : 0,
  delegateSeats: input.delegateSeats,
});

/** An organiser creates an assembly and becomes its first facilitator. */
export async function createAssembly(ctx: AppContext, actor: Principal, input: AssemblyInput, opts: { demo?: boolean } = {}) {
  await checkInput(ctx, input, null);
  const now = ctx.clock.now();
  const row: AssemblyTable = {
    id: ctx.ids.next(),
    ...fieldsOf(input),
    createdAt: now,
    createdBy: actor.memberId,
    updatedAt: now,
    demo: opts.demo ? 1 : 0,
  };
  await ctx.db.transaction().execute(async (tx) => {
    await insertAssembly(tx, row);
    await insertMember(tx, { assemblyId: row.id, memberId: actor.memberId, role: 'facilitator', delegateId: null, joinedAt: now });
    await audit(ctx, tx, { actor, action: 'assembly.created', objectType: 'assembly', objectId: row.id });
  });
  return getAssembly(ctx, actor, row.id);
}

/** Facilitators and organisers change the rules; only organisers move an assembly under another. */
export async function editAssembly(ctx: AppContext, actor: Principal, id: string, input: AssemblyInput): Promise<Assembly> {
  const { assembly } = await requireManager(ctx.db, actor, id);
  if (input.parentId !== assembly.parentId && !hasRole(actor, 'organiser'))
    throw forbidden('Only organisers choose the federation an assembly belongs to.', 'parent_organisers_only');
  if ((input.kind === 'federation') !== (assembly.kind === 'federation'))
    throw conflict('kind_change_federation', 'An assembly cannot become a federation, nor stop being one.', 'kind');
  await checkInput(ctx, input, id);
  await ctx.db.transaction().execute(async (tx) => {
    await updateAssembly(tx, id, { ...fieldsOf(input), updatedAt: ctx.clock.now() });
    await audit(ctx, tx, { actor, action: 'assembly.updated', objectType: 'assembly', objectId: id });
  });
  return getAssembly(ctx, actor, id);
}

export async function getAssembly(ctx: AppContext, viewer: Principal, id: string): Promise<Assembly> {
  return presentAssembly(ctx, await assemblyAccess(ctx.db, viewer, id), viewer);
}

export async function listAssemblies(ctx: AppContext, viewer: Principal): Promise<AssemblySummary[]> {
  return presentSummaries(ctx, await listAssemblyRows(ctx.db, LIST_LIMIT), viewer);
}

async function changeMembership(
  ctx: AppContext,
  actor: Principal,
  assemblyId: string,
  action: string,
  change: (tx: Db) => Promise<unknown>,
) {
  await ctx.db.transaction().execute(async (tx) => {
    await change(tx);
    await audit(ctx, tx, { actor, action, objectType: 'assembly', objectId: assemblyId });
  });
  return getAssembly(ctx, actor, assemblyId);
}

/** Any member of the network joins an assembly that is not a federation (joining twice changes nothing). */
export async function joinAssembly(ctx: AppContext, actor: Principal, id: string): Promise<Assembly> {
  const { assembly, membership } = await assemblyAccess(ctx.db, actor, id);
  if (assembly.kind === 'federation')
    throw conflict('federation_join', "A federation's members are the delegates its member assemblies elect.");
  if (membership) return getAssembly(ctx, actor, id);
  return changeMembership(ctx, actor, id, 'assembly.joined', (tx) =>
    insertMember(tx, { assemblyId: id, memberId: actor.memberId, role: 'member', delegateId: null, joinedAt: ctx.clock.now() }),
  );
}

const delegateSeat = () => conflict('delegate_seat', "A delegate's seat changes only by an election, a recall or their resignation.");

export async function leaveAssembly(ctx: AppContext, actor: Principal, id: string): Promise<Assembly> {
  const { membership } = await assemblyAccess(ctx.db, actor, id);
  if (!membership) return getAssembly(ctx, actor, id);
  if (membership.role === 'delegate') throw delegateSeat();
  return changeMembership(ctx, actor, id, 'assembly.left', (tx) => deleteMember(tx, id, actor.memberId));
}

/** A facilitator adds a member of the network, or changes their role (never to or from delegate). */
export async function setMember(ctx: AppContext, actor: Principal, id: string, memberId: string, role: AppointedRole) {
  const { assembly } = await requireManager(ctx.db, actor, id);
  if (!(await displayNamesOf(ctx.db, [memberId])).has(memberId)) throw badRequest('unknown_member', 'There is no such member.', 'memberId');
  if (!(await trustedMembersOf(ctx.db, [memberId])).has(memberId))
    throw conflict('member_not_vouched', 'Only a member someone has vouched for can be in an assembly.', 'memberId');
  if (assembly.kind === 'federation' && role === 'member')
    throw conflict('federation_join', "A federation's members are the delegates its member assemblies elect.", 'role');
  const current = await findMembership(ctx.db, id, memberId);
  if (current?.role === 'delegate') throw delegateSeat();
  return changeMembership(ctx, actor, id, `assembly.member_${current ? 'role_set' : 'added'}:${role}`, async (tx) => {
    if (current) await setMemberRole(tx, id, memberId, role);
    else await insertMember(tx, { assemblyId: id, memberId, role, delegateId: null, joinedAt: ctx.clock.now() });
  });
}

export async function removeMember(ctx: AppContext, actor: Principal, id: string, memberId: string): Promise<Assembly> {
  await requireManager(ctx.db, actor, id);
  const current = await findMembership(ctx.db, id, memberId);
  if (current?.role === 'delegate') throw delegateSeat();
  if (!current) return getAssembly(ctx, actor, id);
  return changeMembership(ctx, actor, id, 'assembly.member_removed', (tx) => deleteMember(tx, id, memberId));
}
