import { useCallback, useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Status, useAction } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import type { Alert } from '../contract';
import { latestHeadline, messageIn } from './alert-text';
import { fetchAlerts } from './use-my-alerts';

/** Verifiers look again this often: a waiting alert is urgent, and this list has no live stream. */
const REFRESH_MS = 20_000;

function AwaitingItem({ alert, onApproved }: { alert: Alert; onApproved: () => void }) {
  const t = useT('alerts');
  const lang = useLanguage();
  const headline = latestHeadline(alert, lang);
  const approve = useAction(async () => {
    await api.post(`/api/alerts/${encodeURIComponent(alert.id)}/approve`);
    onApproved();
  });
  return (
    <li class="card card-warning">
      <h3>{headline}</h3>
      <p>{messageIn(alert.messages, lang).body}</p>
      {alert.note && <p class="alert-note">{alert.note}</p>}
      <p class="hint">{t('awaiting.audience', { count: alert.audience })}</p>
      <button
        type="button"
        class="button button-primary"
        disabled={approve.busy}
        aria-label={t('awaiting.approveFor', { headline })}
        onClick={() => approve.run()}
      >
        {t('awaiting.approve')}
      </button>
      <FormError error={approve.error} />
    </li>
  );
}

/** For verifiers: alerts over 50 members that wait for a second, different verifier (R-BCAST-1). */
export function AwaitingList() {
  const t = useT('alerts');
  const [alerts, setAlerts] = useState<Alert[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [approved, setApproved] = useState(false);
  const load = useCallback(() => fetchAlerts('/api/alerts/awaiting').then(setAlerts, setError), []);
  useEffect(() => {
    void load();
    const timer = setInterval(load, REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  return (
    <section aria-labelledby="awaiting-title">
      <h2 id="awaiting-title">{t('awaiting.title')}</h2>
      <p class="hint">{t('awaiting.intro')}</p>
      <FormError error={error} />
      {alerts?.length === 0 && <p>{t('awaiting.none')}</p>}
      <ul class="plain-list">
        {alerts?.map((a) => (
          <AwaitingItem
            key={a.id}
            alert={a}
            onApproved={() => {
              setApproved(true);
              void load();
            }}
          />
        ))}
      </ul>
      <Status message={approved ? t('awaiting.approved') : null} />
    </section>
  );
}
