import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createDemoTestApp, type DemoTestApp } from '../../../test-support/test-app';
import { seedDemoAssemblies } from '../demo';
import type { DelegateBoard, DelegateElectionList } from './contract';
import { seedDemoDelegates } from './demo';
import { ok } from './test-helpers';

let t: DemoTestApp;
before(async () => {
  t = await createDemoTestApp();
});
after(() => t.close());

test('the demo: Grace sits for Cedar-Riverside with a mandate and a report; Phillips is electing its delegate', async () => {
  await seedDemoAssemblies(t.ctx);
  await seedDemoDelegates(t.ctx);
  const cookie = await t.as('Tou');
  const id = async (prefix: string) =>
    (await t.db.selectFrom('assembly').select('id').where('name', 'like', `${prefix}%`).executeTakeFirstOrThrow()).id;

  const board = await ok<DelegateBoard>(t.call('GET', `/api/assemblies/${await id('Minneapolis citywide')}/delegates`, { cookie }));
  const seats = board.memberAssemblies.map((m) => [m.assembly.name, m.seats, m.delegates.map((d) => d.member.name)]);
  assert.deepEqual(seats, [
    ['Cedar-Riverside neighbourhood assembly (demo)', 1, ['Grace (demo caseworker)']],
    ['Phillips neighbourhood assembly (demo)', 1, []],
  ]);
  const grace = board.memberAssemblies[0]?.delegates[0];
  assert.deepEqual(
    grace?.mandates.map((m) => [m.proposal.title, m.instruction]),
    [['Interpreters at every citywide meeting (demo)', 'yes']],
  );
  assert.ok(grace?.latestReport?.body.startsWith('First citywide meeting'));

  const phillips = await ok<DelegateElectionList>(t.call('GET', `/api/assemblies/${await id('Phillips')}/delegate-elections`, { cookie }));
  const [open] = phillips.elections;
  assert.deepEqual(
    [open?.phase, open?.candidates.map((c) => c.name.split(' ')[0]), open?.ballotsCast],
    ['open', ['Tou', 'Grace', 'Marisol'], 0],
  );
  await seedDemoDelegates(t.ctx);
  assert.equal((await t.db.selectFrom('assemblyDelegateElection').select('id').execute()).length, 2, 'seeding twice adds nothing');
  assert.equal((await t.db.selectFrom('election').select('id').where('demo', '=', 1).execute()).length, 2);
});
