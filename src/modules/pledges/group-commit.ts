import { sql } from 'kysely';
import type { AppContext } from '../../context';
import type { Db } from '../../database';

/**
 * Group commit for pledges on SQLite. There a commit waits for an fsync (synchronous=FULL), and one
 * writer commits at a time, so a transaction per pledge caps pledging at the disk's commits per
 * second. Pledges that arrive together are written in one transaction instead, each inside its own
 * savepoint: one that is refused (the campaign closed meanwhile, a member pledging twice) is rolled
 * back alone, and every pledge is acknowledged only once the commit holding it is on disk.
 * A lone pledge still goes at once. PostgreSQL commits concurrently, so there each pledge keeps
 * its own transaction (and its row locks order the signers of a group; see counts.ts).
 */

/** Bounds how long one transaction holds the single SQLite connection. */
const MAX_BATCH = 256;

interface Job {
  write: (tx: Db) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

class GroupCommit {
  private queue: Job[] = [];
  private draining = false;

  constructor(private readonly db: Db) {}

  submit<T>(write: (tx: Db) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ write, resolve: resolve as (value: unknown) => void, reject });
      if (this.draining) return;
      this.draining = true;
      // After this turn of the event loop, so that pledges whose checks finish in it share the commit.
      setImmediate(() => void this.drain());
    });
  }

  private async drain() {
    while (this.queue.length) {
      const batch = this.queue.splice(0, MAX_BATCH);
      const outcomes: ({ value: unknown } | { err: unknown })[] = [];
      try {
        await this.db.transaction().execute(async (tx) => {
          for (const job of batch) {
            await sql`savepoint pledge`.execute(tx);
            try {
              outcomes.push({ value: await job.write(tx) });
            } catch (err) {
              await sql`rollback to pledge`.execute(tx);
              outcomes.push({ err });
            }
            await sql`release pledge`.execute(tx);
          }
        });
      } catch (err) {
        for (const job of batch) job.reject(err);
        continue;
      }
      batch.forEach((job, i) => {
        const outcome = outcomes[i];
        if ('value' in outcome) job.resolve(outcome.value);
        else job.reject(outcome.err);
      });
    }
    this.draining = false;
  }
}

const writers = new WeakMap<Db, GroupCommit>();

/** Runs `write` in a transaction: its own on PostgreSQL, one shared with other pledges on SQLite. */
export function commitPledge<T>(ctx: AppContext, write: (tx: Db) => Promise<T>): Promise<T> {
  if (ctx.dialect === 'postgres') return ctx.db.transaction().execute(write);
  let writer = writers.get(ctx.db);
  if (!writer) {
    writer = new GroupCommit(ctx.db);
    writers.set(ctx.db, writer);
  }
  return writer.submit(write);
}
