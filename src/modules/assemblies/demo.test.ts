import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createDemoTestApp, type DemoTestApp } from '../../test-support/test-app';
import type { Assembly, AssemblyList } from './contract';
import { seedDemoAssemblies } from './demo';
import { ok } from './test-helpers';

let t: DemoTestApp;
before(async () => {
  t = await createDemoTestApp();
});
after(() => t.close());

test('the demo: two neighbourhood assemblies under a citywide federation, each with a meeting, a proposal in discussion and a decision; Sam, not vouched for, is in none', async () => {
  await seedDemoAssemblies(t.ctx);
  await seedDemoAssemblies(t.ctx);
  const cookie = await t.as('Sam');
  const list = await ok<AssemblyList>(t.call('GET', '/api/assemblies', { cookie }));
  assert.deepEqual(
    list.assemblies.map((a) => [a.name, a.kind, a.parent?.name ?? null, a.myRole]),
    [
      ['Cedar-Riverside neighbourhood assembly (demo)', 'neighbourhood', 'Minneapolis citywide assembly (demo)', null],
      ['Minneapolis citywide assembly (demo)', 'federation', null, null],
      ['Phillips neighbourhood assembly (demo)', 'neighbourhood', 'Minneapolis citywide assembly (demo)', null],
    ],
    'seeding twice adds nothing',
  );
  for (const summary of list.assemblies.filter((a) => a.kind === 'neighbourhood')) {
    const assembly = await ok<Assembly>(t.call('GET', `/api/assemblies/${summary.id}`, { cookie }));
    assert.ok(assembly.zone, assembly.name);
    assert.equal(assembly.can.join, false, 'Sam, not yet vouched for, cannot join');
    assert.deepEqual(
      assembly.proposals.map((p) => p.status),
      ['discussion'],
    );
    assert.deepEqual(
      assembly.decisions.map((d) => d.outcome),
      ['passed'],
    );
    assert.deepEqual(
      assembly.meetings.map((m) => m.status),
      ['scheduled', 'closed'],
    );
  }
  const rows = await Promise.all(
    (['assembly', 'assemblyMeeting', 'assemblyProposal'] as const).map((table) => t.db.selectFrom(table).select('demo').execute()),
  );
  assert.ok(
    rows.every((r) => r.length > 0 && r.every((x) => x.demo === 1)),
    'every demo row is marked',
  );
});
