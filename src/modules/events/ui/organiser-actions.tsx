import { useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { PublicEvent } from '../contract';
import { eventApi, eventPath } from './event-helpers';

/** Edit, check-in, the marshal plan and cancel, for organisers; cancelling asks first. */
export function OrganiserActions({ event, onCancelled }: { event: PublicEvent; onCancelled: (event: PublicEvent) => void }) {
  const t = useT('events');
  const [confirming, setConfirming] = useState(false);
  const cancel = useAction(async () => {
    onCancelled(await api.post<PublicEvent>(`${eventApi(event.id)}/cancel`));
    setConfirming(false);
  });
  if (event.state === 'cancelled') return null;
  return (
    <section class="card" aria-labelledby="manage-title">
      <h2 id="manage-title">{t('manage.title')}</h2>
      <div class="button-row">
        <a class="button button-primary" href={`${eventPath(event.id)}/check-in`}>
          {t('manage.checkIn')}
        </a>
        <a class="button" href={`${eventPath(event.id)}/edit`}>
          {t('manage.edit')}
        </a>
        <a class="button" href={`/marshals/events/${encodeURIComponent(event.id)}`}>
          {t('manage.marshals')}
        </a>
        {!confirming && (
          <button type="button" class="button" onClick={() => setConfirming(true)}>
            {t('manage.cancel')}
          </button>
        )}
      </div>
      {confirming && (
        <div class="confirm" role="alert">
          <p>{t('manage.cancelConfirm')}</p>
          <div class="button-row">
            <button type="button" class="button button-danger" disabled={cancel.busy} onClick={() => cancel.run()}>
              {t('manage.cancelYes')}
            </button>
            <button type="button" class="button" onClick={() => setConfirming(false)}>
              {t('manage.cancelNo')}
            </button>
          </div>
        </div>
      )}
      <FormError error={cancel.error} />
    </section>
  );
}
