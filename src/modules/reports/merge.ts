import type { AppContext } from '../../context';
import { badRequest, conflict, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import { audit } from '../audit';
import { findReportForUpdate, idsMergedInto, updateReport } from './repository';
import type { ReportTable } from './schema';
import { mustBeOpen, REPORT_CHANGED } from './service';

/**
 * Merges an open report into another report of the same sighting. The target must be open or a
 * live incident — never a merged report, so there are no chains and no cycles; reports that were
 * merged into the source move on to the target for the same reason.
 */
export async function mergeReport(ctx: AppContext, actor: Principal, id: string, into: string): Promise<ReportTable> {
  if (id === into) throw badRequest('merge_into_self', 'A report cannot be merged into itself.', 'into');
  const lock = ctx.dialect === 'postgres';
  const result = await ctx.db.transaction().execute(async (tx) => {
    // Both rows are locked in id order, so two merges of the same pair cannot wait on each other.
    const rows = new Map<string, ReportTable | undefined>();
    for (const rowId of [id, into].sort()) rows.set(rowId, await findReportForUpdate(tx, rowId, lock));
    const source = rows.get(id);
    const target = rows.get(into);
    if (!source) throw notFound('Report');
    mustBeOpen(source);
    if (!target) throw badRequest('merge_target_missing', 'There is no report with that id to merge into.', 'into');
    if (target.state === 'merged')
      throw conflict('merge_target_merged', 'That report was itself merged; merge into the one it went to.', 'into');
    if (target.state === 'false_alarm' || target.state === 'unable_to_verify')
      throw conflict('merge_target_decided', 'That report was decided without confirming it; it cannot take a merge.', 'into');
    if (target.closedAt !== null) throw conflict('incident_closed', 'That incident is already closed.', 'into');

    const set: Partial<ReportTable> = { state: 'merged', mergedInto: into, decidedAt: ctx.clock.now(), decidedBy: actor.memberId };
    await updateReport(tx, id, set);
    await audit(ctx, tx, { actor, action: 'report.merged', objectType: 'report', objectId: id, incidentId: id });
    await audit(ctx, tx, { actor, action: 'report.duplicate_merged', objectType: 'report', objectId: id, incidentId: into });
    const moved = await idsMergedInto(tx, id);
    for (const child of moved) {
      await updateReport(tx, child, { mergedInto: into });
      await audit(ctx, tx, { actor, action: 'report.merge_moved', objectType: 'report', objectId: child, incidentId: child });
      await audit(ctx, tx, { actor, action: 'report.duplicate_merged', objectType: 'report', objectId: child, incidentId: into });
    }
    return { row: { ...source, ...set }, targetState: target.state, moved };
  });
  await ctx.bus.publish(REPORT_CHANGED, { reportId: id, state: 'merged' });
  await ctx.bus.publish(REPORT_CHANGED, { reportId: into, state: result.targetState });
  for (const reportId of result.moved) await ctx.bus.publish(REPORT_CHANGED, { reportId, state: 'merged' });
  return result.row;
}
