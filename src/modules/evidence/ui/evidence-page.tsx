import { PageTitle } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { usePathParam } from '../../../core/web/router';
import { IncidentEvidence } from './incident-evidence';

/** /evidence/:id — the evidence of one incident (its report id). */
export function EvidencePage() {
  const t = useT('evidence');
  const incidentId = usePathParam('id');
  return (
    <>
      <PageTitle title={t('page.title')} />
      <p>
        <a href={`/reports/${encodeURIComponent(incidentId)}`}>{t('page.report')}</a>
      </p>
      <IncidentEvidence incidentId={incidentId} />
    </>
  );
}
