import type { AppContext } from '../../context';
import { DAY } from '../../core/clock';
import { badRequest, notFound } from '../../core/errors';
import { hasRole, type Principal } from '../../core/roles';
import { audit } from '../audit';
import { activeHoldersOf, displayNamesOf } from '../members';
import { notifyMembers } from '../push';
import { auditingRefusal, caseAccess, caseClosed, notAssigned } from './access';
import { entry } from './cases-service';
import type { CaseOverview, Person } from './contract';
import { familiesKey } from './key';
import { personOf } from './present';
import { assignmentsOf, findCase, listCaseHeaders, setAssignments } from './repository';

/**
 * Who works a case. A caseworker assigned to it may bring in others (or hand it over); an organiser may
 * (re)assign any open case, e.g. when a caseworker leaves, without being able to read it.
 */
export async function setCaseworkers(ctx: AppContext, actor: Principal, caseId: string, memberIds: string[]): Promise<Person[]> {
  await familiesKey(ctx);
  const wanted = [...new Set(memberIds)];
  const { people, added } = await auditingRefusal(ctx, actor, caseId, () =>
    ctx.db.transaction().execute(async (tx) => {
      const row = await findCase(tx, caseId, ctx.dialect === 'postgres');
      if (!row) throw notFound('Family case');
      if (!(await caseAccess(tx, actor, caseId))?.assigned && !hasRole(actor, 'organiser')) throw notAssigned();
      if (row.state !== 'open') throw caseClosed();
      // Only members who hold the caseworker role itself: admin passes role checks elsewhere, not here.
      const holders = new Set(await activeHoldersOf(tx, wanted, 'caseworker', { adminsCount: false }));
      const stranger = memberIds.findIndex((id) => !holders.has(id));
      if (stranger >= 0)
        throw badRequest(
          'not_a_caseworker',
          `memberIds.${stranger}: only vouched, active caseworkers can be assigned.`,
          `memberIds.${stranger}`,
        );
      const before = new Set((await assignmentsOf(tx, [caseId])).get(caseId) ?? []);
      await setAssignments(tx, caseId, wanted, actor.memberId, ctx.clock.now());
      await audit(ctx, tx, entry(actor, 'caseworkers_changed', caseId));
      const assigned = (await assignmentsOf(tx, [caseId])).get(caseId) ?? [];
      const names = await displayNamesOf(tx, assigned);
      return {
        people: assigned.map((id) => personOf(names, id)),
        added: assigned.filter((id) => !before.has(id) && id !== actor.memberId),
      };
    }),
  );
  tellNewCaseworkers(ctx, added, caseId);
  return people;
}

/**
 * Caseworkers brought into a case hear of it: a content-free push (kind `case`, which opens the case;
 * the page then asks for it, audited like any read). Sent after commit, in the background.
 */
function tellNewCaseworkers(ctx: AppContext, memberIds: string[], caseId: string) {
  if (!memberIds.length) return;
  notifyMembers(ctx, memberIds, { kind: 'case', id: caseId }, { ttlSeconds: DAY / 1000 }).catch((err: unknown) =>
    ctx.log.error('case push failed', { err: String(err) }),
  );
}

/** For organisers: how many cases are open and closed, and who works each — no field of any case. */
export async function caseOverview(ctx: AppContext, actor: Principal): Promise<CaseOverview> {
  await familiesKey(ctx);
  return ctx.db.transaction().execute(async (tx) => {
    const headers = await listCaseHeaders(tx);
    const assigned = await assignmentsOf(
      tx,
      headers.map((h) => h.id),
    );
    const names = await displayNamesOf(tx, [...assigned.values()].flat());
    await audit(ctx, tx, { actor, action: 'family_case.overview_viewed', objectType: 'family_case' });
    return {
      counts: { open: headers.filter((h) => h.state === 'open').length, closed: headers.filter((h) => h.state === 'closed').length },
      cases: headers.map((h) => ({ ...h, caseworkers: (assigned.get(h.id) ?? []).map((id) => personOf(names, id)) })),
    };
  });
}
