import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { readMinneapolisZones } from './demo';
import { importZones, listZones, watchersOf } from './index';

let t: TestApp;
let zoneIds: string[];
before(async () => {
  t = await createTestApp();
  await importZones(t.ctx, readMinneapolisZones());
  zoneIds = (await listZones(t.ctx)).map((z) => z.id);
});
after(() => t.close());

const watched = async (cookie: string) => (await (await t.call('GET', '/api/me/zones', { cookie })).json()) as { zoneIds: string[] };
const put = (cookie: string, ids: unknown) => t.call('PUT', '/api/me/zones', { cookie, body: { zoneIds: ids } });

test('anonymous callers get 401', async () => {
  assert.equal((await t.call('GET', '/api/me/zones')).status, 401);
  assert.equal((await t.call('PUT', '/api/me/zones', { body: { zoneIds: [] } })).status, 401);
});

test('watched zones round-trip, duplicates folded, and can be replaced or cleared', async () => {
  const member = await t.signIn({ trusted: false });
  assert.deepEqual(await watched(member.cookie), { zoneIds: [] });

  const first = [zoneIds[3], zoneIds[1], zoneIds[3]];
  const res = await put(member.cookie, first);
  assert.equal(res.status, 200);
  const expected = [zoneIds[1], zoneIds[3]].sort();
  assert.deepEqual(await res.json(), { zoneIds: expected });
  assert.deepEqual(await watched(member.cookie), { zoneIds: expected });

  await put(member.cookie, [zoneIds[5]]);
  assert.deepEqual(await watched(member.cookie), { zoneIds: [zoneIds[5]] });
  await put(member.cookie, []);
  assert.deepEqual(await watched(member.cookie), { zoneIds: [] });

  const audits = await t.db.selectFrom('auditLog').selectAll().where('action', '=', 'zones.watch_set').execute();
  assert.equal(audits.length, 3);
  assert.ok(audits.every((a) => a.memberId === member.id && a.objectId === member.id));
});

test('an unknown zone id is refused and nothing changes', async () => {
  const member = await t.signIn();
  await put(member.cookie, [zoneIds[0]]);
  const res = await put(member.cookie, [zoneIds[2], 'no-such-zone']);
  assert.equal(res.status, 400);
  const { error } = (await res.json()) as { error: { code: string; field: string; message: string } };
  assert.deepEqual([error.code, error.field], ['unknown_zone', 'zoneIds']);
  assert.match(error.message, /no-such-zone/);
  assert.deepEqual(await watched(member.cookie), { zoneIds: [zoneIds[0]] });
});

test('at most 85 zones, as strings', async () => {
  const member = await t.signIn();
  assert.equal(
    (
      await put(
        member.cookie,
        [...zoneIds, zoneIds[0]].map((_, i) => `z${i}`),
      )
    ).status,
    400,
  );
  const wrongType = await put(member.cookie, [42]);
  assert.equal(wrongType.status, 400);
  assert.equal(((await wrongType.json()) as { error: { field: string } }).error.field, 'zoneIds.0');
  assert.equal((await put(member.cookie, zoneIds)).status, 200);
  assert.equal((await watched(member.cookie)).zoneIds.length, 85);
});

test('watchersOf lists each member watching any of the zones once', async () => {
  const a = await t.signIn();
  const b = await t.signIn();
  await put(a.cookie, [zoneIds[10], zoneIds[11]]);
  await put(b.cookie, [zoneIds[11], zoneIds[12]]);
  const watchers = await watchersOf(t.ctx, [zoneIds[10], zoneIds[11], zoneIds[11]]);
  assert.deepEqual(watchers.filter((id) => id === a.id || id === b.id).sort(), [a.id, b.id].sort());
  assert.deepEqual(await watchersOf(t.ctx, [zoneIds[12]]).then((ids) => ids.filter((id) => id === a.id || id === b.id)), [b.id]);
  assert.deepEqual(await watchersOf(t.ctx, []), []);
});
