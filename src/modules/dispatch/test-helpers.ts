import { DAY } from '../../core/clock';
import type { TestApp } from '../../test-support/test-app';
import { zoneIdOf } from '../reports/test-helpers';
import { recordQualification } from '../trainings';
import { listZones, neighboursOf } from '../zones';

/** A zone, one of its neighbours, and a zone that does not touch it. */
export async function zonesAround(t: TestApp, slug: string) {
  const zoneId = await zoneIdOf(t, slug);
  const neighbours = await neighboursOf(t.ctx, zoneId);
  const far = (await listZones(t.ctx)).find((z) => z.id !== zoneId && !neighbours.includes(z.id));
  if (!neighbours.length || !far) throw new Error(`${slug} has no neighbour or no far zone`);
  return { zoneId, neighbourId: neighbours[0], farId: far.id };
}

/** The legal observer training a responder needs to go on duty, done a month ago and valid for a year. */
export const trainAsResponder = (t: TestApp, memberId: string, expiresAt = t.clock.now() + 335 * DAY) =>
  recordQualification(t.ctx, t.db, null, {
    memberId,
    kind: 'legal_observer',
    earnedAt: t.clock.now() - 30 * DAY,
    expiresAt,
    source: 'recorded',
  });

/** A trained responder who has gone on duty for these zones through the API. */
export async function responderOnDuty(t: TestApp, zoneIds: string[], displayName = 'Responder') {
  const responder = await t.signIn({ roles: ['responder'], displayName });
  await trainAsResponder(t, responder.id);
  const res = await t.call('PUT', '/api/dispatch/duty', { cookie: responder.cookie, body: { zoneIds } });
  if (res.status !== 200) throw new Error(`going on duty failed: ${res.status} ${await res.text()}`);
  return responder;
}

export const offersOf = (t: TestApp, reportId: string) =>
  t.db.selectFrom('dispatchOffer').selectAll().where('reportId', '=', reportId).orderBy('offeredAt').orderBy('id').execute();

export async function offerOf(t: TestApp, reportId: string, memberId: string) {
  const offer = (await offersOf(t, reportId)).find((o) => o.memberId === memberId);
  if (!offer) throw new Error('no offer for this responder');
  return offer;
}

/** Between tests: everyone off duty and every case over, so one test's incidents do not reach the next one's responders. */
export async function resetDispatch(t: TestApp) {
  await t.db.deleteFrom('responderDuty').execute();
  await t.db.updateTable('dispatchCase').set({ closedAt: t.clock.now() }).where('closedAt', 'is', null).execute();
}

export const auditActions = async (t: TestApp, reportId: string) =>
  (await t.db.selectFrom('auditLog').selectAll().where('incidentId', '=', reportId).orderBy('at').orderBy('id').execute()).map((e) => ({
    action: e.action,
    memberId: e.memberId,
    objectId: e.objectId,
  }));
