import type { AppContext } from '../../context';
import { commitTogether } from '../../core/db/group-commit';
import type { Db } from '../../database';

/**
 * On SQLite a commit waits for an fsync and one writer commits at a time, so a transaction per pledge
 * would cap pledging at the disk's commits per second: pledges that arrive together share one (see
 * core/db/group-commit.ts), and one that is refused (the campaign closed meanwhile, a member pledging
 * twice) is rolled back alone. On PostgreSQL each pledge keeps its own transaction, and its row locks
 * order the signers of a group (see counts.ts).
 */
export const commitPledge = <T>(ctx: AppContext, write: (tx: Db) => Promise<T>): Promise<T> => commitTogether(ctx.db, ctx.dialect, write);
