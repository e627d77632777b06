import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { confirmedReport } from '../reports/test-helpers';
import type { EvidenceItem } from './contract';
import { custodyHash, GENESIS_HASH } from './custody';
import type { CustodyRecord } from './export';
import { memberUpload, readZip } from './test-helpers';
import { GPS_TEXT, jpegWithGps, mp4Head } from './test-media';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const chainOf = (evidenceId: string) =>
  t.db.selectFrom('custodyEntry').selectAll().where('evidenceId', '=', evidenceId).orderBy('seq').execute();

test('every view of the shared copy and of the original appends a linked custody entry', async () => {
  const { id } = await confirmedReport(t);
  const responder = await t.signIn({ roles: ['responder'] });
  const caseworker = await t.signIn({ roles: ['caseworker'] });
  const { bytes } = jpegWithGps();
  const photo = await memberUpload(t, responder.cookie, id, bytes, 'image/jpeg');

  const shared = await t.call('GET', `/api/evidence/${photo.id}/shared`, { cookie: responder.cookie });
  assert.equal(shared.status, 200);
  assert.equal(shared.headers.get('content-type'), 'image/jpeg');
  assert.match(shared.headers.get('content-disposition') ?? '', /^inline; filename="evidence-[0-9a-f-]+\.jpg"$/);
  const sharedBytes = Buffer.from(await shared.arrayBuffer());
  assert.equal(sha256(sharedBytes), photo.sha256Shared);
  assert.ok(!sharedBytes.includes(GPS_TEXT));

  assert.equal(
    (await t.call('GET', `/api/evidence/${photo.id}/original`, { cookie: responder.cookie })).status,
    403,
    'responders see the shared copy only',
  );
  const original = await t.call('GET', `/api/evidence/${photo.id}/original`, { cookie: caseworker.cookie });
  assert.equal(original.status, 200);
  assert.match(original.headers.get('content-disposition') ?? '', /^attachment;/);
  assert.deepEqual(Buffer.from(await original.arrayBuffer()), bytes);

  const chain = await chainOf(photo.id);
  assert.deepEqual(
    chain.map((e) => [e.seq, e.action, e.memberId]),
    [
      [1, 'uploaded', responder.id],
      [2, 'viewed', responder.id],
      [3, 'viewed', caseworker.id],
    ],
  );
  assert.equal(chain[0].prevHash, GENESIS_HASH);
  for (let i = 1; i < chain.length; i++) assert.equal(chain[i].prevHash, chain[i - 1].hash);
  for (const e of chain) assert.equal(e.hash, custodyHash(e, photo));
  const audited = await t.db.selectFrom('auditLog').select(['action', 'incidentId']).where('objectId', '=', photo.id).execute();
  assert.deepEqual(audited.map((a) => a.action).sort(), ['evidence.original_viewed', 'evidence.uploaded']);
});

test('a video has no shared copy to view; an unknown item is a 404; neither adds an entry', async () => {
  const { id } = await confirmedReport(t);
  const dispatcher = await t.signIn({ roles: ['dispatcher'] });
  const video = await memberUpload(t, dispatcher.cookie, id, mp4Head(), 'video/mp4');
  const res = await t.call('GET', `/api/evidence/${video.id}/shared`, { cookie: dispatcher.cookie });
  assert.equal(res.status, 409);
  assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'not_shareable');
  assert.equal(
    (await t.call('GET', '/api/evidence/00000000-0000-7000-8000-000000000000/shared', { cookie: dispatcher.cookie })).status,
    404,
  );
  assert.equal((await chainOf(video.id)).length, 1);
});

test('hold and release are caseworker actions in the chain and the audit log; repeating one changes nothing', async () => {
  const { id } = await confirmedReport(t);
  const responder = await t.signIn({ roles: ['responder'] });
  const caseworker = await t.signIn({ roles: ['caseworker'] });
  const photo = await memberUpload(t, responder.cookie, id, jpegWithGps().bytes, 'image/jpeg');
  assert.equal((await t.call('POST', `/api/evidence/${photo.id}/hold`, { cookie: responder.cookie })).status, 403);
  const held = await t.call('POST', `/api/evidence/${photo.id}/hold`, { cookie: caseworker.cookie });
  assert.equal(((await held.json()) as EvidenceItem).held, true);
  await t.call('POST', `/api/evidence/${photo.id}/hold`, { cookie: caseworker.cookie });
  const released = await t.call('POST', `/api/evidence/${photo.id}/release`, { cookie: caseworker.cookie });
  assert.equal(((await released.json()) as EvidenceItem).held, false);
  assert.deepEqual(
    (await chainOf(photo.id)).map((e) => e.action),
    ['uploaded', 'held', 'released'],
  );
  const audited = await t.db
    .selectFrom('auditLog')
    .select(['action', 'incidentId'])
    .where('objectId', '=', photo.id)
    .orderBy('id')
    .execute();
  assert.deepEqual(audited, [
    { action: 'evidence.uploaded', incidentId: id },
    { action: 'evidence.held', incidentId: id },
    { action: 'evidence.released', incidentId: id },
  ]);
});

type Manifest = {
  incidentId: string;
  custodyHashRule: string;
  items: (EvidenceItem & { files: { original: string; shared: string | null }; custody: CustodyRecord[] })[];
};

test('the export is a ZIP of originals, shared copies, manifest and chains, and is itself in each chain', async () => {
  const { id } = await confirmedReport(t);
  const responder = await t.signIn({ roles: ['responder'] });
  const dispatcher = await t.signIn({ roles: ['dispatcher'] });
  const { bytes } = jpegWithGps();
  const photo = await memberUpload(t, responder.cookie, id, bytes, 'image/jpeg');
  const video = await memberUpload(t, responder.cookie, id, mp4Head(), 'video/mp4');
  await t.call('GET', `/api/evidence/${photo.id}/shared`, { cookie: responder.cookie });

  assert.equal((await t.call('GET', `/api/evidence/incidents/${id}/export`, { cookie: responder.cookie })).status, 403);
  const res = await t.call('GET', `/api/evidence/incidents/${id}/export`, { cookie: dispatcher.cookie });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/zip');
  assert.equal(res.headers.get('content-disposition'), `attachment; filename="whistle-evidence-${id}.zip"`);
  const zip = Buffer.from(await res.arrayBuffer());
  assert.equal(Number(res.headers.get('content-length')), zip.length);
  const files = readZip(zip);
  assert.deepEqual([...files.keys()].sort(), [
    'README.txt',
    'custody-chain.json',
    'manifest.json',
    `originals/${photo.id}.jpg`,
    `originals/${video.id}.mp4`,
    `shared/${photo.id}.jpg`,
  ]);
  assert.deepEqual(files.get(`originals/${photo.id}.jpg`), bytes);
  assert.equal(sha256(files.get(`shared/${photo.id}.jpg`) as Buffer), photo.sha256Shared);

  const manifest = JSON.parse((files.get('manifest.json') as Buffer).toString('utf8')) as Manifest;
  assert.equal(manifest.incidentId, id);
  const [m1, m2] = manifest.items;
  assert.deepEqual(
    [m1.id, m1.mediaType, m1.sha256Original, m1.sha256Shared],
    [photo.id, 'image/jpeg', photo.sha256Original, photo.sha256Shared],
  );
  assert.deepEqual(m1.files, { original: `originals/${photo.id}.jpg`, shared: `shared/${photo.id}.jpg` });
  assert.deepEqual([m2.id, m2.files.shared, m2.shareable], [video.id, null, false]);
  assert.deepEqual(
    m1.custody.map((e) => e.action),
    ['uploaded', 'viewed', 'exported'],
  );
  // Anyone can check the chain from the manifest alone, by the rule written in it.
  for (const item of manifest.items) {
    let prev = GENESIS_HASH;
    for (const e of item.custody) {
      assert.equal(e.prevHash, prev);
      assert.equal(e.hash, custodyHash({ ...e, evidenceId: item.id }, item));
      prev = e.hash;
    }
  }
  assert.deepEqual(
    (await chainOf(video.id)).map((e) => e.action),
    ['uploaded', 'exported'],
  );
  const chainFile = JSON.parse((files.get('custody-chain.json') as Buffer).toString('utf8')) as unknown[];
  assert.equal(chainFile.length, 5);
  const audited = await t.db.selectFrom('auditLog').select(['memberId', 'incidentId']).where('action', '=', 'evidence.exported').execute();
  assert.deepEqual(audited, [{ memberId: dispatcher.id, incidentId: id }]);
});

test('an incident without evidence has nothing to export', async () => {
  const { id } = await confirmedReport(t);
  const caseworker = await t.signIn({ roles: ['caseworker'] });
  assert.equal((await t.call('GET', `/api/evidence/incidents/${id}/export`, { cookie: caseworker.cookie })).status, 404);
});
