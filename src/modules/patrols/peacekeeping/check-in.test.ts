import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { HOUR, MINUTE } from '../../../core/clock';
import { createTestApp, type TestApp } from '../../../test-support/test-app';
import type { Board, MyPost } from './contract';
import { assign, type Member, marchWithPlan, myPostAt, ok, post, qualify, refusal } from './test-helpers';

let t: TestApp;
let organiser: Member;
before(async () => {
  t = await createTestApp();
  organiser = await t.signIn({ roles: ['organiser'] });
});
after(() => t.close());

async function peacekeeper(name: string) {
  const m = await t.signIn({ displayName: name });
  await qualify(t, m.id);
  return m;
}
const check = (m: Member, assignmentId: string, direction: 'in' | 'out') =>
  t.call('POST', `/api/marshals/mine/${assignmentId}/check-${direction}`, { cookie: m.cookie });

test('a marshal sees their post, instructions, channel and lead; checks in only from 2 h before to 2 h after the march', async () => {
  const start = t.clock.now();
  const { event, postIds } = await marchWithPlan(t, organiser, [post({ label: 'Lake St & Chicago Ave crossing', needed: 2 })]);
  const [lead, kou] = [await peacekeeper('Pa Lead'), await peacekeeper('Kou')];
  await ok(assign(t, organiser, postIds[0], lead.id), 201);
  await ok(assign(t, organiser, postIds[0], kou.id), 201);
  const leadId = (await myPostAt(t, lead, event.id)).assignmentId;
  await ok(t.call('POST', `/api/marshals/assignments/${leadId}/lead`, { cookie: organiser.cookie, body: { lead: true } }));

  const mine = await myPostAt(t, kou, event.id);
  assert.deepEqual(mine.post, {
    kind: 'crossing',
    label: 'Lake St & Chicago Ave crossing',
    instructions: 'Hold the crossing until the tail has passed.',
    radioChannel: 'Channel 3',
    position: 1,
    postsInPlan: 1,
    point: { lat: 44.9484, lng: -93.2625 },
  });
  assert.deepEqual(mine.lead, { name: 'Pa Lead', you: false });
  assert.deepEqual((await myPostAt(t, lead, event.id)).lead, { name: 'Pa Lead', you: true });
  assert.deepEqual(mine.checkIn, { opensAt: event.startsAt - 2 * HOUR, closesAt: event.endsAt + 2 * HOUR, open: false });

  t.clock.set(event.startsAt - 2 * HOUR - 1);
  assert.deepEqual(await refusal(check(kou, mine.assignmentId, 'in')), {
    status: 409,
    code: 'marshal_check_in_closed',
    message: 'Marshals check in from 2 hours before the event until 2 hours after it ends.',
    field: undefined,
  });
  t.clock.set(event.startsAt - 2 * HOUR);
  const inNow = await ok<MyPost>(check(kou, mine.assignmentId, 'in'));
  assert.equal(inNow.checkedInAt, event.startsAt - 2 * HOUR);
  assert.equal(inNow.checkIn.open, true);

  t.clock.set(event.endsAt + 2 * HOUR);
  const out = await ok<MyPost>(check(kou, mine.assignmentId, 'out'));
  assert.equal(out.checkedOutAt, event.endsAt + 2 * HOUR);
  t.clock.advance(1);
  assert.equal((await refusal(check(kou, mine.assignmentId, 'in'))).code, 'marshal_check_in_closed');
  assert.equal((await refusal(check(kou, mine.assignmentId, 'out'))).code, 'marshal_check_in_closed');
  const gone = await ok<{ posts: MyPost[] }>(t.call('GET', '/api/marshals/mine', { cookie: kou.cookie }));
  assert.ok(!gone.posts.some((p) => p.event.id === event.id), 'past posts leave "My marshal posts" once check-in has closed');
  t.clock.set(start);
});

test("nobody checks in at someone else's post: it is not found", async () => {
  const { event, postIds } = await marchWithPlan(t, organiser);
  const kou = await peacekeeper('Kou again');
  const other = await peacekeeper('Other');
  await ok(assign(t, organiser, postIds[0], kou.id), 201);
  const mine = await myPostAt(t, kou, event.id);
  const start = t.clock.now();
  t.clock.set(event.startsAt);
  assert.equal((await refusal(check(other, mine.assignmentId, 'in'))).status, 404);
  assert.equal((await refusal(check(organiser, mine.assignmentId, 'in'))).status, 404);
  assert.equal(
    (await refusal(t.call('PUT', `/api/marshals/mine/${mine.assignmentId}/phone`, { cookie: other.cookie, body: { phone: '1' } }))).status,
    404,
  );
  t.clock.set(start);
});

test('the board: needed / assigned / checked in per post, red / amber / green, and who is missing', async () => {
  const start = t.clock.now();
  const { event, postIds } = await marchWithPlan(t, organiser, [
    post({ label: 'Entrance', kind: 'entrance', needed: 2 }),
    post({ label: 'Crossing', needed: 2 }),
    post({ label: 'Tail', kind: 'route_segment', needed: 1 }),
  ]);
  const names = ['Ana', 'Bo', 'Cy', 'Dee'];
  const [ana, bo, cy, dee] = await Promise.all(names.map((n) => peacekeeper(n)));
  for (const [m, p] of [
    [ana, 0],
    [bo, 0],
    [cy, 1],
    [dee, 2],
  ] as const)
    await ok(assign(t, organiser, postIds[p], m.id), 201);

  const board = () => ok<Board>(t.call('GET', `/api/marshals/events/${event.id}/board`, { cookie: organiser.cookie }));
  const summary = (b: Board) => b.posts.map((p) => [p.label, p.needed, p.assigned, p.checkedIn, p.status, p.missing.join(',')]);
  assert.deepEqual(summary(await board()), [
    ['Entrance', 2, 2, 0, 'red', 'Ana,Bo'],
    ['Crossing', 2, 1, 0, 'red', 'Cy'],
    ['Tail', 1, 1, 0, 'red', 'Dee'],
  ]);

  t.clock.set(event.startsAt - 30 * MINUTE);
  for (const m of [ana, bo, cy, dee]) await ok(check(m, (await myPostAt(t, m, event.id)).assignmentId, 'in'));
  await ok(check(dee, (await myPostAt(t, dee, event.id)).assignmentId, 'out'));
  const b = await board();
  assert.deepEqual(summary(b), [
    ['Entrance', 2, 2, 2, 'green', ''],
    ['Crossing', 2, 1, 1, 'amber', ''],
    ['Tail', 1, 1, 0, 'red', 'Dee'],
  ]);
  assert.deepEqual(b.posts[0].here, ['Ana', 'Bo']);
  assert.deepEqual(
    { assigned: b.figures.assigned, checkedIn: b.figures.checkedIn, requested: b.figures.requested },
    {
      assigned: 4,
      checkedIn: 3,
      requested: 5,
    },
  );
  assert.equal(b.at, t.clock.now());
  t.clock.set(start);
});
