import type { AppContext } from '../../context';
import { badRequest, conflict, forbidden, notFound } from '../../core/errors';
import { hasRole, type Principal, type Role } from '../../core/roles';
import type { Db } from '../../database';
import { audit } from '../audit';
import { assertQualifiedForRoles } from '../trainings';
import type { Me, MemberSummary, UpdateMe } from './contract';
import {
  countAdmins,
  findMember,
  insertMember,
  insertVouch,
  listAllRoles,
  listMembers,
  replaceRoles,
  rolesOf,
  vouchCounts,
  vouchedBy,
  vouchersOf,
} from './repository';
import type { MemberTable } from './schema';
import { endAllSessions } from './sessions';
import { updateTrust } from './trust';

export interface NewMember {
  displayName: string;
  roles: readonly Role[];
  languages?: string[];
  /** The first admin and the demo network's members start trusted; everyone else is vouched for. */
  trusted?: boolean;
  demo?: boolean;
}

export async function createMember(ctx: AppContext, input: NewMember, db: Db = ctx.db): Promise<MemberTable> {
  const now = ctx.clock.now();
  const row: MemberTable = {
    id: ctx.ids.next(),
    displayName: input.displayName,
    languages: JSON.stringify(input.languages ?? []),
    createdAt: now,
    trustedAt: input.trusted ? now : null,
    disabledAt: null,
    demo: input.demo ? 1 : 0,
  };
  await insertMember(db, row);
  await replaceRoles(db, row.id, withMemberRole(input.roles));
  return row;
}

/** Everyone holds `member`; other roles come on top. */
const withMemberRole = (roles: readonly Role[]): Role[] => [...new Set<Role>(['member', ...roles])].sort();

export async function getMe(ctx: AppContext, memberId: string): Promise<Me> {
  const member = await findMember(ctx.db, memberId);
  if (!member) throw notFound('Member');
  return {
    id: member.id,
    displayName: member.displayName,
    languages: JSON.parse(member.languages),
    roles: (await rolesOf(ctx.db, memberId)) as Me['roles'],
    trusted: member.trustedAt !== null,
    vouchCount: (await vouchersOf(ctx.db, memberId)).length,
    demo: member.demo === 1,
  };
}

export async function updateMe(ctx: AppContext, principal: Principal, input: UpdateMe): Promise<Me> {
  const set: Partial<MemberTable> = {};
  if (input.displayName !== undefined) set.displayName = input.displayName;
  if (input.languages !== undefined) set.languages = JSON.stringify([...new Set(input.languages)]);
  if (Object.keys(set).length) {
    await ctx.db.transaction().execute(async (tx) => {
      await tx.updateTable('member').set(set).where('id', '=', principal.memberId).execute();
      await audit(ctx, tx, { actor: principal, action: 'member.profile_updated', objectType: 'member', objectId: principal.memberId });
    });
  }
  return getMe(ctx, principal.memberId);
}

/** The members as `viewer` sees them; `onlyId` narrows every query to one member. */
export async function listMemberSummaries(ctx: AppContext, viewer: Principal, onlyId?: string): Promise<MemberSummary[]> {
  const [members, roles, counts, mine] = await Promise.all([
    listMembers(ctx.db, onlyId),
    listAllRoles(ctx.db, onlyId),
    vouchCounts(ctx.db, onlyId),
    vouchedBy(ctx.db, viewer.memberId),
  ]);
  return members.map((m) => ({
    id: m.id,
    displayName: m.displayName,
    roles: (roles.get(m.id) ?? []) as Role[],
    trusted: m.trustedAt !== null,
    vouchCount: counts.get(m.id) ?? 0,
    vouchedByMe: mine.has(m.id),
    disabled: m.disabledAt !== null,
    demo: m.demo === 1,
    createdAt: m.createdAt,
  }));
}

async function summaryOf(ctx: AppContext, viewer: Principal, memberId: string) {
  const [found] = await listMemberSummaries(ctx, viewer, memberId);
  if (!found) throw notFound('Member');
  return found;
}

export async function vouchFor(ctx: AppContext, voucher: Principal, memberId: string): Promise<MemberSummary> {
  if (memberId === voucher.memberId) throw badRequest('cannot_vouch_self', 'You cannot vouch for yourself.');
  await ctx.db.transaction().execute(async (tx) => {
    const member = await findMember(tx, memberId);
    if (!member || member.disabledAt !== null) throw notFound('Member');
    await insertVouch(tx, { voucherId: voucher.memberId, memberId, createdAt: ctx.clock.now() });
    const trusted = await updateTrust(ctx, tx, memberId);
    await audit(ctx, tx, {
      actor: voucher,
      action: trusted ? 'member.vouched_trusted' : 'member.vouched',
      objectType: 'member',
      objectId: memberId,
    });
  });
  return summaryOf(ctx, voucher, memberId);
}

/** Organisers set roles; only an admin grants or removes admin, and the last admin stays one. */
export async function setRoles(ctx: AppContext, actor: Principal, memberId: string, roles: Role[]): Promise<MemberSummary> {
  const next = withMemberRole(roles);
  await ctx.db.transaction().execute(async (tx) => {
    const member = await findMember(tx, memberId);
    if (!member) throw notFound('Member');
    const current = await rolesOf(tx, memberId);
    const adminChanges = current.includes('admin') !== next.includes('admin');
    if (adminChanges && !hasRole(actor, 'admin')) {
      throw forbidden('Only an admin can grant or remove the admin role.', 'admin_only');
    }
    if (current.includes('admin') && !next.includes('admin') && (await countAdmins(tx)) <= 1) {
      throw conflict('last_admin', 'The network needs at least one admin.', 'roles');
    }
    // Responders and verifiers need a valid qualification (core/qualifications) for a role given now.
    await assertQualifiedForRoles(
      tx,
      memberId,
      next.filter((r) => !current.includes(r)),
      ctx.clock.now(),
    );
    await replaceRoles(tx, memberId, next);
    await audit(ctx, tx, { actor, action: `member.roles_set:${next.join(',')}`, objectType: 'member', objectId: memberId });
  });
  return summaryOf(ctx, actor, memberId);
}

/** A disabled member is signed out everywhere and cannot sign in again. */
export async function disableMember(ctx: AppContext, actor: Principal, memberId: string): Promise<MemberSummary> {
  if (memberId === actor.memberId) throw badRequest('cannot_disable_self', 'You cannot disable yourself.');
  await ctx.db.transaction().execute(async (tx) => {
    const member = await findMember(tx, memberId);
    if (!member) throw notFound('Member');
    const roles = await rolesOf(tx, memberId);
    if (roles.includes('admin') && !hasRole(actor, 'admin')) throw forbidden('Only an admin can disable an admin.', 'admin_only');
    await tx.updateTable('member').set({ disabledAt: ctx.clock.now() }).where('id', '=', memberId).execute();
    await endAllSessions(tx, memberId);
    await audit(ctx, tx, { actor, action: 'member.disabled', objectType: 'member', objectId: memberId });
  });
  return summaryOf(ctx, actor, memberId);
}
