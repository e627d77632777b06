import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DAY, HOUR } from '../../../core/clock';
import { purgeExpired } from '../../../core/retention';
import { retentionRules } from '../../../server';
import { createTestApp, type TestApp } from '../../../test-support/test-app';
import type { PlanView } from './contract';
import { assign, type Member, marchWithPlan, myPostAt, ok, qualify } from './test-helpers';

let t: TestApp;
let organiser: Member;
before(async () => {
  t = await createTestApp();
  organiser = await t.signIn({ roles: ['organiser'] });
});
after(() => t.close());

const purge = async (kind: string) =>
  (await purgeExpired(t.db, retentionRules, t.config, t.clock.now())).find((r) => r.kind === kind)?.deleted;

test("marshals' numbers and the contact lines are erased marshal_contact days after the event ends; the plan marshal_plan days after", async () => {
  const contactDays = t.config.retentionDays.marshal_contact;
  const planDays = t.config.retentionDays.marshal_plan;
  assert.ok(contactDays > 0 && planDays > contactDays);
  const early = await marchWithPlan(t, organiser, undefined, { startsAt: t.clock.now() + HOUR, hours: 2 });
  const later = await marchWithPlan(t, organiser, undefined, { startsAt: t.clock.now() + 10 * DAY, hours: 2 });
  for (const plan of [early, later]) {
    const m = await t.signIn({ displayName: `Marshal ${plan.planId}` });
    await qualify(t, m.id);
    await ok(assign(t, organiser, plan.postIds[0], m.id), 201);
    const mine = await myPostAt(t, m, plan.event.id);
    await ok(t.call('PUT', `/api/marshals/mine/${mine.assignmentId}/phone`, { cookie: m.cookie, body: { phone: '612 555 0100' } }));
  }
  const phones = async () =>
    (await t.db.selectFrom('marshalAssignment').select(['planId', 'phone']).execute()).filter((r) => r.phone).map((r) => r.planId);
  const lines = async (eventId: string) =>
    (await ok<PlanView>(t.call('GET', `/api/marshals/events/${eventId}`, { cookie: organiser.cookie }))).plan?.contactLines;

  t.clock.set(early.event.endsAt + contactDays * DAY);
  assert.equal(await purge('marshal_contact'), 0, 'not yet: counted from the end of the event');
  t.clock.advance(1);
  assert.equal(await purge('marshal_contact'), 2, "the early march's number and contact lines");
  assert.deepEqual(await phones(), [later.planId]);
  assert.deepEqual(await lines(early.event.id), []);
  assert.deepEqual(await lines(later.event.id), ['Legal hotline 612-555-0142']);
  assert.equal(await purge('marshal_contact'), 0, 'nothing twice');
  assert.equal(
    (await t.db.selectFrom('marshalAssignment').select('id').where('planId', '=', early.planId).execute()).length,
    1,
    'who stood where stays',
  );

  t.clock.set(early.event.endsAt + planDays * DAY);
  assert.equal(await purge('marshal_plan'), 0);
  t.clock.advance(1);
  assert.equal(await purge('marshal_plan'), 1);
  const left = await t.db.selectFrom('marshalPlan').select('id').execute();
  assert.deepEqual(
    left.map((p) => p.id),
    [later.planId],
  );
  assert.equal((await t.db.selectFrom('marshalPost').select('id').where('planId', '=', early.planId).execute()).length, 0);
  assert.equal((await t.db.selectFrom('marshalAssignment').select('id').where('planId', '=', early.planId).execute()).length, 0);
  assert.deepEqual(await phones(), [], "by then the later march's number is long gone too");
});
