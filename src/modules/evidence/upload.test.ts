import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { MINUTE } from '../../core/clock';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { confirmedReport } from '../reports/test-helpers';
import type { EvidenceItem } from './contract';
import { REPORTER_UPLOADS_PER_REPORT } from './routes';
import { filedReport, memberUpload, reporterUpload, sendFile } from './test-helpers';
import { GPS_LATITUDE, GPS_TEXT, jpegWithGps, mp4Head, pngWithMetadata, rationalBytes } from './test-media';

let t: TestApp;
before(async () => {
  t = await createTestApp({ EVIDENCE_MAX_MB: '1' });
});
after(() => t.close());

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const errorCode = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;
const count = async (table: 'evidence' | 'custodyEntry') => (await t.db.selectFrom(table).select('id').execute()).length;
const storedFiles = () => fs.readdirSync(t.config.evidenceDir).filter((f) => f !== 'tmp');
const tmpFiles = () => fs.readdirSync(path.join(t.config.evidenceDir, 'tmp'));

test('the reporter attaches a photo with the upload token: original kept, shared copy without GPS, both hashed', async () => {
  const report = await filedReport(t);
  const { bytes } = jpegWithGps();
  const res = await reporterUpload(t, report.id, report.uploadToken, bytes, 'image/jpeg');
  assert.equal(res.status, 201);
  const item = (await res.json()) as EvidenceItem;
  assert.equal(item.incidentId, report.id);
  assert.equal(item.size, bytes.length);
  assert.equal(item.shareable, true);
  assert.equal(item.fromReporter, true);
  assert.equal(item.sha256Original, sha256(bytes));
  assert.ok(!JSON.stringify(item).includes(t.config.evidenceDir), 'no file path in the answer');

  // On disk: named by the id only; the original byte for byte, the shared copy without the location.
  assert.deepEqual(storedFiles().sort(), [`${item.id}.original`, `${item.id}.shared`]);
  assert.deepEqual(fs.readFileSync(path.join(t.config.evidenceDir, `${item.id}.original`)), bytes);
  const shared = fs.readFileSync(path.join(t.config.evidenceDir, `${item.id}.shared`));
  assert.equal(item.sha256Shared, sha256(shared));
  assert.ok(!shared.includes(GPS_TEXT) && !shared.includes(rationalBytes(GPS_LATITUDE)));
  assert.deepEqual(tmpFiles(), []);

  const entry = await t.db.selectFrom('custodyEntry').selectAll().where('evidenceId', '=', item.id).executeTakeFirstOrThrow();
  assert.deepEqual([entry.seq, entry.action, entry.memberId], [1, 'uploaded', null]);
  const audited = await t.db.selectFrom('auditLog').selectAll().where('action', '=', 'evidence.uploaded').execute();
  assert.deepEqual(
    audited.map((a) => [a.objectId, a.incidentId]),
    [[item.id, report.id]],
  );
});

test('a missing, wrong or expired upload token is refused and nothing is stored', async () => {
  const report = await filedReport(t);
  const other = await filedReport(t);
  const { bytes } = jpegWithGps();
  const before = [await count('evidence'), storedFiles().length];
  const noToken = await sendFile(t, `/api/evidence/reporter-uploads?incidentId=${report.id}`, bytes, 'image/jpeg');
  assert.equal(noToken.status, 401);
  assert.equal(await errorCode(noToken), 'upload_token_invalid');
  assert.equal((await reporterUpload(t, report.id, 'not-the-token', bytes, 'image/jpeg')).status, 401);
  assert.equal((await reporterUpload(t, report.id, other.uploadToken, bytes, 'image/jpeg')).status, 401, "another report's token");
  t.clock.advance(31 * MINUTE);
  const expired = await reporterUpload(t, report.id, report.uploadToken, bytes, 'image/jpeg');
  assert.equal(expired.status, 401);
  assert.equal(await errorCode(expired), 'upload_token_invalid');
  assert.deepEqual([await count('evidence'), storedFiles().length], before);
});

test('a file whose bytes are not its declared type is refused, and leaves no file behind', async () => {
  const { id } = await confirmedReport(t);
  const responder = await t.signIn({ roles: ['responder'] });
  const before = [await count('evidence'), await count('custodyEntry'), storedFiles().length];
  const path = `/api/evidence/uploads?incidentId=${id}`;
  const cases: [Uint8Array, string, number, string][] = [
    [pngWithMetadata().bytes, 'image/jpeg', 400, 'media_type_mismatch'],
    [jpegWithGps().bytes, 'video/mp4', 400, 'media_type_mismatch'],
    [
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      'image/svg+xml',
      415,
      'unsupported_media_type',
    ],
    [Buffer.from('MZ\x90\0'), 'application/octet-stream', 415, 'unsupported_media_type'],
    [jpegWithGps().bytes.subarray(0, 200), 'image/jpeg', 400, 'unreadable_image'],
    [Buffer.alloc(0), 'image/png', 400, 'empty_upload'],
  ];
  for (const [bytes, type, status, code] of cases) {
    const res = await sendFile(t, path, bytes, type, { cookie: responder.cookie });
    assert.equal(res.status, status, `${type} ${code}`);
    assert.equal(await errorCode(res), code);
  }
  assert.deepEqual([await count('evidence'), await count('custodyEntry'), storedFiles().length], before);
  assert.deepEqual(tmpFiles(), []);
});

test('a file over the size limit gets 413, whether it says its length or not', async () => {
  const { id } = await confirmedReport(t);
  const responder = await t.signIn({ roles: ['responder'] });
  const before = [await count('evidence'), storedFiles().length];
  const tooBig = Buffer.concat([mp4Head(), Buffer.alloc(t.config.evidenceMaxBytes)]);
  const path = `/api/evidence/uploads?incidentId=${id}`;
  const declared = await sendFile(t, path, tooBig, 'video/mp4', {
    cookie: responder.cookie,
    headers: { 'content-length': String(tooBig.length) },
  });
  assert.equal(declared.status, 413);
  assert.equal(await errorCode(declared), 'too_large');
  // Streamed without a length: counted while it is written, and the partial file removed.
  const streamed = await t.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'video/mp4', cookie: responder.cookie },
    body: new Blob([tooBig]).stream(),
    duplex: 'half',
  } as RequestInit);
  assert.equal(streamed.status, 413);
  assert.deepEqual([await count('evidence'), storedFiles().length], before);
  assert.deepEqual(tmpFiles(), []);
  const atLimit = Buffer.concat([mp4Head(), Buffer.alloc(t.config.evidenceMaxBytes - mp4Head().length)]);
  assert.equal((await memberUpload(t, responder.cookie, id, atLimit, 'video/mp4')).size, t.config.evidenceMaxBytes);
});

test('members upload to an incident that exists; a video is kept as the original only', async () => {
  const { id } = await confirmedReport(t);
  const dispatcher = await t.signIn({ roles: ['dispatcher'] });
  const video = await memberUpload(t, dispatcher.cookie, id, mp4Head(), 'video/mp4');
  assert.equal(video.shareable, false);
  assert.equal(video.sha256Shared, null);
  assert.equal(video.fromReporter, false);
  assert.ok(!fs.existsSync(path.join(t.config.evidenceDir, `${video.id}.shared`)));
  const missing = await sendFile(t, '/api/evidence/uploads?incidentId=00000000-0000-7000-8000-000000000000', mp4Head(), 'video/mp4', {
    cookie: dispatcher.cookie,
  });
  assert.equal(missing.status, 404);
  const member = await t.signIn({ roles: ['member'] });
  assert.equal(
    (await sendFile(t, `/api/evidence/uploads?incidentId=${id}`, mp4Head(), 'video/mp4', { cookie: member.cookie })).status,
    403,
  );
});

test('the listing shows media type, size, hashes, shareable and held — and no file locations', async () => {
  const { id } = await confirmedReport(t);
  const responder = await t.signIn({ roles: ['responder'] });
  const photo = await memberUpload(t, responder.cookie, id, pngWithMetadata().bytes, 'image/png');
  const video = await memberUpload(t, responder.cookie, id, mp4Head(), 'video/mp4');
  const res = await t.call('GET', `/api/evidence/incidents/${id}`, { cookie: responder.cookie });
  assert.equal(res.status, 200);
  const text = await res.text();
  assert.ok(!text.includes(t.config.evidenceDir) && !text.includes('.original'));
  const { items } = JSON.parse(text) as { items: EvidenceItem[] };
  assert.deepEqual(
    items.map((i) => [i.id, i.mediaType, i.shareable, i.held]),
    [
      [photo.id, 'image/png', true, false],
      [video.id, 'video/mp4', false, false],
    ],
  );
  const member = await t.signIn({ roles: ['member'] });
  assert.equal((await t.call('GET', `/api/evidence/incidents/${id}`, { cookie: member.cookie })).status, 403);
  assert.equal(
    (await t.call('GET', '/api/evidence/incidents/00000000-0000-7000-8000-000000000000', { cookie: responder.cookie })).status,
    404,
  );
});

test('reporter uploads are rate-limited per client before the token is even checked', async () => {
  const limited = await createTestApp({ INTAKE_RATE_LIMIT_PER_MINUTE: '1' });
  try {
    const report = await filedReport(limited);
    const statuses: number[] = [];
    for (let i = 0; i < REPORTER_UPLOADS_PER_REPORT + 1; i++) {
      statuses.push((await reporterUpload(limited, report.id, `guess-${i}`, jpegWithGps().bytes, 'image/jpeg')).status);
    }
    assert.deepEqual(statuses, [...Array(REPORTER_UPLOADS_PER_REPORT).fill(401), 429]);
  } finally {
    await limited.close();
  }
});
