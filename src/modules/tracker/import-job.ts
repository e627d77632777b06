import { setImmediate as nextTurn } from 'node:timers/promises';
import type { AppContext } from '../../context';
import { MINUTE } from '../../core/clock';
import { badRequest, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import type { Db } from '../../database';
import { audit } from '../audit';
import type { ImportJob } from './contract';
import { type ImportError, type ImportedAction, importIlrCsv } from './ilr-import';
import { announceSaved, type SaveOutcome, saveActions } from './save-actions';
import type { ActionImportTable } from './schema';

/**
 * A CSV import as a job: the file is read and checked at once (so the answer can say how many rows
 * and which are bad), then written in batches while the page polls the job for progress.
 *
 * Polling rather than a live stream: the job row is the single truth any node can answer from, an
 * import lasts seconds, and a poll every half second costs less than keeping a stream open.
 */

/** Rows per transaction: one fsync per batch keeps 5,000 rows well inside 10 s; a batch is short enough not to hold up other writes. */
export const IMPORT_BATCH = 500;
/** Problems kept on the job for the page; `errorCount` has the full number. */
export const IMPORT_ERRORS_KEPT = 1000;
/** A running job not advanced for this long was cut off (its server stopped); re-importing finishes it. */
const STALE_AFTER = 2 * MINUTE;

export function presentJob(row: ActionImportTable, now: number): ImportJob {
  const stale = row.state === 'running' && now - Number(row.updatedAt) > STALE_AFTER;
  return {
    id: row.id,
    state: stale ? 'failed' : row.state,
    totalRows: row.totalRows,
    goodRows: row.goodRows,
    rowsDone: row.rowsDone,
    created: row.created,
    updated: row.updated,
    unchanged: row.unchanged,
    badRows: row.badRows,
    errorCount: row.errorCount,
    errors: JSON.parse(row.errors) as ImportError[],
    failure: stale ? 'interrupted' : row.failure,
    createdAt: Number(row.createdAt),
    finishedAt: row.finishedAt === null ? null : Number(row.finishedAt),
  };
}

const describe = (e: ImportError) => `line ${e.line}${e.column ? `, ${e.column}` : ''}: ${e.message}`;

export async function getImportJob(ctx: AppContext, id: string): Promise<ImportJob> {
  const row = await ctx.db.selectFrom('actionImport').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Import');
  return presentJob(row, ctx.clock.now());
}

async function recordBatch(db: Db, id: string, rows: number, saved: SaveOutcome, now: number) {
  await db
    .updateTable('actionImport')
    .set((eb) => ({
      rowsDone: eb('rowsDone', '+', rows),
      created: eb('created', '+', saved.created.length),
      updated: eb('updated', '+', saved.updated.length),
      unchanged: eb('unchanged', '+', saved.unchanged),
      updatedAt: now,
    }))
    .where('id', '=', id)
    .execute();
}

const finish = (db: Db, id: string, failure: string | null, now: number) =>
  db
    .updateTable('actionImport')
    .set({ state: failure === null ? 'done' : 'failed', failure, updatedAt: now, finishedAt: now })
    .where('id', '=', id)
    .execute();

/** Writes the good rows batch by batch; never rejects (a failure is recorded on the job). */
async function runImport(ctx: AppContext, id: string, actions: ImportedAction[]): Promise<void> {
  try {
    for (let i = 0; i < actions.length; i += IMPORT_BATCH) {
      const batch = actions.slice(i, i + IMPORT_BATCH).map((row) => row.action);
      const saved = await ctx.db.transaction().execute(async (tx) => {
        const outcome = await saveActions(ctx, tx, batch);
        await recordBatch(tx, id, batch.length, outcome, ctx.clock.now());
        return outcome;
      });
      await announceSaved(ctx, saved, id);
      // Let waiting requests (the page's progress polls among them) in between batches.
      await nextTurn();
    }
    await finish(ctx.db, id, null, ctx.clock.now());
  } catch (err) {
    ctx.log.error('tracker import failed', { importId: id, err: String(err) });
    await finish(ctx.db, id, 'write_failed', ctx.clock.now()).catch((e) =>
      ctx.log.error('tracker import could not record its failure', { importId: id, err: String(e) }),
    );
  }
}

/**
 * Checks the whole file, records the job, and starts writing. A file whose header is not the ILR
 * layout is refused outright (nothing is recorded); bad rows are reported on the job by line.
 * `finished` settles when the last batch is written, for callers that want to wait.
 */
export async function startImport(ctx: AppContext, actor: Principal, csv: string): Promise<{ job: ImportJob; finished: Promise<void> }> {
  const parsed = importIlrCsv(csv);
  if (parsed.rows === 0 && parsed.errors.length > 0) {
    throw badRequest('tracker_csv_header', `The file is not in the ILR tracker layout: ${parsed.errors.map(describe).join('; ')}.`, 'csv');
  }
  const now = ctx.clock.now();
  const row: ActionImportTable = {
    id: ctx.ids.next(),
    state: parsed.actions.length === 0 ? 'done' : 'running',
    totalRows: parsed.rows,
    goodRows: parsed.actions.length,
    rowsDone: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    errors: JSON.stringify(parsed.errors.slice(0, IMPORT_ERRORS_KEPT)),
    errorCount: parsed.errors.length,
    badRows: new Set(parsed.errors.map((e) => e.line)).size,
    failure: null,
    createdBy: actor.memberId,
    createdAt: now,
    updatedAt: now,
    finishedAt: parsed.actions.length === 0 ? now : null,
  };
  await ctx.db.transaction().execute(async (tx) => {
    await tx.insertInto('actionImport').values(row).execute();
    await audit(ctx, tx, { actor, action: 'tracker.import_started', objectType: 'action_import', objectId: row.id });
  });
  const finished = parsed.actions.length === 0 ? Promise.resolve() : runImport(ctx, row.id, parsed.actions);
  return { job: presentJob(row, now), finished };
}

/** Import jobs go after the retention period: their problem lists quote the file's cells. */
export async function purgeImportJobs(db: Db, cutoff: number): Promise<number> {
  const result = await db.deleteFrom('actionImport').where('createdAt', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}
