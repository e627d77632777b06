import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DAY, HOUR } from '../../../core/clock';
import { createTestApp, type TestApp } from '../../../test-support/test-app';
import type { Candidates, PlanView } from './contract';
import { assign, type Member, marchWithPlan, ok, post, qualify, refusal } from './test-helpers';

let t: TestApp;
let organiser: Member;
before(async () => {
  t = await createTestApp();
  organiser = await t.signIn({ roles: ['organiser'] });
});
after(() => t.close());

async function peacekeeper(name: string, expiresAt?: number) {
  const m = await t.signIn({ displayName: name });
  await qualify(t, m.id, expiresAt);
  return m;
}

test('members without a valid peacekeeper qualification are refused with a clear message', async () => {
  const { event, postIds } = await marchWithPlan(t, organiser);
  const never = await t.signIn({ displayName: 'Never trained' });
  assert.deepEqual(await refusal(assign(t, organiser, postIds[0], never.id)), {
    status: 403,
    code: 'qualification_required',
    message: 'This needs a valid peacekeeper qualification. Take the training first.',
    field: 'memberId',
  });

  const otherKind = await t.signIn({ displayName: 'Legal observer only' });
  await qualify(t, otherKind.id, undefined, 'legal_observer');
  assert.equal((await refusal(assign(t, organiser, postIds[0], otherKind.id))).code, 'qualification_required');

  // Valid today, but it lapses an hour into the march.
  const lapsing = await peacekeeper('Lapsing', event.startsAt + HOUR);
  const expired = await refusal(assign(t, organiser, postIds[0], lapsing.id));
  assert.equal(expired.status, 403);
  assert.equal(expired.code, 'qualification_expired');
  assert.match(expired.message, /peacekeeper qualification expires before then/);

  const unvouched = await t.signIn({ displayName: 'Unvouched', trusted: false });
  await qualify(t, unvouched.id);
  assert.equal((await refusal(assign(t, organiser, postIds[0], unvouched.id))).status, 404, 'only active, vouched members');
  assert.equal((await t.db.selectFrom('marshalAssignment').select('id').execute()).length, 0);
});

test('candidates: active members with a peacekeeper qualification at the event, with its expiry and their post', async () => {
  const { event, postIds } = await marchWithPlan(t, organiser);
  const ana = await peacekeeper('Ana candidate');
  await peacekeeper('Bo candidate', event.startsAt + HOUR);
  await peacekeeper('Gone before', event.startsAt - HOUR);
  await t.signIn({ displayName: 'Cy untrained' });
  await ok(assign(t, organiser, postIds[0], ana.id), 201);

  const { candidates } = await ok<Candidates>(t.call('GET', `/api/marshals/events/${event.id}/candidates`, { cookie: organiser.cookie }));
  const listed = candidates.filter((c) => c.name.endsWith('candidate') || c.name.startsWith('Gone') || c.name.startsWith('Cy'));
  assert.deepEqual(
    listed.map((c) => [c.name, c.qualifiedForEvent, c.postId]),
    [
      ['Ana candidate', true, postIds[0]],
      ['Bo candidate', false, null],
    ],
  );
  assert.equal(listed[1].qualifiedUntil, event.startsAt + HOUR);
});

test('one post per person per event: a second assignment is refused, also when both are asked at once', async () => {
  const { postIds } = await marchWithPlan(t, organiser, [post({ label: 'North', needed: 5 }), post({ label: 'South', needed: 5 })]);
  const kou = await peacekeeper('Kou');
  await ok(assign(t, organiser, postIds[0], kou.id), 201);
  assert.deepEqual(await refusal(assign(t, organiser, postIds[1], kou.id)), {
    status: 409,
    code: 'marshal_already_assigned',
    message: 'This person already has a post at this event: one post per person.',
    field: 'memberId',
  });
  assert.equal((await refusal(assign(t, organiser, postIds[0], kou.id))).code, 'marshal_already_assigned');

  const mai = await peacekeeper('Mai');
  const second = await t.signIn({ roles: ['organiser'] });
  const results = await Promise.all(
    Array.from({ length: 10 }, async (_, i) => (await assign(t, i % 2 ? second : organiser, postIds[i % 2], mai.id)).status),
  );
  assert.equal(results.filter((s) => s === 201).length, 1, String(results));
  assert.equal(results.filter((s) => s === 409).length, 9, String(results));
  const rows = await t.db.selectFrom('marshalAssignment').select('postId').where('memberId', '=', mai.id).execute();
  assert.equal(rows.length, 1);
});

test('the database itself refuses a second post for the same person at the same event, and a second lead', async () => {
  const { planId, postIds } = await marchWithPlan(t, organiser, [post({ needed: 3 }), post({ needed: 3 })]);
  const [a, b] = [await peacekeeper('Raw A'), await peacekeeper('Raw B')];
  const row = (id: string, postId: string, memberId: string, lead = 0) => ({
    id,
    planId,
    postId,
    memberId,
    lead,
    phone: null,
    assignedAt: t.clock.now(),
    assignedBy: null,
    checkedInAt: null,
    checkedOutAt: null,
  });
  await t.db
    .insertInto('marshalAssignment')
    .values(row(`${planId}-a`, postIds[0], a.id, 1))
    .execute();
  await assert.rejects(
    t.db
      .insertInto('marshalAssignment')
      .values(row(`${planId}-a2`, postIds[1], a.id))
      .execute(),
  );
  await assert.rejects(
    t.db
      .insertInto('marshalAssignment')
      .values(row(`${planId}-b`, postIds[0], b.id, 1))
      .execute(),
  );
});

test('a post takes as many marshals as it needs, exactly, when many are assigned at once', async () => {
  const { postIds } = await marchWithPlan(t, organiser, [post({ needed: 3 })]);
  const marshals = await Promise.all(Array.from({ length: 12 }, (_, i) => peacekeeper(`Many ${i}`)));
  const results = await Promise.all(marshals.map((m) => assign(t, organiser, postIds[0], m.id)));
  const statuses = results.map((r) => r.status);
  assert.equal(statuses.filter((s) => s === 201).length, 3, String(statuses));
  const refused = await Promise.all(results.filter((r) => r.status !== 201).map((r) => refusal(r)));
  assert.ok(refused.every((r) => r.status === 409 && r.code === 'marshal_post_full'));
  assert.equal((await t.db.selectFrom('marshalAssignment').select('id').where('postId', '=', postIds[0]).execute()).length, 3);
});

test('a lead per post: making another marshal lead steps the first down; freeing a marshal frees their place', async () => {
  const { event, postIds } = await marchWithPlan(t, organiser, [post({ needed: 2 })]);
  const [first, next] = [await peacekeeper('Lead one'), await peacekeeper('Lead two')];
  await ok(assign(t, organiser, postIds[0], first.id), 201);
  let view = await ok<PlanView>(assign(t, organiser, postIds[0], next.id), 201);
  const idOf = (v: PlanView, memberId: string) => v.posts[0].marshals.find((m) => m.memberId === memberId)?.assignmentId ?? '';
  const lead = (v: PlanView) => v.posts[0].marshals.filter((m) => m.lead).map((m) => m.name);
  const makeLead = (id: string, value: boolean) =>
    ok<PlanView>(t.call('POST', `/api/marshals/assignments/${id}/lead`, { cookie: organiser.cookie, body: { lead: value } }));
  view = await makeLead(idOf(view, first.id), true);
  assert.deepEqual(lead(view), ['Lead one']);
  view = await makeLead(idOf(view, next.id), true);
  assert.deepEqual(lead(view), ['Lead two']);
  assert.equal(view.posts[0].marshals[0].name, 'Lead two', 'the lead is listed first');
  view = await makeLead(idOf(view, next.id), false);
  assert.deepEqual(lead(view), []);

  view = await ok<PlanView>(t.call('POST', `/api/marshals/assignments/${idOf(view, first.id)}/remove`, { cookie: organiser.cookie }));
  assert.deepEqual(
    view.posts[0].marshals.map((m) => m.name),
    ['Lead two'],
  );
  assert.equal(view.figures.assigned, 1);
  const third = await peacekeeper('Third');
  await ok(assign(t, organiser, postIds[0], third.id), 201);
  assert.equal((await ok<PlanView>(t.call('GET', `/api/marshals/events/${event.id}`, { cookie: organiser.cookie }))).figures.assigned, 2);
});

test('assignments to a post of an event already over are refused', async () => {
  const { postIds } = await marchWithPlan(t, organiser, [post()], { startsAt: t.clock.now() + HOUR, hours: 1 });
  const late = await peacekeeper('Late', t.clock.now() + 400 * DAY);
  t.clock.advance(3 * HOUR);
  try {
    assert.equal((await refusal(assign(t, organiser, postIds[0], late.id))).code, 'event_over');
  } finally {
    t.clock.advance(-3 * HOUR);
  }
});
