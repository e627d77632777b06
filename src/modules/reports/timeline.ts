import type { AppContext } from '../../context';
import { notFound } from '../../core/errors';
import { incidentAuditEntries } from '../audit';
import type { TimelineEntry } from './contract';
import { findReport } from './repository';

/** Audit entries about a member (a dispatch offer to a responder, say) would name them by id. */
const NAMES_A_MEMBER = new Set(['member']);

/**
 * Everything recorded about an incident — its report, alerts, dispatch and evidence — oldest first.
 * Who acted is told by role only: no name, no member id.
 */
export async function incidentTimeline(ctx: AppContext, id: string): Promise<TimelineEntry[]> {
  if (!(await findReport(ctx.db, id))) throw notFound('Report');
  const entries = await incidentAuditEntries(ctx, id);
  return entries.map((e) => ({
    at: e.at,
    action: e.action,
    roles: e.memberId === null ? [] : e.roles.split(',').filter(Boolean),
    objectType: e.objectType,
    objectId: NAMES_A_MEMBER.has(e.objectType) ? null : e.objectId,
  }));
}
