import type { AppContext } from '../../context';
import { notFound } from '../../core/errors';
import { displayNamesOf } from '../members';
import type { Board, BoardIncident } from './contract';
import { incidentsById, offerTimes, presentChecklistEntry } from './present';
import { findCase, listChecklistOf, listOffersOfCases, listOpenCases } from './repository';
import type { DispatchCaseTable } from './schema';

/**
 * Cases as dispatchers and verifiers see them. Responders are shown by display name: it is the
 * pseudonym each member chose for the network, and dispatchers must know whom they are coordinating.
 * Responders themselves never see each other's names.
 */
async function presentCases(ctx: AppContext, cases: DispatchCaseTable[]): Promise<BoardIncident[]> {
  const ids = cases.map((c) => c.reportId);
  const [incidents, offers, checklist] = await Promise.all([
    incidentsById(ctx, ids),
    listOffersOfCases(ctx.db, ids),
    listChecklistOf(ctx.db, 'reportId', ids),
  ]);
  const names = await displayNamesOf(ctx.db, [...offers.map((o) => o.memberId), ...checklist.map((c) => c.memberId)]);
  return cases.flatMap((c) => {
    const incident = incidents.get(c.reportId);
    if (!incident) return [];
    return [
      {
        reportId: c.reportId,
        incident,
        openedAt: c.openedAt,
        widenedAt: c.widenedAt,
        closedAt: c.closedAt,
        responders: offers.filter((o) => o.reportId === c.reportId).map((o) => ({ ...offerTimes(o), label: names.get(o.memberId) ?? '' })),
        checklist: checklist.filter((e) => e.reportId === c.reportId).map((e) => presentChecklistEntry(e, names)),
      },
    ];
  });
}

/** Every open incident and its responders, newest first. */
export async function getBoard(ctx: AppContext): Promise<Board> {
  return { incidents: await presentCases(ctx, await listOpenCases(ctx.db)), at: ctx.clock.now() };
}

/** One incident's dispatch, open or closed (for the incident page and timeline). */
export async function getIncidentDispatch(ctx: AppContext, reportId: string): Promise<BoardIncident> {
  const found = await findCase(ctx.db, reportId);
  const [presented] = found ? await presentCases(ctx, [found]) : [];
  if (!presented) throw notFound('Dispatch');
  return presented;
}
