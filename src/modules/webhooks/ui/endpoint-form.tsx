import { useState } from 'preact/hooks';
import { PUBLIC_EVENT_TYPES, type PublicEventType } from '../../../core/bus/public-events';
import { api } from '../../../core/web/api';
import { ActionForm, Checkbox, CheckboxGroup, FormError, TextAreaField, TextField, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { CreatedWebhookEndpoint } from '../contract';
import { eventLabel } from './labels';

/** The contract's limits (NewWebhookEndpoint); the server checks them too. */
const URL_MAX = 2000;
const DESCRIPTION_MAX = 500;

/** A new endpoint; the answer carries its secret, which the page shows once. */
export function EndpointForm({ onCreated }: { onCreated: (created: CreatedWebhookEndpoint) => void }) {
  const t = useT('webhooks');
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [eventTypes, setEventTypes] = useState<PublicEventType[]>([]);
  const [active, setActive] = useState(true);
  const add = useAction(async () => {
    onCreated(await api.post<CreatedWebhookEndpoint>('/api/webhooks', { url, description, eventTypes, active }));
    setUrl('');
    setDescription('');
    setEventTypes([]);
    setActive(true);
  });
  const toggle = (type: PublicEventType, on: boolean) =>
    setEventTypes((current) => PUBLIC_EVENT_TYPES.filter((x) => (x === type ? on : current.includes(x))));

  return (
    <section class="card" aria-labelledby="add-webhook-title">
      <h2 id="add-webhook-title">{t('form.title')}</h2>
      <ActionForm noValidate action={add}>
        <TextField
          id="webhook-url"
          name="url"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          label={t('form.urlLabel')}
          hint={t('form.urlHint')}
          value={url}
          onInput={setUrl}
          error={add.error}
          maxLength={URL_MAX}
          required
        />
        <TextAreaField
          id="webhook-description"
          name="description"
          label={t('form.descriptionLabel')}
          hint={t('form.descriptionHint')}
          value={description}
          onInput={setDescription}
          error={add.error}
          maxLength={DESCRIPTION_MAX}
          rows={2}
        />
        <CheckboxGroup legend={t('form.eventsLegend')} hint={t('form.eventsHint')} name="eventTypes" error={add.error}>
          {PUBLIC_EVENT_TYPES.map((type) => (
            <Checkbox key={type} label={eventLabel(t, type)} checked={eventTypes.includes(type)} onChange={(on) => toggle(type, on)} />
          ))}
        </CheckboxGroup>
        <Checkbox label={t('form.activeLabel')} hint={t('form.activeHint')} checked={active} onChange={setActive} />
        <FormError error={add.error} fields={['url', 'description', 'eventTypes']} />
        <button type="submit" class="button button-primary" disabled={add.busy}>
          {t('form.submit')}
        </button>
      </ActionForm>
    </section>
  );
}
