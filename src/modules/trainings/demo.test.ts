import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { QUALIFICATIONS } from '../../core/qualifications';
import { createDemoTestApp, type DemoTestApp } from '../../test-support/test-app';
import { demoPrincipal } from '../members';
import { ATTENDANCE_OPENS_BEFORE_MS, type Course } from './contract';
import { seedDemoTrainings } from './demo';
import { validQualificationsOf } from './qualifications-service';

let t: DemoTestApp;
before(async () => {
  t = await createDemoTestApp();
});
after(() => t.close());

test('the demo: a course per qualification, materials in four languages, sessions, and qualifications matching the roles', async () => {
  await seedDemoTrainings(t.ctx);
  await seedDemoTrainings(t.ctx);
  const courses = await t.db.selectFrom('trainingCourse').select(['qualification']).execute();
  assert.deepEqual(courses.map((c) => c.qualification).sort(), [...QUALIFICATIONS].sort(), 'one course each; seeding twice adds nothing');

  const id = async (name: string) => (await demoPrincipal(t.ctx, name))?.memberId ?? '';
  const [tou, marisol, sam, ayaan] = [await id('Tou'), await id('Marisol'), await id('Sam'), await id('Ayaan')];
  const held = await validQualificationsOf(t.db, [tou, marisol, sam], t.clock.now());
  assert.ok(
    held.get(tou)?.some((q) => q.kind === 'legal_observer'),
    'Tou, a responder, is a legal observer',
  );
  assert.ok(
    held.get(marisol)?.some((q) => q.kind === 'verifier'),
    'Marisol, a verifier, holds the verifier qualification',
  );
  assert.equal(held.get(sam), undefined, 'Sam holds none');

  const sessions = await t.db.selectFrom('trainingSession').selectAll().orderBy('startsAt').execute();
  const taught = await t.db.selectFrom('trainingTrainer').select('sessionId').where('memberId', '=', ayaan).execute();
  assert.ok(taught.length >= 1, 'Ayaan teaches');
  const first = sessions[0];
  assert.ok(first.startsAt - ATTENDANCE_OPENS_BEFORE_MS <= t.clock.now() && t.clock.now() < first.endsAt, 'attendance is open now');
  assert.ok(taught.some((s) => s.sessionId === first.id));

  const me = await t.signIn();
  const list = (await (await t.call('GET', '/api/trainings/courses', { cookie: me.cookie })).json()) as { courses: Course[] };
  const withPages = list.courses.filter((c) => c.materials.length === 4);
  assert.deepEqual(withPages.map((c) => c.qualification).sort(), ['know_your_rights', 'legal_observer']);
  assert.ok(withPages.every((c) => c.materials.every((m) => m.draft)));
});
