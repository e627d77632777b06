import './reports.css';
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { usePathParam } from '../../../core/web/router';
import { hasRole, useMe } from '../../../core/web/session';
import type { DuplicateSuggestion, Report } from '../contract';
import { DuplicateList } from './duplicate-list';
import { IncidentTimeline } from './incident-timeline';
import { LiveBadge } from './live-queue';
import { PrivateDetails } from './private-details';
import { ReportFacts } from './report-facts';
import { useNow, useReportsLive } from './use-reports-live';
import { CloseIncident, VerifyPanel } from './verify-panel';

/**
 * What other features add to a report's page (the alert composer, dispatch, evidence). A section
 * gets the report and the live version (it goes up whenever any report changes: refetch then).
 */
export interface ReportSectionProps {
  report: Report;
  version: number;
  onChanged: () => void;
}
export type ReportSection = ComponentType<ReportSectionProps>;

const isOpen = (r: Report) => r.state === 'new' || r.state === 'verifying';

function Duplicates(props: { report: Report; version: number; onMerged: () => void }) {
  const t = useT('reports');
  const now = useNow();
  const [duplicates, setDuplicates] = useState<DuplicateSuggestion[]>([]);
  useEffect(() => {
    api.get<{ duplicates: DuplicateSuggestion[] }>(`/api/reports/${props.report.id}/duplicates`).then(
      (r) => setDuplicates(r.duplicates),
      () => setDuplicates([]),
    );
  }, [props.report.id, props.version]);
  if (!duplicates.length) return null;
  return (
    <section class="card" aria-label={t('duplicates.sectionLabel')}>
      <DuplicateList reportId={props.report.id} duplicates={duplicates} now={now} onMerged={props.onMerged} heading="h2" />
    </section>
  );
}

/** /reports/:id — one report: its facts, the verifier's decision, private details, and the incident's timeline. */
export function ReportDetail({ sections = [] }: { sections?: readonly ReportSection[] }) {
  const t = useT('reports');
  const me = useMe();
  const id = usePathParam('id');
  const live = useReportsLive();
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<unknown>(null);
  // Our own changes bump this too, so the timeline shows them even before the stream does.
  const [local, setLocal] = useState(0);
  const refresh = () => setLocal((n) => n + 1);
  const version = live.version + local;
  useEffect(() => {
    api.get<Report>(`/api/reports/${id}`).then(setReport, setError);
  }, [id, version]);
  const changed = (r: Report) => {
    setReport(r);
    refresh();
  };

  if (error && !report) return <FormError error={error} />;
  if (!report) return <Loading />;
  return (
    <>
      <PageTitle title={t('detail.title', { zone: report.zoneName })} />
      <p>
        <a href="/reports">{t('detail.back')}</a> <LiveBadge status={live.status} />
      </p>
      <ReportFacts report={report} />
      {isOpen(report) && hasRole(me, 'verifier') && <VerifyPanel report={report} onChanged={changed} />}
      <PrivateDetails report={report} onRevealed={refresh} />
      {isOpen(report) && <Duplicates report={report} version={version} onMerged={refresh} />}
      {sections.map((Section, i) => (
        <Section key={i} report={report} version={version} onChanged={refresh} />
      ))}
      {/* Closing is the incident's last step: after the alert and the evidence, not before them. */}
      {report.state === 'confirmed' && report.closedAt === null && <CloseIncident report={report} onChanged={changed} />}
      <IncidentTimeline reportId={report.id} version={version} />
    </>
  );
}
