import type { AppContext, AppModule } from '../../context';
import { seedDemoReports } from './demo';
import { startReportsLive } from './live';
import { reportsMigrations } from './migrations';
import { findReport } from './repository';
import { reportsRetention } from './retention';
import { reportsRoutes } from './routes';

export type { Activity, NewReport, Report, ReportSource, ReportState, TimelineEntry, VerificationMethod } from './contract';
export { existingReportIds as existingIncidentIds, incidentIdsClosedBefore } from './repository';
export type { ReportsTables } from './schema';
export {
  checkUploadToken,
  closeIncident,
  decideReport,
  fileReport,
  INCIDENT_CLOSED,
  type IncidentClosed,
  REPORT_CHANGED,
  REPORT_CONFIRMED,
  REPORT_FILED,
  type ReportConfirmed,
  revealCallback,
  revealExactPoint,
  startVerifying,
} from './service';
export { incidentTimeline } from './timeline';

/** What other modules need to know of a report to act on it as an incident. */
export async function getIncident(ctx: AppContext, id: string) {
  const row = await findReport(ctx.db, id);
  if (!row) return null;
  const { exactLat, exactLng, callbackPhone, uploadTokenHash, uploadTokenExpiresAt, ...incident } = row;
  // Whether the reporter shared the exact point — not the point itself, which is revealed (and audited) on request.
  return { ...incident, hasExactPoint: exactLat !== null };
}
export type Incident = NonNullable<Awaited<ReturnType<typeof getIncident>>>;

export const reportsModule: AppModule = {
  name: 'reports',
  migrations: reportsMigrations,
  routes: reportsRoutes,
  retention: reportsRetention,
  start: startReportsLive,
  seedDemo: seedDemoReports,
};
