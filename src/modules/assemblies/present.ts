import type { AppContext } from '../../context';
import { hasRole, type Principal } from '../../core/roles';
import { displayNamesOf } from '../members';
import { zoneNames } from '../zones';
import { type AssemblyAccess, mayPropose } from './access';
import { assembliesByIds, childrenOf, membershipsOf, membersOf, voterCounts } from './assemblies-repository';
import type { Assembly, AssemblyBrief, AssemblySummary, ProposalBrief, Rules } from './contract';
import { meetingsOf } from './meetings-repository';
import { decisionsOf, openProposalsOf } from './proposals-repository';
import type { AssemblyProposalTable, AssemblyTable } from './schema';

const MEETINGS_SHOWN = 20;
const DECISIONS_SHOWN = 200;
const ROLE_ORDER = { facilitator: 0, delegate: 1, member: 2 } as const;

export const assemblyBrief = (row: Pick<AssemblyTable, 'id' | 'name' | 'kind'>): AssemblyBrief => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
});

export const rulesOf = (row: AssemblyTable): Rules => ({
  quorumKind: row.quorumKind,
  quorumValue: row.quorumValue,
  majority: row.majority,
  proposers: row.proposers,
  discussionHours: row.discussionHours,
  secretBallot: row.secretBallot === 1,
});

export const proposalBrief = (row: AssemblyProposalTable): ProposalBrief => ({
  id: row.id,
  title: row.title,
  kind: row.kind,
  status: row.status,
  meetingId: row.meetingId,
  discussionEndsAt: row.discussionEndsAt,
  outcome: row.outcome,
});

/** Assemblies in a list: names, place, parent, how many vote, and the viewer's own role. */
export async function presentSummaries(ctx: AppContext, rows: readonly AssemblyTable[], viewer: Principal): Promise<AssemblySummary[]> {
  if (!rows.length) return [];
  const [parents, zones, counts, mine] = await Promise.all([
    assembliesByIds(
      ctx.db,
      rows.map((r) => r.parentId),
    ),
    zoneNames(
      ctx,
      rows.flatMap((r) => (r.zoneId ? [r.zoneId] : [])),
    ),
    voterCounts(
      ctx.db,
      rows.map((r) => r.id),
    ),
    membershipsOf(ctx.db, viewer.memberId),
  ]);
  const parent = new Map(parents.map((p) => [p.id, assemblyBrief(p)]));
  return rows.map((r) => {
    const zoneName = r.zoneId ? zones.get(r.zoneId) : undefined;
    return {
      ...assemblyBrief(r),
      description: r.description,
      zone: r.zoneId && zoneName ? { id: r.zoneId, name: zoneName } : null,
      parent: (r.parentId && parent.get(r.parentId)) || null,
      voters: counts.get(r.id) ?? 0,
      myRole: mine.find((m) => m.assemblyId === r.id)?.role ?? null,
      demo: r.demo === 1,
    };
  });
}

/** One assembly's page: rules, members (display names), meetings, open proposals, the decision log, parent and children. */
export async function presentAssembly(ctx: AppContext, access: AssemblyAccess, viewer: Principal): Promise<Assembly> {
  const { assembly, membership, manages } = access;
  const [summary] = await presentSummaries(ctx, [assembly], viewer);
  const [members, meetings, proposals, decisions, children] = await Promise.all([
    membersOf(ctx.db, assembly.id),
    meetingsOf(ctx.db, assembly.id, ctx.clock.now(), MEETINGS_SHOWN),
    openProposalsOf(ctx.db, assembly.id),
    decisionsOf(ctx.db, assembly.id, DECISIONS_SHOWN),
    childrenOf(ctx.db, assembly.id),
  ]);
  const names = await displayNamesOf(
    ctx.db,
    members.map((m) => m.memberId),
  );
  const listed = members
    .map((m) => ({ memberId: m.memberId, name: names.get(m.memberId) ?? '', role: m.role }))
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name, 'en'));
  return {
    ...summary,
    rules: rulesOf(assembly),
    delegateSeats: assembly.delegateSeats,
    members: listed,
    meetings,
    proposals: proposals.map(proposalBrief),
    decisions: decisions.map((d) => ({
      id: d.id,
      proposalId: d.proposalId,
      summary: d.summary,
      outcome: d.outcome,
      meetingId: d.meetingId,
      decidedAt: d.decidedAt,
    })),
    children: children.map(assemblyBrief),
    can: {
      manage: manages,
      propose: mayPropose(assembly, viewer, membership),
      join: !membership && assembly.kind !== 'federation' && viewer.trusted,
      leave: membership !== undefined && membership.role !== 'delegate',
      setParent: hasRole(viewer, 'organiser'),
    },
  };
}
