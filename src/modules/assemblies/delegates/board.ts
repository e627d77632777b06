import type { AppContext } from '../../../context';
import { hasRole, type Principal } from '../../../core/roles';
import { displayNamesOf } from '../../members';
import { assemblyAccess, mayPropose } from '../access';
import { assembliesByIds, membershipsOf } from '../assemblies-repository';
import { proposalBrief } from '../present';
import { openProposalsOf, proposalsByIds } from '../proposals-repository';
import type { AssemblyDelegateTable } from '../schema';
import type { Delegate, DelegateBoard } from './contract';
import { ENDED_SHOWN } from './limits';
import { endedInParent, latestReportsOf, mandatesOf, memberAssembliesOf, sittingDelegatesOf, sittingInParent } from './repository';

const brief = (a: { id: string; name: string; kind: Delegate['memberAssembly']['kind'] }) => ({ id: a.id, name: a.name, kind: a.kind });

/** Seats as members see them: who, for which assembly, their mandates and their latest report. */
export async function presentDelegates(ctx: AppContext, rows: readonly AssemblyDelegateTable[], viewer: Principal): Promise<Delegate[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [names, assemblies, mandates, reports, mine] = await Promise.all([
    displayNamesOf(
      ctx.db,
      rows.map((r) => r.memberId),
    ),
    assembliesByIds(
      ctx.db,
      rows.flatMap((r) => [r.memberAssemblyId, r.parentAssemblyId]),
    ),
    mandatesOf(ctx.db, ids),
    latestReportsOf(ctx.db, ids),
    membershipsOf(ctx.db, viewer.memberId),
  ]);
  const proposals = new Map(
    (
      await proposalsByIds(
        ctx.db,
        mandates.map((m) => m.proposalId),
      )
    ).map((p) => [p.id, proposalBrief(p)]),
  );
  const rowsById = new Map(assemblies.map((a) => [a.id, a]));
  const assembly = new Map(assemblies.map((a) => [a.id, brief(a)]));
  const organiser = hasRole(viewer, 'organiser');
  const facilitates = new Set(mine.filter((m) => m.role === 'facilitator').map((m) => m.assemblyId));
  const membershipIn = new Map(mine.map((m) => [m.assemblyId, m]));
  const mayProposeIn = (assemblyId: string) => {
    const row = rowsById.get(assemblyId);
    return row !== undefined && mayPropose(row, viewer, membershipIn.get(assemblyId));
  };
  return rows.flatMap((r) => {
    const memberAssembly = assembly.get(r.memberAssemblyId);
    const parentAssembly = assembly.get(r.parentAssemblyId);
    if (!memberAssembly || !parentAssembly) return [];
    const report = reports.get(r.id);
    return [
      {
        id: r.id,
        member: { id: r.memberId, name: names.get(r.memberId) ?? '' },
        memberAssembly,
        parentAssembly,
        electedAt: r.electedAt,
        endedAt: r.endedAt,
        endReason: r.endReason,
        mandates: mandates.flatMap((m) => {
          const proposal = m.delegateId === r.id ? proposals.get(m.proposalId) : undefined;
          return proposal ? [{ proposal, instruction: m.instruction, note: m.note, setAt: m.setAt }] : [];
        }),
        latestReport: report ? { id: report.id, body: report.body, createdAt: report.createdAt } : null,
        isMe: r.memberId === viewer.memberId && r.endedAt === null,
        mayInstruct: r.endedAt === null && (organiser || facilitates.has(r.memberAssemblyId)),
        mayProposeRecall: r.endedAt === null && mayProposeIn(r.memberAssemblyId),
      },
    ];
  });
}

/**
 * An assembly's delegate board: as a parent, the delegates of each member assembly against its seats
 * (and those whose seats ended); as a member assembly, the delegates it sends now.
 */
export async function delegateBoard(ctx: AppContext, viewer: Principal, assemblyId: string): Promise<DelegateBoard> {
  const { assembly } = await assemblyAccess(ctx.db, viewer, assemblyId);
  const [sitting, ended, ours, children, parents] = await Promise.all([
    sittingInParent(ctx.db, assemblyId),
    endedInParent(ctx.db, assemblyId, ENDED_SHOWN),
    assembly.parentId ? sittingDelegatesOf(ctx.db, assemblyId) : Promise.resolve([]),
    memberAssembliesOf(ctx.db, assemblyId),
    assembliesByIds(ctx.db, [assembly.parentId]),
  ]);
  const [sittingShown, endedShown, oursShown] = await Promise.all([
    presentDelegates(ctx, sitting, viewer),
    presentDelegates(ctx, ended, viewer),
    presentDelegates(ctx, ours, viewer),
  ]);
  const [openHere, openInParent] = await Promise.all([
    openProposalsOf(ctx.db, assemblyId),
    assembly.parentId ? openProposalsOf(ctx.db, assembly.parentId) : Promise.resolve([]),
  ]);
  // A member assembly whose delegates sit here although it has since left still shows, so no seat is hidden.
  const memberIds = [...new Set([...children.map((c) => c.id), ...sitting.map((d) => d.memberAssemblyId)])];
  const memberRows = [
    ...children,
    ...(await assembliesByIds(
      ctx.db,
      memberIds.filter((id) => !children.some((c) => c.id === id)),
    )),
  ];
  return {
    assembly: brief(assembly),
    parent: parents[0] ? brief(parents[0]) : null,
    memberAssemblies: memberRows.map((m) => ({
      assembly: brief(m),
      seats: m.delegateSeats,
      delegates: sittingShown.filter((d) => d.memberAssembly.id === m.id),
    })),
    ended: endedShown,
    ours: oursShown,
    openProposals: openHere.map(proposalBrief),
    parentOpenProposals: openInParent.map(proposalBrief),
  };
}
