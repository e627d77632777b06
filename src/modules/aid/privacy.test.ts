import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import type { AidTaskDetail, Revealed } from './contract';
import { file, groceries, importDemoZones, type Member, step } from './test-helpers';

/**
 * The household's name, exact point, address, contact and private notes reach nobody but the filer
 * before a claim — and after it only the volunteer holding the task, through an audited reveal.
 * Canaries go into those fields; every aid route in the OpenAPI document is then read as everyone else.
 */
const CANARY = {
  householdName: 'Canaryname',
  address: 'CANARY-ADDRESS 1234 Secret St',
  contact: 'CANARY-CONTACT 612-555-0199',
  privateNotes: 'CANARY-NOTES the side door',
};
const POINT = { lat: 44.94137, lng: -93.24861 };
const SECRETS = [...Object.values(CANARY), String(POINT.lat), String(POINT.lng)];

let t: TestApp;
let filer: Member;
let requestId: string;
let receiptToken: string;
let readers: Record<string, Member>;
let getPaths: string[];

before(async () => {
  t = await createTestApp();
  await importDemoZones(t);
  filer = await t.signIn({ roles: ['dispatcher'], displayName: 'Marisol' });
  const filed = await file(
    t,
    filer,
    groceries({ ...CANARY, point: POINT, onBehalf: { householdName: CANARY.householdName }, details: 'Rice and beans.' }),
  );
  requestId = filed.request.id;
  receiptToken = filed.receiptToken ?? '';
  readers = {
    volunteer: await t.signIn({ displayName: 'Tou' }),
    otherVolunteer: await t.signIn({ displayName: 'Xee' }),
    organiser: await t.signIn({ roles: ['organiser'] }),
    admin: await t.signIn({ roles: ['admin'] }),
    caseworker: await t.signIn({ roles: ['caseworker'] }),
    otherOperator: await t.signIn({ roles: ['dispatcher'] }),
  };
  const doc = (await (await t.call('GET', '/api/openapi.json')).json()) as { paths: Record<string, Record<string, object>> };
  getPaths = Object.entries(doc.paths)
    .filter(([path, ops]) => path.startsWith('/api/aid/') && !path.startsWith('/api/aid/rides') && 'get' in ops)
    .map(([path]) => path.replace('{id}', requestId));
  assert.ok(getPaths.length >= 5, `aid GET routes: ${getPaths.join(', ')}`);
});
after(() => t.close());

function assertClean(text: string, where: string) {
  for (const secret of SECRETS) assert.ok(!text.includes(secret), `${where} leaks ${secret}`);
}

/** Every aid GET route, the list in both scopes, the receipt link, as each reader. */
async function scanAll(who: Record<string, Member>) {
  for (const [name, reader] of Object.entries(who)) {
    for (const path of [...getPaths, '/api/aid/requests?scope=all'])
      assertClean(await (await t.call('GET', path, { cookie: reader.cookie })).text(), `GET ${path} as ${name}`);
  }
  assertClean(await (await t.call('POST', '/api/aid/receipt', { body: { token: receiptToken } })).text(), 'the receipt link');
}

test('before any claim, no aid route shows the private fields to anyone but the filer', async () => {
  await scanAll(readers);
  const listed = (await (await t.call('GET', '/api/aid/requests', { cookie: readers.volunteer.cookie })).json()) as {
    requests: AidTaskDetail[];
  };
  const task = listed.requests.find((r) => r.id === requestId);
  assert.ok(task, 'the task is listed, with its coarse place');
  assert.match(task.cell ?? '', /^[0-9a-f]{15}$/);
  assert.equal(task.details, 'Rice and beans.');

  const own = (await (await t.call('GET', `/api/aid/requests/${requestId}`, { cookie: filer.cookie })).json()) as AidTaskDetail;
  const { householdName, address, contact, privateNotes, point } = own.filed ?? {};
  assert.deepEqual(
    { householdName, address, contact, privateNotes, point },
    { ...CANARY, point: POINT },
    'the filer sees what they entered',
  );
  assert.equal((await t.call('POST', `/api/aid/requests/${requestId}/reveal`, { cookie: readers.admin.cookie })).status, 403);
});

test('after the claim only the holder reads them, each reveal audited; after release nobody does', async () => {
  const { volunteer, ...others } = readers;
  const claimed = await step(t, volunteer, requestId, 'claim');
  assertClean(JSON.stringify(claimed), 'the claim answer');
  assertClean(await (await t.call('GET', '/api/aid/mine', { cookie: volunteer.cookie })).text(), 'my claims');
  await scanAll(others);

  for (let i = 0; i < 2; i++) {
    const res = await t.call('POST', `/api/aid/requests/${requestId}/reveal`, { cookie: volunteer.cookie });
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { ...CANARY, point: POINT } satisfies Revealed);
  }
  const reveals = await t.db
    .selectFrom('auditLog')
    .select(['memberId', 'objectType'])
    .where('action', '=', 'aid_request.address_revealed')
    .where('objectId', '=', requestId)
    .execute();
  assert.deepEqual(reveals, [
    { memberId: volunteer.id, objectType: 'aid_request' },
    { memberId: volunteer.id, objectType: 'aid_request' },
  ]);

  await step(t, volunteer, requestId, 'claim/release');
  assert.equal((await t.call('POST', `/api/aid/requests/${requestId}/reveal`, { cookie: volunteer.cookie })).status, 403);
  await scanAll(readers);
});
