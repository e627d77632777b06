import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading } from '../../../core/web/forms';
import { formatDateTime, useT } from '../../../core/web/i18n';
import type { Report } from '../contract';
import { sightingSummary } from './format';

/** Confirmed incidents still open: where alerts, dispatch and evidence are going on. */
export function IncidentList({ version }: { version: number }) {
  const t = useT('reports');
  const [incidents, setIncidents] = useState<Report[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.get<{ reports: Report[] }>('/api/reports/incidents').then((r) => setIncidents(r.reports), setError);
  }, [version]);
  return (
    <section aria-labelledby="incidents-title">
      <h2 id="incidents-title">{t('incidents.title', { count: incidents?.length ?? 0 })}</h2>
      <FormError error={error} />
      {!incidents && !error && <Loading />}
      {incidents?.length === 0 && <p>{t('incidents.empty')}</p>}
      <ul class="plain-list card-grid">
        {incidents?.map((r) => (
          <li key={r.id} class="card">
            <h3>
              <a href={`/reports/${r.id}`}>{r.zoneName}</a>
            </h3>
            <p>{sightingSummary(t, r)}</p>
            <p class="hint">{t('incidents.confirmedAt', { when: formatDateTime(r.decidedAt ?? r.createdAt) })}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
