import './alerts.css';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { hasRole, useMe } from '../../../core/web/session';
import { PushToggle } from '../../push/ui';
import { AlertCard } from './alert-card';
import { AwaitingList } from './awaiting-list';
import { useMyAlerts } from './use-my-alerts';

/** `/alerts`: my active alerts, live, each with its countdown; expired ones leave by themselves. */
export function AlertsPage() {
  const t = useT('alerts');
  const me = useMe();
  const { alerts, error, status, now } = useMyAlerts();
  return (
    <>
      <PageTitle title={t('title')} />
      <p>{t('intro')}</p>
      <p class={`hint live-status live-${status}`} role="status">
        {t(`live.${status}`)}
      </p>
      {hasRole(me, 'verifier') && <AwaitingList />}
      <section aria-labelledby="alerts-list-title">
        <h2 id="alerts-list-title">{t('list.title')}</h2>
        <FormError error={error} />
        {!alerts && !error && <Loading />}
        {alerts?.length === 0 && (
          <>
            <p>{t('list.none')}</p>
            <p class="hint">
              {t('list.zonesHint')} <a href="/zones">{t('list.zonesLink')}</a>
            </p>
          </>
        )}
        <ul class="plain-list">
          {alerts?.map((a) => (
            <li key={a.id}>
              <AlertCard alert={a} now={now} />
            </li>
          ))}
        </ul>
      </section>
      <section class="card" aria-labelledby="alerts-push-title">
        <h2 id="alerts-push-title">{t('push.title')}</h2>
        <PushToggle />
      </section>
    </>
  );
}
