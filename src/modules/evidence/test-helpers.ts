import zlib from 'node:zlib';
import { sql } from 'kysely';
import type { Db } from '../../database';
import type { TestApp } from '../../test-support/test-app';
import { sampleReport, zoneIdOf } from '../reports/test-helpers';
import type { EvidenceItem, MediaType } from './contract';
import { createCustodyTriggers } from './migrations';

/** An anonymous report, as the public form files it: its id and the upload token it returns. */
export async function filedReport(t: TestApp) {
  const zoneId = await zoneIdOf(t);
  const res = await t.call('POST', '/api/reports', { body: sampleReport(zoneId, t) });
  if (res.status !== 201) throw new Error(`filing failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string; uploadToken: string };
}

/** Sends a file the way the upload component does: raw bytes with their Content-Type. */
export function sendFile(
  t: TestApp,
  path: string,
  bytes: Uint8Array,
  type: MediaType | string,
  opts: { cookie?: string; token?: string; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { 'content-type': type, ...opts.headers };
  if (opts.cookie) headers.cookie = opts.cookie;
  if (opts.token) headers['x-upload-token'] = opts.token;
  return t.app.request(path, { method: 'POST', headers, body: new Uint8Array(bytes) });
}

export const reporterUpload = (t: TestApp, reportId: string, token: string, bytes: Uint8Array, type: MediaType | string) =>
  sendFile(t, `/api/evidence/reporter-uploads?incidentId=${reportId}`, bytes, type, { token });

export async function memberUpload(
  t: TestApp,
  cookie: string,
  incidentId: string,
  bytes: Uint8Array,
  type: MediaType,
): Promise<EvidenceItem> {
  const res = await sendFile(t, `/api/evidence/uploads?incidentId=${incidentId}`, bytes, type, { cookie });
  if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as EvidenceItem;
}

/**
 * Runs `tamper` with the custody triggers out of the way, as someone with direct database access
 * could: on PostgreSQL by replica mode (triggers do not fire), on SQLite by dropping and re-creating them.
 */
export async function withoutCustodyTriggers(t: TestApp, tamper: (db: Db) => Promise<unknown>) {
  if (t.ctx.dialect === 'postgres') {
    await t.db.transaction().execute(async (tx) => {
      await sql`set local session_replication_role = replica`.execute(tx);
      await tamper(tx);
    });
    return;
  }
  for (const name of ['custody_entry_no_update', 'custody_entry_no_delete', 'evidence_fixed', 'evidence_held_kept']) {
    await sql`drop trigger ${sql.raw(name)}`.execute(t.db);
  }
  try {
    await tamper(t.db);
  } finally {
    await createCustodyTriggers(t.db as never);
  }
}

/**
 * A small ZIP reader for the tests, independent of the writer: it walks the central directory from
 * the end record, checks each local header against it, and checks every CRC-32.
 */
export function readZip(zip: Buffer): Map<string, Buffer> {
  const endAt = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0 || endAt !== zip.length - 22) throw new Error('no end of central directory record at the end');
  const count = zip.readUInt16LE(endAt + 10);
  let at = zip.readUInt32LE(endAt + 16);
  if (at + zip.readUInt32LE(endAt + 12) !== endAt) throw new Error('central directory size or offset is wrong');
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`central header ${i} has a bad signature`);
    const crc = zip.readUInt32LE(at + 16);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`${name}: bad local header`);
    if (zip.readUInt16LE(local + 8) !== 0) throw new Error(`${name}: not stored`);
    if (zip.readUInt32LE(local + 14) !== crc || zip.readUInt32LE(local + 22) !== size) throw new Error(`${name}: headers disagree`);
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataAt, dataAt + size);
    if (zlib.crc32(data) >>> 0 !== crc) throw new Error(`${name}: CRC-32 does not match`);
    files.set(name, data);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return files;
}
