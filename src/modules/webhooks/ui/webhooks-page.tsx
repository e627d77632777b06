import './webhooks.css';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle, Status } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { CreatedWebhookEndpoint, WebhookEndpoint } from '../contract';
import { EndpointCard } from './endpoint-card';
import { EndpointForm } from './endpoint-form';
import { SecretOnce } from './secret-once';

/** Organisers connect the network's other tools: endpoints, their one-time secrets, their deliveries. */
export function WebhooksPage() {
  const t = useT('webhooks');
  const [endpoints, setEndpoints] = useState<WebhookEndpoint[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  /** Kept only until the organiser says it is copied: the server will not send it again. */
  const [created, setCreated] = useState<CreatedWebhookEndpoint | null>(null);
  const [deleted, setDeleted] = useState<string | null>(null);
  useEffect(() => {
    api.get<{ endpoints: WebhookEndpoint[] }>('/api/webhooks').then((r) => setEndpoints(r.endpoints), setError);
  }, []);

  const onCreated = (endpoint: CreatedWebhookEndpoint) => {
    const { secret: _secret, ...listed } = endpoint;
    setEndpoints((list) => [...(list ?? []), listed]);
    setCreated(endpoint);
    setDeleted(null);
  };
  const onChange = (endpoint: WebhookEndpoint) => setEndpoints((list) => list?.map((e) => (e.id === endpoint.id ? endpoint : e)) ?? null);
  const onDeleted = (endpoint: WebhookEndpoint) => {
    setEndpoints((list) => list?.filter((e) => e.id !== endpoint.id) ?? null);
    setDeleted(endpoint.url);
  };

  return (
    <>
      <PageTitle title={t('title')} />
      <p>{t('intro')}</p>
      <p>
        {t('signing')}{' '}
        <a href="/api/docs" target="_blank" rel="noopener">
          {t('docsLink')}
        </a>
      </p>
      {created && <SecretOnce id="new" url={created.url} secret={created.secret} overlapUntil={null} onDone={() => setCreated(null)} />}
      <EndpointForm onCreated={onCreated} />
      <section aria-labelledby="webhooks-list-title">
        <h2 id="webhooks-list-title">{t('list.title')}</h2>
        <FormError error={error} />
        {!endpoints && !error && <Loading />}
        {endpoints?.length === 0 && <p>{t('list.none')}</p>}
        {endpoints && endpoints.length > 0 && (
          <ul class="plain-list">
            {endpoints.map((e) => (
              <li key={e.id}>
                <EndpointCard endpoint={e} onChange={onChange} onDeleted={onDeleted} />
              </li>
            ))}
          </ul>
        )}
        <Status message={deleted === null ? null : t('list.deleted', { url: deleted })} />
      </section>
    </>
  );
}
