import { hasRole, useMe } from '../../../core/web/session';
import { AlertComposer } from './alert-composer';

/** For a report's page: the composer, to verifiers, once the report is a confirmed incident still open. */
export function AlertReportSection({ report }: { report: { id: string; zoneId: string; state: string; closedAt: number | null } }) {
  const me = useMe();
  if (report.state !== 'confirmed' || report.closedAt !== null || !hasRole(me, 'verifier')) return null;
  return <AlertComposer reportId={report.id} zoneId={report.zoneId} />;
}
