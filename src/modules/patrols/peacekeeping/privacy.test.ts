import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ROLES } from '../../../core/roles';
import { createTestApp, type TestApp } from '../../../test-support/test-app';
import type { PlanView, Sheet } from './contract';
import { assign, type Member, marchWithPlan, myPostAt, ok, qualify } from './test-helpers';

/**
 * The numbers marshals give for the contact sheet, and the organisers' contact lines, are personal:
 * every GET route (read from the OpenAPI document) is called as every kind of caller with canaries in
 * both, and only organisers (and admins) see them — the numbers only on the audited sheet — while a
 * marshal sees only their own number.
 */
const PHONE = '612-555-0199';
const LINE = 'Canary hotline 612-555-0123';

let t: TestApp;
let organiser: Member;
let marshal: Member;
let fellow: Member;
let ids: Record<string, string>;
let getPaths: string[];
before(async () => {
  t = await createTestApp();
  organiser = await t.signIn({ roles: ['organiser'] });
  const { event, planId, postIds } = await marchWithPlan(t, organiser);
  await ok(
    t.call('PUT', `/api/marshals/events/${event.id}`, { cookie: organiser.cookie, body: { expectedCrowd: 300, contactLines: [LINE] } }),
  );
  marshal = await t.signIn({ displayName: 'Marshal with a phone' });
  await qualify(t, marshal.id);
  await ok(assign(t, organiser, postIds[0], marshal.id), 201);
  fellow = await t.signIn({ displayName: 'Fellow marshal at the same post' });
  await qualify(t, fellow.id);
  await ok(assign(t, organiser, postIds[0], fellow.id), 201);
  const mine = await myPostAt(t, marshal, event.id);
  await ok(t.call('PUT', `/api/marshals/mine/${mine.assignmentId}/phone`, { cookie: marshal.cookie, body: { phone: PHONE } }));
  ids = { id: event.id, eventId: event.id, planId, postId: postIds[0], assignmentId: mine.assignmentId };
  const doc = (await (await t.call('GET', '/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
  getPaths = Object.entries(doc.paths)
    .filter(([, ops]) => 'get' in ops)
    .map(([path]) => path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? '00000000-0000-7000-8000-000000000000'));
});
after(() => t.close());

async function readEverything(cookie: string | undefined) {
  const seen: { path: string; phone: boolean; line: boolean }[] = [];
  for (const path of getPaths) {
    const res = await t.call('GET', path, { cookie, headers: { accept: 'application/json' } });
    if (res.headers.get('content-type')?.startsWith('text/event-stream')) {
      await res.body?.cancel();
      continue;
    }
    const text = await res.text();
    seen.push({ path, phone: text.includes(PHONE), line: text.includes(LINE) });
  }
  return seen;
}

test('only organisers and admins see the contact lines, and the numbers only on the sheet; a marshal sees only their own number', async () => {
  const sheetPath = `/api/marshals/events/${ids.eventId}/sheet`;
  const planPath = `/api/marshals/events/${ids.eventId}`;
  for (const role of ROLES) {
    const m = await t.signIn({ roles: [role] });
    const seen = await readEverything(m.cookie);
    const withPhone = seen.filter((s) => s.phone).map((s) => s.path);
    const withLine = seen.filter((s) => s.line).map((s) => s.path);
    if (role === 'organiser' || role === 'admin') {
      assert.deepEqual(withPhone, [sheetPath], role);
      assert.deepEqual(withLine.sort(), [planPath, sheetPath].sort(), role);
    } else {
      assert.deepEqual([withPhone, withLine], [[], []], role);
    }
  }
  for (const cookie of [undefined, (await t.signIn({ roles: ['organiser'], trusted: false })).cookie]) {
    const seen = await readEverything(cookie);
    assert.deepEqual(
      seen.filter((s) => s.phone || s.line),
      [],
      'anonymous and unvouched',
    );
  }
  const atTheSamePost = await readEverything(fellow.cookie);
  assert.deepEqual(
    atTheSamePost.filter((s) => s.phone || s.line),
    [],
    'a fellow marshal',
  );
  const own = await readEverything(marshal.cookie);
  assert.deepEqual(
    own.filter((s) => s.phone).map((s) => s.path),
    ['/api/marshals/mine'],
  );
  assert.deepEqual(
    own.filter((s) => s.line),
    [],
  );
});

test('the sheet lists posts with channel, lead and marshals, and each look at it is audited', async () => {
  const before = await t.db.selectFrom('auditLog').select('id').where('action', '=', 'marshal_sheet.viewed').execute();
  const sheet = await ok<Sheet>(t.call('GET', `/api/marshals/events/${ids.eventId}/sheet`, { cookie: organiser.cookie }));
  assert.deepEqual(sheet.contactLines, [LINE]);
  assert.deepEqual(sheet.posts[0].marshals, [
    { name: 'Marshal with a phone', lead: false, phone: PHONE },
    { name: 'Fellow marshal at the same post', lead: false, phone: null },
  ]);
  assert.equal(sheet.posts[0].radioChannel, 'Channel 3');
  const after = await t.db.selectFrom('auditLog').selectAll().where('action', '=', 'marshal_sheet.viewed').execute();
  assert.equal(after.length, before.length + 1);
  assert.ok(!JSON.stringify(after).includes(PHONE), 'audit entries hold ids only');

  const plan = await ok<PlanView>(t.call('GET', `/api/marshals/events/${ids.eventId}`, { cookie: organiser.cookie }));
  assert.ok(!JSON.stringify(plan).includes(PHONE), 'the plan page carries no numbers');
});
