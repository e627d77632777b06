import fs from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { AppContext } from '../../context';
import { fromFlag, toFlag } from '../../core/db/portable';
import { conflict, gone, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import type { Db } from '../../database';
import { audit } from '../audit';
import { getIncident } from '../reports';
import type { EvidenceItem } from './contract';
import { appendCustody } from './custody';
import { extensionOf } from './media';
import { findEvidence, listIncidentEvidence, setHeld } from './repository';
import type { EvidenceTable } from './schema';
import { type Copy, evidenceFile } from './storage';

export const presentEvidence = (row: EvidenceTable): EvidenceItem => ({
  id: row.id,
  incidentId: row.incidentId,
  mediaType: row.mediaType,
  size: row.size,
  createdAt: row.createdAt,
  sha256Original: row.sha256Original,
  sha256Shared: row.sha256Shared,
  shareable: fromFlag(row.shareable),
  held: fromFlag(row.held),
  fromReporter: fromFlag(row.fromReporter),
});

/** Reads an item's row for a change, locking it on PostgreSQL so its chain grows one entry at a time. */
export async function lockedEvidence(ctx: AppContext, tx: Db, id: string): Promise<EvidenceTable> {
  const row = await findEvidence(tx, id, ctx.dialect === 'postgres');
  if (!row) throw notFound('Evidence');
  return row;
}

/** The incident's items; an incident that does not exist (and left nothing held) is a 404. */
export async function listEvidence(ctx: AppContext, incidentId: string): Promise<EvidenceItem[]> {
  const rows = await listIncidentEvidence(ctx.db, incidentId);
  if (!rows.length && !(await getIncident(ctx, incidentId))) throw notFound('Incident');
  return rows.map(presentEvidence);
}

export interface EvidenceFile {
  item: EvidenceItem;
  copy: Copy;
  fileName: string;
  size: number;
  body: ReadableStream<Uint8Array>;
}

/**
 * One copy of an item, to be sent: the view is entered in its chain of custody in the same
 * transaction that finds the file, so no file is handed out unrecorded.
 */
export async function openEvidenceFile(ctx: AppContext, actor: Principal, id: string, copy: Copy): Promise<EvidenceFile> {
  let handle: fs.FileHandle | undefined;
  try {
    const { row, size } = await ctx.db.transaction().execute(async (tx) => {
      const row = await lockedEvidence(ctx, tx, id);
      if (copy === 'shared' && !fromFlag(row.shareable)) {
        throw conflict('not_shareable', 'Videos are kept as originals only: there is no copy with the metadata removed.');
      }
      handle = await fs.open(evidenceFile(ctx.config.evidenceDir, id, copy), 'r').catch(() => {
        throw gone('evidence_file_missing', 'The file of this item is missing from the server.');
      });
      const { size } = await handle.stat();
      await appendCustody(ctx, tx, row, actor.memberId, 'viewed');
      if (copy === 'original') {
        await audit(ctx, tx, {
          actor,
          action: 'evidence.original_viewed',
          objectType: 'evidence',
          objectId: id,
          incidentId: row.incidentId,
        });
      }
      return { row, size };
    });
    const opened = handle as fs.FileHandle;
    const suffix = copy === 'original' ? '-original' : '';
    return {
      item: presentEvidence(row),
      copy,
      fileName: `evidence-${id}${suffix}.${extensionOf(row.mediaType)}`,
      size,
      body: Readable.toWeb(opened.createReadStream()) as ReadableStream<Uint8Array>,
    };
  } catch (err) {
    await handle?.close();
    throw err;
  }
}

/** A caseworker keeps an item past its incident's retention, or lets it go again. No change, no entry. */
export async function setEvidenceHeld(ctx: AppContext, actor: Principal, id: string, held: boolean): Promise<EvidenceItem> {
  return ctx.db.transaction().execute(async (tx) => {
    const row = await lockedEvidence(ctx, tx, id);
    if (fromFlag(row.held) === held) return presentEvidence(row);
    await setHeld(tx, id, toFlag(held));
    const action = held ? 'held' : 'released';
    await appendCustody(ctx, tx, row, actor.memberId, action);
    await audit(ctx, tx, { actor, action: `evidence.${action}`, objectType: 'evidence', objectId: id, incidentId: row.incidentId });
    return presentEvidence({ ...row, held: toFlag(held) });
  });
}
