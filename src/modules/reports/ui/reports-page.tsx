import './reports.css';
import { PageTitle } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { IncidentList } from './incident-list';
import { LiveQueue } from './live-queue';
import { useReportsLive } from './use-reports-live';

/** /reports — what verifiers work from: the live queue with duplicate suggestions, and open incidents. */
export function ReportsPage() {
  const t = useT('reports');
  const live = useReportsLive();
  return (
    <>
      <PageTitle title={t('list.title')} />
      <p>{t('list.intro')}</p>
      <LiveQueue version={live.version} status={live.status} />
      <IncidentList version={live.version} />
    </>
  );
}
