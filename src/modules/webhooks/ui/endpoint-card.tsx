import { useState } from 'preact/hooks';
import { api, request } from '../../../core/web/api';
import { FormError, Status, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { WebhookDelivery, WebhookEndpoint, WebhookSecret } from '../contract';
import { DeliveriesTable } from './deliveries-table';
import { eventLabel, stateLabel } from './labels';
import { SecretOnce } from './secret-once';

type Asking = 'rotate' | 'delete' | null;
/** The last thing done here, translated when shown so it follows a change of language. */
type Done = { kind: 'switched'; on: boolean } | { kind: 'tested'; delivery: WebhookDelivery } | null;

/** One endpoint: on/off, a test, a new secret, deleting it, and its deliveries. */
export function EndpointCard(props: {
  endpoint: WebhookEndpoint;
  onChange: (e: WebhookEndpoint) => void;
  onDeleted: (e: WebhookEndpoint) => void;
}) {
  const { endpoint, onChange, onDeleted } = props;
  const t = useT('webhooks');
  const [asking, setAsking] = useState<Asking>(null);
  const [secret, setSecret] = useState<WebhookSecret | null>(null);
  const [showDeliveries, setShowDeliveries] = useState(false);
  const [version, setVersion] = useState(0);
  const [done, setDone] = useState<Done>(null);
  const path = `/api/webhooks/${encodeURIComponent(endpoint.id)}`;
  const url = endpoint.url;

  const switchOnOff = useAction(async () => {
    const updated = await api.patch<WebhookEndpoint>(path, { active: !endpoint.active });
    onChange(updated);
    setDone({ kind: 'switched', on: updated.active });
  });
  const sendTest = useAction(async () => {
    setDone({ kind: 'tested', delivery: await api.post<WebhookDelivery>(`${path}/ping`) });
    setShowDeliveries(true);
    setVersion((v) => v + 1);
  });
  const rotate = useAction(async () => {
    const next = await api.post<WebhookSecret>(`${path}/rotate-secret`);
    setSecret(next);
    setAsking(null);
    onChange({ ...endpoint, previousSecretUntil: next.previousSecretUntil });
  });
  const remove = useAction(async () => {
    await request('DELETE', path);
    onDeleted(endpoint);
  });
  const titleId = `webhook-${endpoint.id}`;
  const deliveriesId = `webhook-deliveries-${endpoint.id}`;

  return (
    <article class="card webhook" aria-labelledby={titleId}>
      <h3 id={titleId} class="webhook-url">
        {url}
      </h3>
      <div class="tag-row">
        <span class={endpoint.active ? 'badge badge-ok' : 'badge badge-muted'}>{endpoint.active ? t('list.on') : t('list.off')}</span>
      </div>
      {endpoint.description && <p>{endpoint.description}</p>}
      <p class="sr-only">{t('list.events')}</p>
      <ul class="tags">
        {endpoint.eventTypes.map((type) => (
          <li key={type} class="tag">
            {eventLabel(t, type)}
          </li>
        ))}
      </ul>
      {secret && (
        <SecretOnce
          id={endpoint.id}
          url={url}
          secret={secret.secret}
          overlapUntil={secret.previousSecretUntil}
          onDone={() => setSecret(null)}
        />
      )}
      <div class="button-row">
        <button
          type="button"
          class="button"
          disabled={sendTest.busy}
          aria-label={t('list.sendTestFor', { url })}
          onClick={() => void sendTest.run()}
        >
          {t('list.sendTest')}
        </button>
        <button
          type="button"
          class="button"
          disabled={switchOnOff.busy}
          aria-label={t(endpoint.active ? 'list.switchOffFor' : 'list.switchOnFor', { url })}
          onClick={() => void switchOnOff.run()}
        >
          {endpoint.active ? t('list.switchOff') : t('list.switchOn')}
        </button>
        <button type="button" class="button" aria-label={t('list.rotateFor', { url })} onClick={() => setAsking('rotate')}>
          {t('list.rotate')}
        </button>
        <button type="button" class="button button-danger" aria-label={t('list.deleteFor', { url })} onClick={() => setAsking('delete')}>
          {t('list.delete')}
        </button>
      </div>
      {asking && (
        <div class="confirm">
          <p role="alert">{t(asking === 'rotate' ? 'list.rotateConfirm' : 'list.deleteConfirm')}</p>
          <div class="button-row">
            <button
              type="button"
              class="button button-danger"
              disabled={rotate.busy || remove.busy}
              onClick={() => void (asking === 'rotate' ? rotate.run() : remove.run())}
            >
              {t(asking === 'rotate' ? 'list.rotateYes' : 'list.deleteYes')}
            </button>
            <button type="button" class="button" onClick={() => setAsking(null)}>
              {t('actions.cancel', { ns: 'common' })}
            </button>
          </div>
        </div>
      )}
      <FormError error={switchOnOff.error ?? sendTest.error ?? rotate.error ?? remove.error} />
      <Status
        message={
          done?.kind === 'switched'
            ? t(done.on ? 'list.switchedOn' : 'list.switchedOff')
            : done?.kind === 'tested'
              ? t('list.testResult', { state: stateLabel(t, done.delivery) })
              : null
        }
      />
      <button
        type="button"
        class="button webhook-toggle"
        aria-expanded={showDeliveries}
        aria-controls={deliveriesId}
        aria-label={t('list.showDeliveriesFor', { url })}
        onClick={() => setShowDeliveries((open) => !open)}
      >
        {t('list.showDeliveries')}
      </button>
      <div id={deliveriesId}>{showDeliveries && <DeliveriesTable endpointId={endpoint.id} url={url} version={version} />}</div>
    </article>
  );
}
