import type { AppContext } from '../../context';
import { MINUTE } from '../../core/clock';
import { conflict, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import type { Db } from '../../database';
import { audit } from '../audit';
import { getIncident, type ReportConfirmed } from '../reports';
import { neighboursOf } from '../zones';
import { announce, DISPATCH_WIDENED, type DispatchWidened, type MadeOffer } from './events';
import { findCase, insertCase, insertOffers, listOpenCases, markWidened } from './repository';
import { respondersOnDutyIn } from './responders';
import type { DispatchCaseTable } from './schema';

/** Offers the case to every responder on duty in `zoneIds` who has not had an offer for it yet. */
async function offerToOnDuty(ctx: AppContext, tx: Db, reportId: string, zoneIds: readonly string[], ring: number): Promise<MadeOffer[]> {
  const now = ctx.clock.now();
  const memberIds = await respondersOnDutyIn(tx, zoneIds, now);
  const made = await insertOffers(
    tx,
    memberIds.map((memberId) => ({
      id: ctx.ids.next(),
      reportId,
      memberId,
      ring,
      state: 'offered',
      offeredAt: now,
      expiresAt: now + ctx.config.dispatchOfferMinutes * MINUTE,
      etaMinutes: null,
      acceptedAt: null,
      onSceneAt: null,
      endedAt: null,
    })),
  );
  for (const offer of made)
    await audit(ctx, tx, {
      actor: null,
      action: 'dispatch.offered',
      objectType: 'dispatch_offer',
      objectId: offer.id,
      incidentId: reportId,
    });
  return made;
}

/**
 * Opens the dispatch of a confirmed incident and offers it to the responders on duty in its zone.
 * Every node receives the event, and a bus may deliver it twice: only the first call does anything.
 */
export async function openDispatch(
  ctx: AppContext,
  event: Pick<ReportConfirmed, 'reportId'>,
): Promise<{ opened: boolean; offered: string[] }> {
  const incident = await getIncident(ctx, event.reportId);
  if (incident?.state !== 'confirmed' || incident.closedAt !== null) return { opened: false, offered: [] };
  const made = await ctx.db.transaction().execute(async (tx) => {
    const row: DispatchCaseTable = {
      reportId: incident.id,
      zoneId: incident.zoneId,
      openedAt: ctx.clock.now(),
      widenedAt: null,
      closedAt: null,
    };
    if (!(await insertCase(tx, row))) return null;
    await audit(ctx, tx, {
      actor: null,
      action: 'dispatch.opened',
      objectType: 'dispatch_case',
      objectId: incident.id,
      incidentId: incident.id,
    });
    return offerToOnDuty(ctx, tx, incident.id, [incident.zoneId], 0);
  });
  if (!made) return { opened: false, offered: [] };
  await announce(ctx, incident.id, made);
  return { opened: true, offered: made.map((o) => o.memberId) };
}

/**
 * Sends the call to responders on duty in the neighbouring zones and records when, so the board shows
 * it. `actor` null is the timer; a dispatcher may also widen early. Only the first widening counts.
 */
export async function widenCase(ctx: AppContext, actor: Principal | null, reportId: string): Promise<boolean> {
  const found = await findCase(ctx.db, reportId);
  if (!found) throw notFound('Dispatch');
  // Read before the transaction: on SQLite a query outside it would wait for it to end.
  const zoneIds = await neighboursOf(ctx, found.zoneId);
  const now = ctx.clock.now();
  const made = await ctx.db.transaction().execute(async (tx) => {
    if (!(await markWidened(tx, reportId, now))) {
      if (!actor) return null;
      const current = await findCase(tx, reportId);
      if (current && current.closedAt !== null) throw conflict('incident_closed', 'This incident is already closed.');
      throw conflict('already_widened', 'The call already went out to the neighbouring zones.');
    }
    await audit(ctx, tx, { actor, action: 'dispatch.widened', objectType: 'dispatch_case', objectId: reportId, incidentId: reportId });
    return offerToOnDuty(ctx, tx, reportId, zoneIds, 1);
  });
  if (!made) return false;
  const event: DispatchWidened = { reportId, zoneIds, offered: made.length, at: now, by: actor?.memberId ?? null };
  await ctx.bus.publish(DISPATCH_WIDENED, event);
  await announce(ctx, reportId, made);
  return true;
}

/**
 * Responders who came on duty after a case opened get an offer too (in the zones the case has reached
 * so far). Someone who declined or let an offer expire is not asked again.
 */
export async function offerOpenCasesToNewcomers(ctx: AppContext): Promise<number> {
  let count = 0;
  for (const found of await listOpenCases(ctx.db)) {
    const rings = [{ ring: 0, zoneIds: [found.zoneId] }];
    if (found.widenedAt !== null) rings.push({ ring: 1, zoneIds: await neighboursOf(ctx, found.zoneId) });
    const made = await ctx.db.transaction().execute(async (tx) => {
      const all: MadeOffer[] = [];
      for (const { ring, zoneIds } of rings) all.push(...(await offerToOnDuty(ctx, tx, found.reportId, zoneIds, ring)));
      return all;
    });
    if (made.length) await announce(ctx, found.reportId, made);
    count += made.length;
  }
  return count;
}
