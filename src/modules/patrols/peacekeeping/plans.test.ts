import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DAY, HOUR } from '../../../core/clock';
import { createTestApp, type TestApp } from '../../../test-support/test-app';
import type { PlanList, PlanView } from './contract';
import { assign, createMarch, type Member, marchWithPlan, ok, post, qualify, refusal } from './test-helpers';

let t: TestApp;
let organiser: Member;
before(async () => {
  t = await createTestApp();
  organiser = await t.signIn({ roles: ['organiser'] });
});
after(() => t.close());

const put = (eventId: string, body: unknown) => t.call('PUT', `/api/marshals/events/${eventId}`, { cookie: organiser.cookie, body });
const get = (eventId: string) => ok<PlanView>(t.call('GET', `/api/marshals/events/${eventId}`, { cookie: organiser.cookie }));

test('an organiser makes a plan for a march: crowd, ratio (50 by default), contact lines; saving again changes it', async () => {
  const march = await createMarch(t, organiser);
  const before = await get(march.id);
  assert.equal(before.plan, null, 'no plan until one is made');
  assert.equal(before.event.title, 'March for our neighbours');
  assert.equal(before.editable, true);

  const made = await ok<PlanView>(put(march.id, { expectedCrowd: 1200 }));
  assert.deepEqual(
    { crowd: made.plan?.expectedCrowd, ratio: made.plan?.ratio, lines: made.plan?.contactLines },
    { crowd: 1200, ratio: 50, lines: [] },
  );
  assert.equal(made.figures.recommended, 24);
  assert.equal(made.figures.short, 24);

  const changed = await ok<PlanView>(
    put(march.id, { expectedCrowd: 1200, ratio: 40, contactLines: ['  Legal hotline 612-555-0142 ', 'Medic lead: channel 4'] }),
  );
  assert.equal(changed.plan?.id, made.plan?.id, 'one plan per event');
  assert.deepEqual(changed.plan?.contactLines, ['Legal hotline 612-555-0142', 'Medic lead: channel 4']);
  assert.equal(changed.figures.recommended, 30);
  assert.equal((await t.db.selectFrom('marshalPlan').select('id').where('eventId', '=', march.id).execute()).length, 1);
});

test('bad plans are refused with the field named, and nothing is written', async () => {
  const march = await createMarch(t, organiser);
  for (const [body, field] of [
    [{ expectedCrowd: -1 }, 'expectedCrowd'],
    [{ expectedCrowd: 100, ratio: 1 }, 'ratio'],
    [{ expectedCrowd: 100, contactLines: ['x'.repeat(201)] }, 'contactLines.0'],
    [{ expectedCrowd: 100, contactLines: Array.from({ length: 21 }, () => 'line') }, 'contactLines'],
  ] as const) {
    const r = await refusal(put(march.id, body));
    assert.deepEqual([r.status, r.code, r.field], [400, 'invalid_input', field], JSON.stringify(body));
  }
  assert.equal((await get(march.id)).plan, null);
  assert.equal((await refusal(put('00000000-0000-7000-8000-000000000000', { expectedCrowd: 5 }))).status, 404);
});

test('posts: added in route order, edited, moved up and down, removed (positions close up); a post with marshals stays', async () => {
  const { planId, postIds, event } = await marchWithPlan(t, organiser, [
    post({ label: 'Park entrance', kind: 'entrance', needed: 3 }),
    post({ label: '35th & Chicago crossing' }),
    post({ label: 'Lake St segment', kind: 'route_segment', needed: 4, point: null }),
  ]);
  let view = await get(event.id);
  assert.deepEqual(
    view.posts.map((p) => [p.position, p.label]),
    [
      [1, 'Park entrance'],
      [2, '35th & Chicago crossing'],
      [3, 'Lake St segment'],
    ],
  );
  assert.equal(view.figures.requested, 9);
  assert.equal(view.figures.postsBelowRatio, 7, 'the ratio recommends 16');
  assert.deepEqual(view.posts[1].point, { lat: 44.9484, lng: -93.2625 });

  view = await ok<PlanView>(
    t.call('POST', `/api/marshals/posts/${postIds[2]}/move`, { cookie: organiser.cookie, body: { direction: 'up' } }),
  );
  assert.deepEqual(
    view.posts.map((p) => p.label),
    ['Park entrance', 'Lake St segment', '35th & Chicago crossing'],
  );
  view = await ok<PlanView>(
    t.call('POST', `/api/marshals/posts/${postIds[0]}/move`, { cookie: organiser.cookie, body: { direction: 'up' } }),
  );
  assert.equal(view.posts[0].label, 'Park entrance', 'the first post cannot move further up');

  const edited = post({
    label: 'Lake St, Chicago to Bloomington',
    kind: 'route_segment',
    needed: 5,
    radioChannel: 'Channel 5',
    point: null,
  });
  view = await ok<PlanView>(t.call('PUT', `/api/marshals/posts/${postIds[2]}`, { cookie: organiser.cookie, body: edited }));
  const lake = view.posts.find((p) => p.id === postIds[2]);
  assert.deepEqual([lake?.label, lake?.needed, lake?.radioChannel, lake?.position], ['Lake St, Chicago to Bloomington', 5, 'Channel 5', 2]);

  for (const name of ['Kou', 'Mai']) {
    const marshal = await t.signIn({ displayName: name });
    await qualify(t, marshal.id);
    await ok(assign(t, organiser, postIds[1], marshal.id), 201);
  }
  assert.deepEqual(await refusal(t.call('POST', `/api/marshals/posts/${postIds[1]}/remove`, { cookie: organiser.cookie })), {
    status: 409,
    code: 'post_has_marshals',
    message: 'Free the marshals assigned to this post first.',
    field: undefined,
  });
  const tooFew = await refusal(t.call('PUT', `/api/marshals/posts/${postIds[1]}`, { cookie: organiser.cookie, body: post({ needed: 1 }) }));
  assert.equal(tooFew.code, 'needed_below_assigned');
  assert.equal(tooFew.field, 'needed');

  view = await ok<PlanView>(t.call('POST', `/api/marshals/posts/${postIds[0]}/remove`, { cookie: organiser.cookie }));
  assert.deepEqual(
    view.posts.map((p) => [p.position, p.id]),
    [
      [1, postIds[2]],
      [2, postIds[1]],
    ],
  );
  assert.equal(view.plan?.id, planId);
});

test('bad posts are refused with the field named', async () => {
  const { planId } = await marchWithPlan(t, organiser, []);
  for (const [body, field] of [
    [post({ needed: 0 }), 'needed'],
    [post({ label: ' ' }), 'label'],
    [{ ...post(), kind: 'roof' }, 'kind'],
    [post({ point: { lat: 95, lng: 0 } }), 'point.lat'],
    [post({ radioChannel: 'c'.repeat(41) }), 'radioChannel'],
  ] as const) {
    const r = await refusal(t.call('POST', `/api/marshals/plans/${planId}/posts`, { cookie: organiser.cookie, body }));
    assert.deepEqual([r.status, r.code, r.field], [400, 'invalid_input', field], JSON.stringify(body));
  }
  assert.equal((await t.db.selectFrom('marshalPost').select('id').where('planId', '=', planId).execute()).length, 0);
});

test('once the event is over, or cancelled, the plan is kept as it was: changes are refused', async () => {
  const soon = await marchWithPlan(t, organiser, [post()], { startsAt: t.clock.now() + HOUR, hours: 2 });
  const cancelled = await marchWithPlan(t, organiser, [post()]);
  await ok(t.call('POST', `/api/events/${cancelled.event.id}/cancel`, { cookie: organiser.cookie }));
  assert.equal((await refusal(put(cancelled.event.id, { expectedCrowd: 10 }))).code, 'event_cancelled');
  assert.equal((await get(cancelled.event.id)).editable, false);

  t.clock.advance(3 * HOUR);
  try {
    assert.equal((await refusal(put(soon.event.id, { expectedCrowd: 10 }))).code, 'event_over');
    const add = await refusal(t.call('POST', `/api/marshals/plans/${soon.planId}/posts`, { cookie: organiser.cookie, body: post() }));
    assert.equal(add.code, 'event_over');
    assert.equal(
      (await refusal(t.call('POST', `/api/marshals/posts/${soon.postIds[0]}/remove`, { cookie: organiser.cookie }))).code,
      'event_over',
    );
    assert.equal((await get(soon.event.id)).editable, false);
  } finally {
    t.clock.advance(-3 * HOUR);
  }
});

test('the list: upcoming events with plans and how staffed, and marches without a plan (not trainings)', async () => {
  const planned = await marchWithPlan(t, organiser, [post({ needed: 3 })], { startsAt: t.clock.now() + 5 * DAY });
  const unplanned = await createMarch(t, organiser, { startsAt: t.clock.now() + 6 * DAY });
  const training = await createMarch(t, organiser, { startsAt: t.clock.now() + 6 * DAY, kind: 'training' });
  const list = await ok<PlanList>(t.call('GET', '/api/marshals/plans', { cookie: organiser.cookie }));
  const mine = list.plans.find((p) => p.event.id === planned.event.id);
  assert.deepEqual(mine?.figures, { recommended: 16, requested: 3, assigned: 0, checkedIn: 0, short: 16, postsBelowRatio: 13 });
  assert.ok(list.unplanned.some((e) => e.id === unplanned.id));
  assert.ok(!list.unplanned.some((e) => e.id === training.id));
  assert.ok(!list.unplanned.some((e) => e.id === planned.event.id));
});
