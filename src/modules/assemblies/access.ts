import { forbidden, notFound } from '../../core/errors';
import { hasRole, type Principal } from '../../core/roles';
import type { Db } from '../../database';
import { findAssembly, findMembership } from './assemblies-repository';
import type { AssemblyMemberTable, AssemblyTable } from './schema';

/**
 * Who may do what in an assembly. Organisers (a network role) and the assembly's facilitators run it;
 * its members propose (when its rules let them), discuss and vote — in a federation, its delegates vote.
 */

export type Membership = Pick<AssemblyMemberTable, 'role'> | undefined;

export const managesAssembly = (actor: Principal, membership: Membership) =>
  hasRole(actor, 'organiser') || membership?.role === 'facilitator';

export const votesIn = (assembly: Pick<AssemblyTable, 'kind'>, membership: Membership) =>
  membership !== undefined && (assembly.kind !== 'federation' || membership.role === 'delegate');

export const mayPropose = (assembly: Pick<AssemblyTable, 'proposers'>, actor: Principal, membership: Membership) =>
  managesAssembly(actor, membership) || (assembly.proposers === 'any_member' && membership !== undefined);

export interface AssemblyAccess {
  assembly: AssemblyTable;
  membership: Membership;
  manages: boolean;
}

export async function assemblyAccess(db: Db, actor: Principal, assemblyId: string): Promise<AssemblyAccess> {
  const assembly = await findAssembly(db, assemblyId);
  if (!assembly) throw notFound('Assembly');
  const membership = await findMembership(db, assemblyId, actor.memberId);
  return { assembly, membership, manages: managesAssembly(actor, membership) };
}

/** The assembly, when `actor` is one of its facilitators or an organiser. */
export async function requireManager(db: Db, actor: Principal, assemblyId: string): Promise<AssemblyAccess> {
  const access = await assemblyAccess(db, actor, assemblyId);
  if (!access.manages) throw forbidden("Only the assembly's facilitators and organisers can do this.", 'not_facilitator');
  return access;
}

/** The assembly, when `actor` belongs to it (or runs it). */
export async function requireParticipant(db: Db, actor: Principal, assemblyId: string): Promise<AssemblyAccess> {
  const access = await assemblyAccess(db, actor, assemblyId);
  if (!access.manages && !access.membership) throw forbidden('Join this assembly first.', 'not_assembly_member');
  return access;
}
