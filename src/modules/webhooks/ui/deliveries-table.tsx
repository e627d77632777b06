import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading, Status, useAction } from '../../../core/web/forms';
import { formatDateTime, useLanguage, useT } from '../../../core/web/i18n';
import type { WebhookDelivery, WebhookDeliveryList } from '../contract';
import { answerLabel, eventLabel, stateBadge, stateLabel } from './labels';

const SHOWN = 20;

function DeliveryRow({ delivery, onRedeliver, busy }: { delivery: WebhookDelivery; onRedeliver: () => void; busy: boolean }) {
  const t = useT('webhooks');
  const lang = useLanguage();
  const answer = answerLabel(t, delivery);
  const event = eventLabel(t, delivery.eventType);
  const when = formatDateTime(delivery.createdAt, lang);
  return (
    <tr>
      <td>
        <span class="webhook-event">{event}</span>
        <br />
        <time class="hint" dateTime={new Date(delivery.createdAt).toISOString()}>
          {when}
        </time>
      </td>
      <td>
        <span class={stateBadge(delivery.state)}>{stateLabel(t, delivery)}</span>
        {answer && <span class="webhook-detail">{answer}</span>}
        <span class="webhook-detail hint">{t('deliveries.attempts', { count: delivery.attempts.length })}</span>
        {delivery.state === 'pending' && delivery.nextAttemptAt !== null && (
          <span class="webhook-detail hint">{t('deliveries.nextAttempt', { date: formatDateTime(delivery.nextAttemptAt, lang) })}</span>
        )}
      </td>
      <td>
        <button
          type="button"
          class="button"
          disabled={busy || delivery.state === 'sending'}
          aria-label={t('deliveries.redeliverFor', { event, date: when })}
          onClick={onRedeliver}
        >
          {t('deliveries.redeliver')}
        </button>
      </td>
    </tr>
  );
}

/** An endpoint's latest deliveries, each with what the receiver answered and a way to send it again. */
export function DeliveriesTable({ endpointId, url, version }: { endpointId: string; url: string; version: number }) {
  const t = useT('webhooks');
  const [deliveries, setDeliveries] = useState<WebhookDelivery[] | null>(null);
  const [resent, setResent] = useState<WebhookDelivery | null>(null);
  const base = `/api/webhooks/${encodeURIComponent(endpointId)}/deliveries`;
  const load = useAction(async () => {
    setDeliveries((await api.get<WebhookDeliveryList>(`${base}?limit=${SHOWN}`)).deliveries);
  });
  const redeliver = useAction(async (id: string) => {
    setResent(null);
    const updated = await api.post<WebhookDelivery>(`${base}/${encodeURIComponent(id)}/redeliver`);
    setDeliveries((list) => list?.map((d) => (d.id === id ? updated : d)) ?? null);
    setResent(updated);
  });
  // `version` changes when the card sent something new (a test), so the list shows it.
  useEffect(() => void load.run(), [version]);

  return (
    <div class="webhook-deliveries">
      <FormError error={load.error ?? redeliver.error} />
      {!deliveries && load.busy && <Loading />}
      {deliveries?.length === 0 && <p>{t('deliveries.none')}</p>}
      {deliveries && deliveries.length > 0 && (
        <table class="webhook-table">
          <caption class="sr-only">{t('deliveries.caption', { url })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('deliveries.event')}</th>
              <th scope="col">{t('deliveries.status')}</th>
              <th scope="col">{t('deliveries.action')}</th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((d) => (
              <DeliveryRow key={d.id} delivery={d} busy={redeliver.busy} onRedeliver={() => void redeliver.run(d.id)} />
            ))}
          </tbody>
        </table>
      )}
      <button type="button" class="button" disabled={load.busy} onClick={() => void load.run()}>
        {t('deliveries.refresh')}
      </button>
      <Status message={resent && t('deliveries.redelivered', { state: stateLabel(t, resent) })} />
    </div>
  );
}
