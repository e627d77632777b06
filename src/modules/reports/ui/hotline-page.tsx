import './reports.css';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { ZoneSummary } from '../../zones/contract';
import { HotlineForm } from './hotline-form';
import { LiveQueue } from './live-queue';
import { useReportsLive } from './use-reports-live';

/** /hotline — the dispatcher's console: enter the call on the left, watch the queue on the right. */
export function HotlinePage() {
  const t = useT('reports');
  const live = useReportsLive();
  const [zones, setZones] = useState<ZoneSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.get<{ zones: ZoneSummary[] }>('/api/zones').then((r) => setZones(r.zones), setError);
  }, []);
  return (
    <>
      <PageTitle title={t('hotline.title')} />
      <p class="hint">{t('hotline.intro')}</p>
      <div class="hotline-layout">
        <div>
          <FormError error={error} />
          {zones ? <HotlineForm zones={zones} /> : !error && <Loading />}
        </div>
        <LiveQueue version={live.version} status={live.status} />
      </div>
    </>
  );
}
