import { Readable } from 'node:stream';
import type { AppContext } from '../../context';
import { AppError, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import { audit } from '../audit';
import { appendCustody, CUSTODY_FORMAT, CUSTODY_HASH_RULE } from './custody';
import { extensionOf } from './media';
import { listCustodyEntries, listIncidentEvidence } from './repository';
import type { CustodyEntryTable, EvidenceTable } from './schema';
import { lockedEvidence, presentEvidence } from './service';
import { evidenceFile } from './storage';
import { bytesSource, fileSource, type ZipSource, zipSize, zipStream } from './zip';

const README = `Evidence export from Whistle.

originals/  each file exactly as it was uploaded (it may contain location and other metadata).
shared/     the copy members were shown: the same image with its metadata removed. Videos have none.
manifest.json  every item with the SHA-256 of both files and its chain of custody.
custody-chain.json  every custody entry of these items, in order.

Check a file: its SHA-256 must equal sha256Original (or sha256Shared) in manifest.json.
Check a chain: ${CUSTODY_HASH_RULE}
Each entry's prevHash is the hash of the entry before it; the last entry is this export.
`;

const archivedName = (row: EvidenceTable, folder: 'originals' | 'shared') => `${folder}/${row.id}.${extensionOf(row.mediaType)}`;

/** One custody entry as the export manifest lists it (under its item). */
export type CustodyRecord = Omit<CustodyEntryTable, 'id' | 'evidenceId'>;

const custodyRecord = (e: CustodyEntryTable): CustodyRecord => ({
  seq: e.seq,
  at: e.at,
  memberId: e.memberId,
  action: e.action,
  prevHash: e.prevHash,
  hash: e.hash,
});

function manifest(incidentId: string, actor: Principal, at: number, rows: EvidenceTable[], chains: CustodyEntryTable[]) {
  return {
    format: 'whistle-evidence-export-v1',
    custodyFormat: CUSTODY_FORMAT,
    custodyHashRule: CUSTODY_HASH_RULE,
    incidentId,
    exportedAt: new Date(at).toISOString(),
    exportedBy: actor.memberId,
    items: rows.map((row) => ({
      ...presentEvidence(row),
      createdAtIso: new Date(row.createdAt).toISOString(),
      files: { original: archivedName(row, 'originals'), shared: row.sha256Shared ? archivedName(row, 'shared') : null },
      custody: chains.filter((e) => e.evidenceId === row.id).map(custodyRecord),
    })),
  };
}

async function fileSources(ctx: AppContext, rows: EvidenceTable[]): Promise<ZipSource[]> {
  const dir = ctx.config.evidenceDir;
  const sources: ZipSource[] = [];
  for (const row of rows) {
    sources.push(await fileSource(archivedName(row, 'originals'), evidenceFile(dir, row.id, 'original')));
    if (row.sha256Shared) sources.push(await fileSource(archivedName(row, 'shared'), evidenceFile(dir, row.id, 'shared')));
  }
  return sources;
}

const tooMuch = () => new AppError(413, 'export_too_large', 'This incident has too much evidence for one archive.');

const json = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');

export interface EvidenceExport {
  fileName: string;
  size: number;
  body: ReadableStream<Uint8Array>;
}

/**
 * A ZIP for a lawyer: originals, shared copies, manifest and custody chains. Each item's chain gets
 * an `exported` entry in one transaction before the archive is sent, and the archive includes it.
 */
export async function exportIncidentEvidence(ctx: AppContext, actor: Principal, incidentId: string): Promise<EvidenceExport> {
  const found = await listIncidentEvidence(ctx.db, incidentId);
  if (!found.length) throw notFound('Evidence of this incident');
  // Files are read for their CRC before the transaction, so it does not hold the write lock that long.
  const files = await fileSources(ctx, found);
  if (zipSize(files) === null) throw tooMuch();
  const at = ctx.clock.now();
  const { rows, chains } = await ctx.db.transaction().execute(async (tx) => {
    const rows: EvidenceTable[] = [];
    for (const { id } of found) {
      const row = await lockedEvidence(ctx, tx, id);
      await appendCustody(ctx, tx, row, actor.memberId, 'exported');
      rows.push(row);
    }
    await audit(ctx, tx, { actor, action: 'evidence.exported', objectType: 'incident', objectId: incidentId, incidentId });
    return {
      rows,
      chains: await listCustodyEntries(
        tx,
        rows.map((r) => r.id),
      ),
    };
  });
  const sources = [
    bytesSource('README.txt', Buffer.from(README, 'utf8')),
    bytesSource('manifest.json', json(manifest(incidentId, actor, at, rows, chains))),
    bytesSource('custody-chain.json', json(chains)),
    ...files,
  ];
  const size = zipSize(sources);
  if (size === null) throw tooMuch();
  return {
    fileName: `whistle-evidence-${incidentId}.zip`,
    size,
    body: Readable.toWeb(Readable.from(zipStream(sources, at))) as ReadableStream<Uint8Array>,
  };
}
