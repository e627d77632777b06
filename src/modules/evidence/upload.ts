import fs from 'node:fs/promises';
import type { AppContext } from '../../context';
import { toFlag } from '../../core/db/portable';
import { AppError, badRequest, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import { audit } from '../audit';
import { checkUploadToken, getIncident } from '../reports';
import type { EvidenceItem, MediaType } from './contract';
import { nextCustodyEntry } from './custody';
import { essenceOf, isImage, isMediaType, matchesMagic, sharedCopyOf } from './media';
import { insertCustodyEntry, insertEvidence } from './repository';
import type { EvidenceTable } from './schema';
import { presentEvidence } from './service';
import { bytesOf, discardStaged, evidenceFile, placeFiles, type StagedFile, stageFile, tooLarge } from './storage';

/** An upload as it arrives: the declared type and length, and the body still to be read. */
export interface IncomingUpload {
  contentType: string | undefined;
  contentLength: string | undefined;
  body: ReadableStream<Uint8Array> | null;
}

/** The body's chunks; stopping early (too large) cancels the rest. */
async function* chunksOf(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  let done = false;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) {
        done = true;
        return;
      }
      yield next.value;
    }
  } finally {
    if (!done) await reader.cancel().catch(() => {});
  }
}

/** Refuses what can be refused before reading a byte: unknown type, declared size over the limit, no body. */
function checkDeclared(ctx: AppContext, upload: IncomingUpload): MediaType {
  const type = essenceOf(upload.contentType);
  if (!isMediaType(type)) {
    throw new AppError(415, 'unsupported_media_type', 'Send a photo (JPEG, PNG, WebP) or a video (MP4, QuickTime, WebM).');
  }
  if (Number(upload.contentLength) > ctx.config.evidenceMaxBytes) throw tooLarge(ctx.config.evidenceMaxBytes);
  if (!upload.body || upload.contentLength === '0') throw badRequest('empty_upload', 'The file is empty.');
  return type;
}

/** The anonymous reporter, right after filing, with the upload token the filing returned. */
export async function uploadAsReporter(ctx: AppContext, incidentId: string, token: string | undefined, upload: IncomingUpload) {
  if (!token || !(await checkUploadToken(ctx, incidentId, token))) {
    throw new AppError(
      401,
      'upload_token_invalid',
      'This upload link is not valid or has expired. Uploads are possible for a short time after reporting.',
    );
  }
  return storeUpload(ctx, null, incidentId, upload);
}

/** A responder, verifier or dispatcher adding to an incident. */
export async function uploadAsMember(ctx: AppContext, actor: Principal, incidentId: string, upload: IncomingUpload) {
  return storeUpload(ctx, actor, incidentId, upload);
}

/** Writes the original and (for images) the stripped shared copy durably, and puts them in place. */
async function stageCopies(
  ctx: AppContext,
  id: string,
  type: MediaType,
  body: ReadableStream<Uint8Array>,
): Promise<{ original: StagedFile; shared: StagedFile | null }> {
  const dir = ctx.config.evidenceDir;
  const staged: StagedFile[] = [];
  try {
    const original = await stageFile(dir, id, 'original', chunksOf(body), ctx.config.evidenceMaxBytes);
    staged.push(original);
    if (original.size === 0) throw badRequest('empty_upload', 'The file is empty.');
    if (!matchesMagic(type, original.head)) throw badRequest('media_type_mismatch', 'The file is not the kind of file it says it is.');
    const strippedBytes = isImage(type) ? sharedCopyOf(type, await fs.readFile(original.tmp)) : null;
    const shared = strippedBytes && (await stageFile(dir, id, 'shared', bytesOf(strippedBytes), Number.POSITIVE_INFINITY));
    if (shared) staged.push(shared);
    await placeFiles(dir, staged);
    return { original, shared };
  } catch (err) {
    await discardStaged(staged);
    throw err;
  }
}

async function storeUpload(ctx: AppContext, actor: Principal | null, incidentId: string, upload: IncomingUpload): Promise<EvidenceItem> {
  const type = checkDeclared(ctx, upload);
  if (!(await getIncident(ctx, incidentId))) throw notFound('Incident');
  const id = ctx.ids.next();
  const { original, shared } = await stageCopies(ctx, id, type, upload.body as ReadableStream<Uint8Array>);
  const hashes = { id, sha256Original: original.sha256, sha256Shared: shared?.sha256 ?? null };
  const first = nextCustodyEntry(ctx, hashes, null, actor?.memberId ?? null, 'uploaded');
  const row: EvidenceTable = {
    ...hashes,
    incidentId,
    mediaType: type,
    size: original.size,
    shareable: toFlag(shared !== null),
    createdAt: ctx.clock.now(),
    held: 0,
    fromReporter: toFlag(actor === null),
    custodyHead: first.hash,
  };
  try {
    await ctx.db.transaction().execute(async (tx) => {
      await insertEvidence(tx, row);
      await insertCustodyEntry(tx, first);
      await audit(ctx, tx, { actor, action: 'evidence.uploaded', objectType: 'evidence', objectId: id, incidentId });
    });
  } catch (err) {
    // The row did not commit: no file may stay without it.
    await fs.rm(evidenceFile(ctx.config.evidenceDir, id, 'original'), { force: true });
    await fs.rm(evidenceFile(ctx.config.evidenceDir, id, 'shared'), { force: true });
    throw err;
  }
  return presentEvidence(row);
}
