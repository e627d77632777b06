import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import type { Course, Material } from './contract';
import { createCourse, errorOf, type Member } from './test-helpers';

let t: TestApp;
let organiser: Member;
let member: Member;
before(async () => {
  t = await createTestApp();
  organiser = await t.signIn({ roles: ['organiser'] });
  member = await t.signIn({ trusted: false });
});
after(() => t.close());

test('a course grants a qualification for 12 months unless said otherwise, with optional translations', async () => {
  const course = await createCourse(t, organiser, {
    title: 'Know your rights',
    qualification: 'know_your_rights',
    translations: { es: { title: 'Conoce tus derechos' } },
  });
  assert.deepEqual([course.validityMonths, course.translations, course.materials], [12, { es: { title: 'Conoce tus derechos' } }, []]);
  const edited = await t.call('PUT', `/api/trainings/courses/${course.id}`, {
    cookie: organiser.cookie,
    body: {
      title: 'Know your rights',
      qualification: 'know_your_rights',
      validityMonths: 24,
      translations: { hmn: { title: 'Paub koj txoj cai' } },
    },
  });
  assert.equal(((await edited.json()) as Course).validityMonths, 24);
  const list = (await (await t.call('GET', '/api/trainings/courses', { cookie: member.cookie })).json()) as { courses: Course[] };
  assert.deepEqual(list.courses.find((c) => c.id === course.id)?.translations, { hmn: { title: 'Paub koj txoj cai' } });

  const bad = await t.call('POST', '/api/trainings/courses', {
    cookie: organiser.cookie,
    body: { title: 'X course', qualification: 'sheriff' },
  });
  assert.deepEqual([bad.status, (await errorOf(bad)).field], [400, 'qualification']);
  const badLanguage = await t.call('POST', '/api/trainings/courses', {
    cookie: organiser.cookie,
    body: { title: 'X course', qualification: 'verifier', translations: { fr: { title: 'Non' } } },
  });
  assert.equal(badLanguage.status, 400);
});

test('materials: one Markdown page per course and language, replaced when saved again, kept as typed', async () => {
  const course = await createCourse(t, organiser);
  const path = `/api/trainings/courses/${course.id}/materials`;
  const body = '# Legal observer basics\n\n<script>alert(1)</script> **Observe and document.**';
  const saved = await t.call('PUT', `${path}/hmn`, { cookie: organiser.cookie, body: { title: 'Tus neeg saib xyuas', body, draft: true } });
  assert.equal(saved.status, 200, await saved.clone().text());
  await t.call('PUT', `${path}/hmn`, {
    cookie: organiser.cookie,
    body: { title: 'Tus neeg saib xyuas kev cai lij choj', body, draft: false },
  });
  const page = (await (await t.call('GET', `${path}/hmn`, { cookie: member.cookie })).json()) as Material;
  assert.deepEqual([page.title, page.body, page.draft, page.language], ['Tus neeg saib xyuas kev cai lij choj', body, false, 'hmn']);
  assert.equal((await t.db.selectFrom('trainingMaterial').select('id').where('courseId', '=', course.id).execute()).length, 1);
  assert.equal((await t.call('GET', `${path}/so`, { cookie: member.cookie })).status, 404);
  assert.equal((await t.call('GET', `${path}/fr`, { cookie: member.cookie })).status, 400);
  const summary = (await (await t.call('GET', `/api/trainings/courses/${course.id}`, { cookie: member.cookie })).json()) as Course;
  assert.deepEqual(summary.materials, [{ language: 'hmn', title: 'Tus neeg saib xyuas kev cai lij choj', draft: false }]);
  const denied = await t.call('PUT', `${path}/en`, { cookie: member.cookie, body: { title: 'Mine', body: '' } });
  assert.equal(denied.status, 403);
});
