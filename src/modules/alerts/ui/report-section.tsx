import { useEffect, useState } from 'preact/hooks';
import { useLanguage, useT } from '../../../core/web/i18n';
import { hasRole, useMe } from '../../../core/web/session';
import type { Alert } from '../contract';
import { AlertComposer } from './alert-composer';
import { latestHeadline } from './alert-text';
import { serverNow } from './clock';
import { fetchAlerts } from './use-my-alerts';

const isLive = (a: Alert, now: number) => (a.state === 'sent' || a.state === 'awaiting_second_verifier') && a.expiresAt > now;

/**
 * For a report's page: the incident's alerts, and the composer — to verifiers, for a confirmed incident
 * still open, while it has no live alert (what changes later is an update to that alert).
 */
export function AlertReportSection({ report }: { report: { id: string; zoneId: string; state: string; closedAt: number | null } }) {
  const me = useMe();
  const t = useT('alerts');
  const lang = useLanguage();
  const [alerts, setAlerts] = useState<Alert[] | null>(null);
  const staff = hasRole(me, 'verifier') || hasRole(me, 'dispatcher');
  useEffect(() => {
    if (report.state !== 'confirmed' || !staff) return;
    fetchAlerts(`/api/alerts/incidents/${encodeURIComponent(report.id)}`).then(setAlerts, () => setAlerts([]));
  }, [report.id, report.state, staff]);
  if (report.state !== 'confirmed' || !alerts) return null;
  const live = alerts.filter((a) => isLive(a, serverNow()));
  const mayCompose = report.closedAt === null && hasRole(me, 'verifier') && !live.length;
  return (
    <>
      {alerts.length > 0 && (
        <section class="card" aria-labelledby="incident-alerts">
          <h2 id="incident-alerts">{t('incident.title')}</h2>
          <ul class="plain-list">
            {alerts.map((a) => (
              <li key={a.id}>
                <a href={`/alerts/${encodeURIComponent(a.id)}`}>{latestHeadline(a, lang)}</a>{' '}
                <span class="badge">{isLive(a, serverNow()) ? t(`incident.states.${a.state}`) : t('incident.ended')}</span>
              </li>
            ))}
          </ul>
          {live.length > 0 && <p class="hint">{t('incident.updateInstead')}</p>}
        </section>
      )}
      {mayCompose && <AlertComposer reportId={report.id} zoneId={report.zoneId} />}
    </>
  );
}
