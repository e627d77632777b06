import { type Kysely, sql, type Transaction } from 'kysely';

/**
 * Group commit: many small writes share one transaction, so one fsync acknowledges them all.
 *
 * With `synchronous=FULL` every SQLite commit waits for the disk, which caps one-write-per-transaction
 * at a few hundred a second. Here writes that arrive while a commit is in flight queue up and go in the
 * next transaction together, each inside its own savepoint: a write that throws is rolled back alone and
 * its caller gets the error, the others commit. Every caller is answered only after the commit, so an
 * acknowledged write is on disk exactly as with its own transaction (R-DUR-1). Under light load a batch
 * holds one write and waits only one turn of the event loop; the batch grows only as writes arrive.
 */
export interface GroupCommit<DB> {
  run<T>(work: (tx: Transaction<DB>) => Promise<T>): Promise<T>;
}

interface Pending<DB> {
  work: (tx: Transaction<DB>) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export function createGroupCommit<DB>(db: Kysely<DB>, opts: { maxBatch?: number } = {}): GroupCommit<DB> {
  const maxBatch = opts.maxBatch ?? 200;
  const queue: Pending<DB>[] = [];
  let committing = false;

  async function commitBatch(batch: Pending<DB>[]) {
    let outcomes: Outcome[];
    try {
      outcomes = await db.transaction().execute(async (tx) => {
        const done: Outcome[] = [];
        for (const item of batch) {
          await sql`savepoint group_commit_item`.execute(tx);
          try {
            const value = await item.work(tx);
            await sql`release savepoint group_commit_item`.execute(tx);
            done.push({ ok: true, value });
          } catch (error) {
            await sql`rollback to savepoint group_commit_item`.execute(tx);
            await sql`release savepoint group_commit_item`.execute(tx);
            done.push({ ok: false, error });
          }
        }
        return done;
      });
    } catch (error) {
      // The commit itself failed: nothing of the batch was written, and every caller hears so.
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => {
      const outcome = outcomes[i];
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.error);
    });
  }

  async function drain() {
    try {
      while (queue.length) {
        // better-sqlite3 works synchronously: until the event loop turns, no other request is read.
        // Letting it turn first lets every write already on its way join this commit.
        await new Promise((resolve) => setImmediate(resolve));
        await commitBatch(queue.splice(0, maxBatch));
      }
    } finally {
      committing = false;
    }
  }

  return {
    run<T>(work: (tx: Transaction<DB>) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
        if (committing) return;
        committing = true;
        void drain();
      });
    },
  };
}

const shared = new WeakMap<object, GroupCommit<unknown>>();

/** Bounds how long one transaction holds the single SQLite connection. */
const SHARED_MAX_BATCH = 256;

/**
 * Small writes from any module that arrive together: one shared group commit per SQLite database;
 * PostgreSQL commits concurrently, so there each write keeps its own transaction.
 */
export function commitTogether<DB, T>(
  db: Kysely<DB>,
  dialect: 'sqlite' | 'postgres',
  work: (tx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  if (dialect === 'postgres') return db.transaction().execute(work);
  let gc = shared.get(db) as GroupCommit<DB> | undefined;
  if (!gc) {
    gc = createGroupCommit(db, { maxBatch: SHARED_MAX_BATCH });
    shared.set(db, gc as GroupCommit<unknown>);
  }
  return gc.run(work);
}
