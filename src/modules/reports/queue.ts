import type { AppContext } from '../../context';
import { MINUTE } from '../../core/clock';
import { notFound } from '../../core/errors';
import { neighboursOf, zoneNames } from '../zones';
import type { DuplicateSuggestion, QueueItem, Report } from './contract';
import { rankDuplicates } from './duplicates';
import { findReport, listConfirmedOpenIncidents, listDuplicateCandidates, listOpenReports } from './repository';
import type { ReportTable } from './schema';
import { presentReports } from './service';

/** Enough to choose from on a busy night; more would be noise on a phone. */
const SUGGESTIONS_PER_REPORT = 3;
const QUEUE_LIMIT = 200;

/** For each report, the other reports that may be the same sighting, best first. */
async function suggestionsFor(ctx: AppContext, reports: readonly ReportTable[]): Promise<Map<string, DuplicateSuggestion[]>> {
  const out = new Map<string, DuplicateSuggestion[]>();
  if (!reports.length) return out;
  const windowMs = ctx.config.duplicateWindowMinutes * MINUTE;
  const neighbours = new Map<string, Set<string>>();
  for (const zoneId of new Set(reports.map((r) => r.zoneId))) neighbours.set(zoneId, new Set(await neighboursOf(ctx, zoneId)));
  const zones = new Set([...neighbours].flatMap(([zoneId, near]) => [zoneId, ...near]));
  const seen = reports.map((r) => r.seenAt);
  const candidates = await listDuplicateCandidates(ctx.db, [...zones], Math.min(...seen) - windowMs, Math.max(...seen) + windowMs);
  const names = await zoneNames(
    ctx,
    candidates.map((c) => c.zoneId),
  );
  for (const report of reports) {
    const ranked = rankDuplicates(report, candidates, {
      neighbours: neighbours.get(report.zoneId) ?? new Set(),
      windowMs,
      limit: SUGGESTIONS_PER_REPORT,
    });
    out.set(
      report.id,
      ranked.map(({ candidate: c, score, reasons }) => ({
        id: c.id,
        score,
        reasons,
        state: c.state,
        zoneName: names.get(c.zoneId) ?? '',
        activity: c.activity,
        people: c.people,
        vehicles: c.vehicles,
        seenAt: c.seenAt,
      })),
    );
  }
  return out;
}

/** Reports waiting for a verifier, newest first, each with its duplicate suggestions. */
export async function listQueue(ctx: AppContext): Promise<QueueItem[]> {
  const rows = await listOpenReports(ctx.db, QUEUE_LIMIT);
  const [reports, suggestions] = await Promise.all([presentReports(ctx, rows), suggestionsFor(ctx, rows)]);
  return reports.map((r) => ({ ...r, duplicates: suggestions.get(r.id) ?? [] }));
}

/** Possible duplicates of one report (none once it is decided: only an open report can be merged). */
export async function duplicatesOf(ctx: AppContext, id: string): Promise<DuplicateSuggestion[]> {
  const row = await findReport(ctx.db, id);
  if (!row) throw notFound('Report');
  if (row.state !== 'new' && row.state !== 'verifying') return [];
  return (await suggestionsFor(ctx, [row])).get(id) ?? [];
}

/** Confirmed incidents not closed yet, most recently confirmed first. */
export async function listOpenIncidents(ctx: AppContext): Promise<Report[]> {
  return presentReports(ctx, await listConfirmedOpenIncidents(ctx.db, QUEUE_LIMIT));
}
