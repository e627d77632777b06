import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { demoPrincipal, membersModule } from '../members';
import { listMyCases, readCase } from './cases-service';
import type { CaseList } from './contract';
import { seedDemoFamilies } from './demo';

let t: TestApp;
before(async () => {
  t = await createTestApp({ WHISTLE_DEMO: '1' });
  await membersModule.seedDemo?.(t.ctx);
});
after(() => t.close());

test('the demo gives Grace two cases with needs and notes, all saying demo; seeding twice adds nothing', async () => {
  await seedDemoFamilies(t.ctx);
  await seedDemoFamilies(t.ctx);
  const grace = await demoPrincipal(t.ctx, 'Grace');
  assert.ok(grace);
  const cases: CaseList['cases'] = await listMyCases(t.ctx, grace);
  assert.equal(cases.length, 2);
  for (const summary of cases) {
    const detail = await readCase(t.ctx, grace, summary.id);
    assert.ok(detail.demo && detail.needs.length >= 3 && detail.notes.length >= 1);
    for (const text of [
      detail.label,
      detail.contact,
      detail.household,
      ...detail.needs.map((n) => n.detail),
      ...detail.notes.map((n) => n.body),
    ])
      assert.match(text, /demo/, text);
  }
  assert.equal((await t.db.selectFrom('familyCase').select('id').execute()).length, 2);
});
