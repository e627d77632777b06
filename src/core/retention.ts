import { DAY } from './clock';
import type { Logger } from './log';

/** A kind of record with a retention period (R-RET-1); `purge` deletes rows that ended before `cutoff`. */
export interface RetentionRule<DB> {
  kind: string;
  purge(db: DB, cutoff: number): Promise<number>;
}

export interface PurgeResult {
  kind: string;
  days: number;
  deleted: number;
}

export async function purgeExpired<DB>(
  db: DB,
  rules: RetentionRule<DB>[],
  retentionDays: Record<string, number>,
  now: number,
  log?: Logger,
): Promise<PurgeResult[]> {
  const results: PurgeResult[] = [];
  for (const rule of rules) {
    const days = retentionDays[rule.kind];
    if (days === undefined) throw new Error(`No retention period is configured for "${rule.kind}"`);
    if (days === 0) continue;
    const deleted = await rule.purge(db, now - days * DAY);
    results.push({ kind: rule.kind, days, deleted });
  }
  log?.info('retention purge', { results });
  return results;
}
