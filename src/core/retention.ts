import { DAY } from './clock';
import type { Config } from './config';
import type { Logger } from './log';

/**
 * A kind of record with a retention period (R-RET-1); `purge` deletes what ended before `cutoff`
 * (rows, and files where a kind keeps any — hence the configuration).
 */
export interface RetentionRule<DB> {
  kind: string;
  purge(db: DB, cutoff: number, config: Config): Promise<number>;
}

export interface PurgeResult {
  kind: string;
  days: number;
  deleted: number;
}

/** Runs every rule with the periods of `config.retentionDays`. */
export async function purgeExpired<DB>(
  db: DB,
  rules: RetentionRule<DB>[],
  config: Config,
  now: number,
  log?: Logger,
): Promise<PurgeResult[]> {
  const results: PurgeResult[] = [];
  for (const rule of rules) {
    const days = config.retentionDays[rule.kind];
    if (days === undefined) throw new Error(`No retention period is configured for "${rule.kind}"`);
    if (days === 0) continue;
    const deleted = await rule.purge(db, now - days * DAY, config);
    results.push({ kind: rule.kind, days, deleted });
  }
  log?.info('retention purge', { results });
  return results;
}
