import type { AppContext } from '../../context';
import { createGroupCommit, type GroupCommit } from '../../core/db/group-commit';
import type { Database, Db } from '../../database';

/**
 * On SQLite a commit waits for an fsync and one writer commits at a time, so a transaction per pledge
 * caps pledging at the disk's commits per second: pledges that arrive together share one (see
 * core/db/group-commit.ts), and one that is refused (the campaign closed meanwhile, a member pledging
 * twice) is rolled back alone. PostgreSQL commits concurrently, so there each pledge keeps its own
 * transaction (and its row locks order the signers of a group; see counts.ts).
 */
const writers = new WeakMap<Db, GroupCommit<Database>>();

/** Bounds how long one transaction holds the single SQLite connection. */
const MAX_BATCH = 256;

export function commitPledge<T>(ctx: AppContext, write: (tx: Db) => Promise<T>): Promise<T> {
  if (ctx.dialect === 'postgres') return ctx.db.transaction().execute(write);
  let writer = writers.get(ctx.db);
  if (!writer) {
    writer = createGroupCommit(ctx.db, { maxBatch: MAX_BATCH });
    writers.set(ctx.db, writer);
  }
  return writer.run(write);
}
