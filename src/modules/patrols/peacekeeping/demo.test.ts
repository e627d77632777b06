import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createDemoTestApp, type DemoTestApp } from '../../../test-support/test-app';
import { seedDemoEvents } from '../../events/demo';
import { seedDemoOrgs } from '../../orgs/demo';
import type { Candidates, MyPosts, PlanList, PlanView, Sheet } from './contract';
import { seedDemoPeacekeeping } from './demo';

let t: DemoTestApp;
before(async () => {
  t = await createDemoTestApp();
  await seedDemoOrgs(t.ctx);
  await seedDemoEvents(t.ctx);
});
after(() => t.close());

const as = (name: string) => t.as(name);
const get = async <T>(path: string, cookie: string) => {
  const res = await t.call('GET', path, { cookie });
  assert.equal(res.status, 200, await res.clone().text());
  return (await res.json()) as T;
};

test('the demo march has a plan: five posts in route order, a ratio short of posts, two leads, one number; Hodan is free', async () => {
  await seedDemoPeacekeeping(t.ctx);
  await seedDemoPeacekeeping(t.ctx);
  const ayaan = await as('Ayaan');
  const { plans } = await get<PlanList>('/api/marshals/plans', ayaan);
  assert.equal(plans.length, 1);
  assert.equal(plans[0].event.title, 'March for our neighbours (demo)');
  assert.deepEqual(plans[0].figures, { recommended: 16, requested: 14, assigned: 2, checkedIn: 0, short: 14, postsBelowRatio: 2 });

  const view = await get<PlanView>(`/api/marshals/events/${plans[0].event.id}`, ayaan);
  assert.equal(view.posts.length, 5);
  assert.deepEqual(
    view.posts.map((p) => p.marshals.map((m) => [m.name.split(' ')[0], m.lead])),
    [[['Marisol', true]], [], [], [['Grace', true]], []],
  );
  assert.equal(view.plan?.contactLines.length, 3);

  const sheet = await get<Sheet>(`/api/marshals/events/${plans[0].event.id}/sheet`, ayaan);
  assert.equal(sheet.posts[0].marshals[0].phone, '612-555-0117');

  const { candidates } = await get<Candidates>(`/api/marshals/events/${plans[0].event.id}/candidates`, ayaan);
  const free = candidates.filter((c) => c.qualifiedForEvent && !c.postId).map((c) => c.name);
  assert.ok(
    free.some((n) => n.startsWith('Hodan (demo')),
    free.join(),
  );

  const marisol = await get<MyPosts>('/api/marshals/mine', await as('Marisol'));
  assert.deepEqual(
    marisol.posts.map((p) => [p.post.label, p.lead?.you]),
    [['Powderhorn Park, south entrance (gathering point)', true]],
  );
  assert.equal((await t.db.selectFrom('marshalPlan').select('demo').executeTakeFirstOrThrow()).demo, 1);
});
