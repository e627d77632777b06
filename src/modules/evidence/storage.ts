import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { HOUR } from '../../core/clock';
import { AppError } from '../../core/errors';
import { MAGIC_BYTES } from './media';

/**
 * Evidence files on disk: `<dir>/<id>.original` and `<dir>/<id>.shared`, named by the item's id only.
 * Files are written to `<dir>/tmp`, fsynced, renamed into place and the directory fsynced, so that
 * a file is on disk before the row that points to it commits (R-DUR-1).
 */
export type Copy = 'original' | 'shared';

export const evidenceFile = (dir: string, id: string, copy: Copy) => path.join(dir, `${id}.${copy}`);
const tmpDir = (dir: string) => path.join(dir, 'tmp');
const FILE_NAME = /^([0-9a-f-]{36})\.(original|shared)$/;
/** Files without a row younger than this may belong to an upload that is just committing. */
const ORPHAN_GRACE = HOUR;

export const tooLarge = (maxBytes: number) =>
  new AppError(413, 'too_large', `Files can be up to ${Math.round(maxBytes / (1024 * 1024))} MB.`);

/** A file written and fsynced in the temporary folder, to be put in place by `placeFiles`. */
export interface StagedFile {
  id: string;
  copy: Copy;
  tmp: string;
  size: number;
  sha256: string;
  /** The first bytes, to check the declared type. */
  head: Uint8Array;
}

async function syncDir(dir: string) {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes `chunks` to a temporary file, hashing and counting; more than `maxBytes` is refused with 413. */
export async function stageFile(
  dir: string,
  id: string,
  copy: Copy,
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
): Promise<StagedFile> {
  await fs.mkdir(tmpDir(dir), { recursive: true });
  const tmp = path.join(tmpDir(dir), `${id}.${copy}.part`);
  const handle = await fs.open(tmp, 'wx');
  const hash = createHash('sha256');
  const head: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of chunks) {
      size += chunk.length;
      if (size > maxBytes) throw tooLarge(maxBytes);
      if (size - chunk.length < MAGIC_BYTES) head.push(chunk.subarray(0, MAGIC_BYTES));
      hash.update(chunk);
      await handle.write(chunk);
    }
    await handle.sync();
  } catch (err) {
    await handle.close();
    await fs.rm(tmp, { force: true });
    throw err;
  }
  await handle.close();
  return { id, copy, tmp, size, sha256: hash.digest('hex'), head: Buffer.concat(head).subarray(0, MAGIC_BYTES) };
}

export async function* bytesOf(bytes: Uint8Array) {
  yield bytes;
}

/** Renames staged files into place and fsyncs the directory: after this they survive a crash. */
export async function placeFiles(dir: string, files: StagedFile[]) {
  for (const f of files) await fs.rename(f.tmp, evidenceFile(dir, f.id, f.copy));
  await syncDir(dir);
}

export async function discardStaged(files: StagedFile[]) {
  for (const f of files) await fs.rm(f.tmp, { force: true });
}

export async function removeEvidenceFiles(dir: string, ids: readonly string[]) {
  for (const id of ids) {
    await fs.rm(evidenceFile(dir, id, 'original'), { force: true });
    await fs.rm(evidenceFile(dir, id, 'shared'), { force: true });
  }
  if (ids.length) await syncDir(dir).catch(() => {});
}

/** SHA-256 of a stored file, or null when it is missing. */
export async function hashStoredFile(dir: string, id: string, copy: Copy): Promise<string | null> {
  const hash = createHash('sha256');
  try {
    const handle = await fs.open(evidenceFile(dir, id, copy), 'r');
    for await (const chunk of handle.createReadStream()) hash.update(chunk as Buffer);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  return hash.digest('hex');
}

/**
 * Files left behind by a crash: an upload stopped half-way (tmp), or one whose row never committed.
 * They may hold a location, so they go. File times are the real clock's, so this compares with it.
 */
export async function sweepOrphanFiles(dir: string, existing: (ids: string[]) => Promise<Set<string>>): Promise<number> {
  const before = Date.now() - ORPHAN_GRACE;
  const old = async (file: string) => (await fs.stat(file).catch(() => null))?.mtimeMs ?? Number.POSITIVE_INFINITY;
  let removed = 0;
  for (const name of await fs.readdir(tmpDir(dir)).catch(() => [] as string[])) {
    const file = path.join(tmpDir(dir), name);
    if ((await old(file)) < before) {
      await fs.rm(file, { force: true });
      removed++;
    }
  }
  const named = (await fs.readdir(dir).catch(() => [] as string[])).map((name) => ({ name, id: FILE_NAME.exec(name)?.[1] }));
  const ids = [...new Set(named.flatMap((n) => (n.id ? [n.id] : [])))];
  const known = ids.length ? await existing(ids) : new Set<string>();
  for (const { name, id } of named) {
    const file = path.join(dir, name);
    if (id && !known.has(id) && (await old(file)) < before) {
      await fs.rm(file, { force: true });
      removed++;
    }
  }
  return removed;
}
