import { useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { ActionForm, FormError, Loading, SelectField, Status, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { useGet } from '../../../core/web/use-get';
import type { AidTask } from '../contract';
import type { CoordinatorOffer } from '../offers-contract';
import { taskTitle } from './format';
import { OfferCard } from './offer-card';

/** Asks the volunteer behind an offer to look at one open request (they get a push that opens it). */
function AskForm({ offer, tasks }: { offer: CoordinatorOffer; tasks: AidTask[] }) {
  const t = useT('aid');
  const [requestId, setRequestId] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const ask = useAction(async () => {
    await api.post(`/api/aid/offers/${encodeURIComponent(offer.id)}/ask`, { requestId });
    setMessage(t('offers.asked', { name: offer.member.displayName }));
  });
  const fitting = tasks.filter((task) => task.kind === offer.kind).concat(tasks.filter((task) => task.kind !== offer.kind));
  return (
    <ActionForm noValidate action={ask}>
      <SelectField
        id={`ask-${offer.id}`}
        name="requestId"
        label={t('offers.askAbout')}
        placeholder={t('form.choose')}
        value={requestId}
        onInput={(v) => {
          setMessage(null);
          setRequestId(v);
        }}
        options={fitting.map((task) => ({ value: task.id, label: taskTitle(t, task) }))}
        error={ask.error}
      />
      <FormError error={ask.error} fields={['requestId']} />
      <Status message={message} />
      <button type="submit" class="button" disabled={ask.busy || !requestId}>
        {t('offers.ask', { name: offer.member.displayName })}
      </button>
    </ActionForm>
  );
}

/** For hotline operators, caseworkers and organisers: standing offers, and asking their volunteers about a request. */
export function CoordinatorOffers() {
  const t = useT('aid');
  const offers = useGet<{ offers: CoordinatorOffer[] }>('/api/aid/offers');
  const tasks = useGet<{ requests: AidTask[] }>('/api/aid/requests?scope=all');
  return (
    <section aria-labelledby="all-offers-title">
      <h2 id="all-offers-title">{t('offers.allTitle')}</h2>
      <p class="hint">{t('offers.allHint')}</p>
      <FormError error={offers.error ?? tasks.error} />
      {(!offers.data || !tasks.data) && !offers.error && !tasks.error && <Loading />}
      {offers.data?.offers.length === 0 && <p>{t('offers.noneAll')}</p>}
      <ul class="plain-list aid-list">
        {offers.data?.offers.map((o) => (
          <li key={o.id}>
            <OfferCard offer={o} by={o.member.displayName}>
              {tasks.data && <AskForm offer={o} tasks={tasks.data.requests} />}
            </OfferCard>
          </li>
        ))}
      </ul>
    </section>
  );
}
