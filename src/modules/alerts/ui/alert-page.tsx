import './alerts.css';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { formatDateTime, useLanguage, useT } from '../../../core/web/i18n';
import { useLive } from '../../../core/web/live';
import { usePathParam } from '../../../core/web/router';
import { hasRole, useMe } from '../../../core/web/session';
import type { Alert, AlertEvent, LiveAlert, LiveExpired } from '../contract';
import { Countdown, endBanner, latestHeadline, messageIn, verifiedBy } from './alert-text';
import { useServerNow } from './clock';
import { SafetyGuidance } from './guidance';
import { fetchAlerts } from './use-my-alerts';
import { VerifierActions } from './verifier-actions';

function EventItem({ event }: { event: AlertEvent }) {
  const lang = useLanguage();
  const message = messageIn(event.messages, lang);
  return (
    <li class="alert-event">
      <p class="hint">
        <time dateTime={new Date(event.at).toISOString()}>{formatDateTime(event.at, lang)}</time>
      </p>
      <p>
        <strong>{message.headline}</strong>
      </p>
      <p>{message.body}</p>
      {event.note && <p class="alert-note">{event.note}</p>}
    </li>
  );
}

/** `/alerts/:id`: the whole alert, live — time, zones, who verified (by role), countdown, updates, guidance. */
export function AlertPage() {
  const t = useT('alerts');
  const lang = useLanguage();
  const me = useMe();
  const id = usePathParam('id');
  const [alert, setAlert] = useState<Alert | null>(null);
  const [error, setError] = useState<unknown>(null);
  const now = useServerNow();
  useEffect(() => {
    setAlert(null);
    // The list also tells this page the server's time, for the countdown.
    void fetchAlerts('/api/alerts').catch(() => {});
    api.get<Alert>(`/api/alerts/${encodeURIComponent(id)}`).then(setAlert, setError);
  }, [id]);
  useLive('/api/alerts/live', {
    alert: (data) => {
      const live = (data as LiveAlert).alert;
      if (live.id === id) setAlert(live);
    },
    expired: (data) => {
      if ((data as LiveExpired).id === id) setAlert((a) => a && { ...a, state: 'expired' });
    },
  });

  if (error) return <FormError error={error} />;
  if (!alert) return <Loading />;
  const message = messageIn(alert.messages, lang);
  const banner = endBanner(t, alert, now);
  const later = alert.events.slice(1).reverse();
  const active = alert.state === 'sent' && alert.expiresAt > now;
  return (
    <>
      <p>
        <a href="/alerts">{t('page.back')}</a>
      </p>
      <PageTitle title={latestHeadline(alert, lang)} />
      {banner && (
        <p class={`notice notice-${banner.tone === 'muted' ? 'demo' : banner.tone}`} role="status">
          {banner.text}
        </p>
      )}
      <section class={`card${active ? ' alert-active' : ''}`} aria-labelledby="alert-message">
        <h2 id="alert-message">{message.headline}</h2>
        <p>{message.body}</p>
        {alert.note && (
          <p class="alert-note">
            <span class="sr-only">{t('card.note')}: </span>
            {alert.note}
          </p>
        )}
        <p>
          <strong>{message.instruction}</strong>
        </p>
        <div class="tag-row">
          <Countdown t={t} until={alert.expiresAt} now={now} />
          <span class="badge badge-ok">{verifiedBy(t, alert)}</span>
        </div>
        <dl class="details">
          <dt>{t('card.zones')}</dt>
          <dd>{alert.zones.map((z) => z.name).join(', ')}</dd>
          <dt>{t('page.seen')}</dt>
          <dd>{formatDateTime(alert.seenAt, lang)}</dd>
          {alert.sentAt !== null && (
            <>
              <dt>{t('page.sent')}</dt>
              <dd>{formatDateTime(alert.sentAt, lang)}</dd>
            </>
          )}
        </dl>
      </section>
      <section aria-labelledby="alert-updates">
        <h2 id="alert-updates">{t('page.updates')}</h2>
        {later.length === 0 ? (
          <p>{t('page.noUpdates')}</p>
        ) : (
          <ol class="plain-list">
            {later.map((e) => (
              <EventItem key={e.id} event={e} />
            ))}
          </ol>
        )}
      </section>
      {hasRole(me, 'verifier') && active && <VerifierActions alert={alert} onChange={setAlert} />}
      <SafetyGuidance />
      {alert.sentAt !== null && (
        <p>
          <a href={`/api/alerts/${encodeURIComponent(alert.id)}/cap`} download>
            {t('page.cap')}
          </a>
        </p>
      )}
    </>
  );
}
