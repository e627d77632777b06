import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { trackerActionInput } from './action-input';
import type { Action, ActionInput, ActionMap, ActionPage } from './contract';
import { DEMO_ACTIONS, seedDemoActions } from './demo';
import { BLANK_ACTION, clearActions, json, totals } from './test-helpers';

let t: TestApp;
let organiser: string;
before(async () => {
  t = await createTestApp();
  organiser = (await t.signIn({ roles: ['organiser'] })).cookie;
});
after(() => t.close());

const place = (city: string, state: string, lat: number | null = null, lng: number | null = null) => ({
  address: null,
  city,
  state,
  zip: null,
  lat,
  lng,
});

const base: ActionInput = BLANK_ACTION;

async function create(input: Partial<ActionInput>): Promise<Action> {
  return json<Action>(await t.call('POST', '/api/tracker/actions', { cookie: organiser, body: { ...base, ...input } }), 201);
}

const page = async (query: string) => json<ActionPage>(await t.call('GET', `/api/tracker/actions${query}`), 200);
const employers = async (query: string) => (await page(query)).actions.map((a) => a.employer).sort();

test('totals count actions, distinct cities however typed, known participants, and unknowns apart', async () => {
  await clearActions(t);
  await create({ employer: 'A', participants: 100, locations: [place('Minneapolis', 'MN'), place('Saint Paul', 'Minnesota')] });
  await create({ employer: 'B', participants: 250, locations: [place(' minneapolis ', 'Minnesota'), place('St. Paul', 'MN')] });
  await create({ employer: 'C', participants: null, locations: [place('Minneapolis', 'Kansas')] });
  await create({ employer: 'D', participants: null, locations: [] });
  assert.deepEqual(await totals(t), { actions: 4, cities: 3, knownParticipants: 350, unknownParticipants: 2 });
  assert.deepEqual(await totals(t, '?state=Kansas'), { actions: 1, cities: 1, knownParticipants: 0, unknownParticipants: 1 });
  assert.deepEqual(await totals(t, '?city=st%20paul&state=mn'), { actions: 2, cities: 2, knownParticipants: 350, unknownParticipants: 0 });
});

test('filters by date range (overlapping), place, kind, demand text and verification; pages newest first', async () => {
  await clearActions(t);
  await create({ employer: 'Early', startDate: '2026-01-10', endDate: '2026-01-20', kind: 'walkout', demands: ['Pay 100% on time'] });
  await create({ employer: 'Long', startDate: '2026-01-01', endDate: '2026-02-28', kind: 'strike', demands: ['Staffing'] });
  const late = await create({
    employer: 'Late',
    startDate: '2026-01-30',
    kind: 'closure',
    demands: ['ICE out'],
    locations: [place('Duluth', 'Minnesota')],
  });
  await create({ employer: 'Single', startDate: '2026-01-23', kind: 'strike', demands: ['ICE OUT of Minnesota'] });

  assert.deepEqual(await employers('?from=2026-01-21&to=2026-01-29'), ['Long', 'Single']);
  assert.deepEqual(await employers('?from=2026-01-20'), ['Early', 'Late', 'Long', 'Single']);
  assert.deepEqual(await employers('?to=2026-01-09'), ['Long']);
  assert.deepEqual(await employers('?kind=strike'), ['Long', 'Single']);
  assert.deepEqual(await employers('?demand=ice%20out'), ['Late', 'Single']);
  assert.deepEqual(await employers('?demand=100%25'), ['Early'], 'a % in the text is matched literally');
  assert.deepEqual(await employers('?demand=_'), [], 'so is _');
  assert.deepEqual(await employers('?city=DULUTH&state=MN'), ['Late']);
  await json(await t.call('PUT', `/api/tracker/actions/${late.id}/verified`, { cookie: organiser, body: { verified: true } }), 200);
  assert.deepEqual(await employers('?verified=true'), ['Late']);
  assert.deepEqual(await employers('?verified=false'), ['Early', 'Long', 'Single']);

  const first = await page('?limit=2');
  assert.equal(first.total, 4);
  assert.deepEqual(
    first.actions.map((a) => a.employer),
    ['Late', 'Single'],
  );
  const second = await page('?limit=2&offset=2');
  assert.deepEqual(
    second.actions.map((a) => a.employer),
    ['Early', 'Long'],
  );
  assert.deepEqual(
    late.locations.map((l) => l.city),
    ['Duluth'],
  );
  assert.deepEqual((await page('?city=Duluth')).actions[0]?.places, [{ city: 'Duluth', state: 'Minnesota' }]);
});

test('the map answers cells sized for the zoom, within the view, and counts actions with no point', async () => {
  await clearActions(t);
  const mpls = (lat: number, lng: number) => [place('Minneapolis', 'Minnesota', lat, lng)];
  await create({ employer: 'One', locations: mpls(44.97, -93.26) });
  await create({
    employer: 'Two',
    locations: [place('Minneapolis', 'Minnesota', 44.98, -93.27), place('St. Paul', 'Minnesota', 44.95, -93.09)],
  });
  await create({ employer: 'Far', locations: [place('Boston', 'Massachusetts', 42.36, -71.06)] });
  await create({ employer: 'Nowhere', locations: [place('Fargo', 'North Dakota')] });
  const map = async (query: string) => json<ActionMap>(await t.call('GET', `/api/tracker/map${query}`), 200);

  const national = await map('?zoom=3');
  assert.equal(national.unlocated, 1);
  assert.deepEqual(national.points.map((p) => p.actions).sort(), [1, 2], 'the Twin Cities are one cell of two actions, Boston another');
  const local = await map('?zoom=12');
  assert.deepEqual(local.points.map((p) => p.actions).sort(), [1, 1, 1, 1], 'zoomed in, every place apart');
  const view = await map('?zoom=12&west=-94&south=44&east=-93&north=45.5');
  assert.equal(view.points.length, 3, 'Boston is outside the view');
  assert.equal((await map('?zoom=3&kind=walkout')).points.length, 0);
});

test('organisers add, edit, verify and delete; an ID is unique; the public reads', async () => {
  await clearActions(t);
  const made = await create({ employer: 'Hand Entered', locations: [place('Minneapolis', 'MN', 44.9, -93.2)], sources: ['A neighbour'] });
  assert.equal(made.externalId, made.id, 'without an ID the action is its own ID');
  assert.equal(made.verified, false);
  assert.deepEqual(await json<Action>(await t.call('GET', `/api/tracker/actions/${made.id}`), 200), made);

  const other = await create({ externalId: 'ILR-9', employer: 'Other' });
  const clash = await t.call('POST', '/api/tracker/actions', { cookie: organiser, body: { ...base, externalId: 'ILR-9' } });
  assert.equal((await json<{ error: { code: string; field: string } }>(clash, 409)).error.code, 'tracker_external_id_taken');
  const editClash = await t.call('PUT', `/api/tracker/actions/${made.id}`, { cookie: organiser, body: { ...base, externalId: 'ILR-9' } });
  assert.equal(editClash.status, 409);

  t.clock.advance(1000);
  const edited = await json<Action>(
    await t.call('PUT', `/api/tracker/actions/${made.id}`, {
      cookie: organiser,
      body: { ...base, employer: 'Hand Entered', participants: 40, durationUnit: 'Days', locations: [place('Duluth', 'MN')] },
    }),
    200,
  );
  assert.equal(edited.externalId, made.id, 'the ID stays when the edit leaves it out');
  assert.deepEqual(
    [edited.participants, edited.durationUnit, edited.locations.map((l) => l.city), edited.sources],
    [40, 'days', ['Duluth'], []],
  );
  assert.equal(edited.updatedAt, made.updatedAt + 1000);

  const verified = await json<Action>(
    await t.call('PUT', `/api/tracker/actions/${made.id}/verified`, { cookie: organiser, body: { verified: true } }),
    200,
  );
  assert.equal(verified.verified, true);
  assert.equal((await t.call('DELETE', `/api/tracker/actions/${other.id}`, { cookie: organiser })).status, 200);
  assert.equal((await t.call('GET', `/api/tracker/actions/${other.id}`)).status, 404);
  assert.equal((await t.call('DELETE', `/api/tracker/actions/${other.id}`, { cookie: organiser })).status, 404);
  const orphans = await t.db.selectFrom('actionLocation').select('actionId').where('actionId', '=', other.id).execute();
  assert.deepEqual(orphans, []);

  const member = (await t.signIn()).cookie;
  assert.equal((await t.call('POST', '/api/tracker/actions', { cookie: member, body: base })).status, 403);
  assert.equal((await t.call('DELETE', `/api/tracker/actions/${made.id}`)).status, 401);
});

test('bad input is refused with the field named and nothing written', async () => {
  await clearActions(t);
  const refused = async (input: Partial<ActionInput>, field: string) => {
    const res = await t.call('POST', '/api/tracker/actions', { cookie: organiser, body: { ...base, ...input } });
    assert.equal((await json<{ error: { field: string } }>(res, 400)).error.field, field, JSON.stringify(input));
  };
  await refused({ endDate: '2026-01-01' }, 'endDate');
  await refused({ participants: 0 }, 'participants');
  await refused({ locations: [place('Minneapolis', 'MN', 44.9, -93.2), place('Duluth', 'MN')] }, 'locations');
  await refused({ locations: [place('Minneapolis; St. Paul', 'MN')] }, 'locations.0.city');
  await refused({ demands: ['Pay', 'Pay'] }, 'demands');
  await refused({ kind: 'riot' as never }, 'kind');
  await refused({ startDate: '2026-02-30' }, 'startDate');
  assert.equal((await t.call('GET', '/api/tracker/actions?colour=red')).status, 400, 'unknown filters are refused, not ignored');
  assert.equal((await t.call('GET', '/api/tracker/totals?from=yesterday')).status, 400);
  assert.equal((await t.call('GET', '/api/tracker/actions?limit=1000')).status, 400);
  assert.deepEqual(await totals(t), { actions: 0, cities: 0, knownParticipants: 0, unknownParticipants: 0 });
});

test('the demo has about thirty actions, each a valid action, clearly marked demo; seeding twice adds nothing', async () => {
  await clearActions(t);
  for (const action of DEMO_ACTIONS) assert.ok(trackerActionInput.safeParse(action).success, action.externalId);
  await seedDemoActions(t.ctx);
  await seedDemoActions(t.ctx);
  const all = (await page('?limit=100')).actions;
  assert.equal(all.length, DEMO_ACTIONS.length);
  assert.ok(all.every((a) => a.demo && a.employer.endsWith('(demo)')));
  assert.equal(all.filter((a) => !a.verified).length, 2);
  const jan23 = await totals(t, '?from=2026-01-23&to=2026-01-23&state=MN');
  assert.equal(jan23.actions, 14);
  assert.ok(jan23.unknownParticipants > 0);
});
