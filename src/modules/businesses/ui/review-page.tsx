import './businesses.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle, Status, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { ReviewedBusiness } from '../contract';
import { BusinessCard } from './business-card';

const path = (b: ReviewedBusiness, action: string) => `/api/businesses/${encodeURIComponent(b.id)}/${action}`;

/** An organiser's tools for one sign-up: verify, read the private contact (audited), remove. */
function ReviewTools(props: {
  business: ReviewedBusiness;
  onVerified: (b: ReviewedBusiness) => void;
  onRemoved: (b: ReviewedBusiness) => void;
}) {
  const t = useT('businesses');
  const b = props.business;
  const [contact, setContact] = useState<string | null | undefined>(undefined);
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const verify = useAction(async () => props.onVerified(await api.post<ReviewedBusiness>(path(b, 'verify'))));
  const reveal = useAction(async () => setContact((await api.get<{ contact: string | null }>(path(b, 'contact'))).contact));
  const remove = useAction(async () => {
    await api.post(path(b, 'remove'));
    props.onRemoved(b);
  });
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  return (
    <div class="manage">
      <div class="tag-row">
        <span class={b.verified ? 'badge badge-ok' : 'badge badge-warning'}>{b.verified ? t('review.verified') : t('review.waiting')}</span>
        <span class="badge badge-muted">{b.publicConsent ? t('review.onMap') : t('review.notOnMap')}</span>
      </div>
      {contact !== undefined && <p class="notice">{contact === null ? t('review.noContact') : t('review.contact', { contact })}</p>}
      <div class="button-row">
        {!b.verified && (
          <button
            type="button"
            class="button button-primary"
            aria-label={t('review.verifyFor', { name: b.name })}
            disabled={verify.busy}
            onClick={() => verify.run()}
          >
            {t('review.verify')}
          </button>
        )}
        {b.hasContact && contact === undefined && (
          <button
            type="button"
            class="button"
            aria-label={t('review.showContactFor', { name: b.name })}
            aria-describedby={`contact-hint-${b.id}`}
            disabled={reveal.busy}
            onClick={() => reveal.run()}
          >
            {t('review.showContact')}
          </button>
        )}
        <button
          type="button"
          class="button"
          aria-label={t('review.removeFor', { name: b.name })}
          aria-expanded={confirming}
          onClick={() => setConfirming(!confirming)}
        >
          {t('review.remove')}
        </button>
      </div>
      {b.hasContact && (
        <p class="hint" id={`contact-hint-${b.id}`}>
          {t('review.contactHint')}
        </p>
      )}
      {confirming && (
        <div class="confirm">
          <p>{t('review.confirmRemove', { name: b.name })}</p>
          <button type="button" class="button button-danger" ref={confirmButton} disabled={remove.busy} onClick={() => remove.run()}>
            {t('review.confirm')}
          </button>
        </div>
      )}
      <FormError error={verify.error ?? reveal.error ?? remove.error} />
    </div>
  );
}

/** /businesses/review — organisers check sign-ups before they reach the public map. */
export function ReviewPage() {
  const t = useT('businesses');
  const [businesses, setBusinesses] = useState<ReviewedBusiness[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    api.get<{ businesses: ReviewedBusiness[] }>('/api/businesses/review').then((r) => setBusinesses(r.businesses), setError);
  }, []);

  const verified = (b: ReviewedBusiness) => {
    setBusinesses((list) => list?.map((x) => (x.id === b.id ? b : x)) ?? null);
    setMessage(t('review.verifiedNow', { name: b.name }));
  };
  const removed = (b: ReviewedBusiness) => {
    setBusinesses((list) => list?.filter((x) => x.id !== b.id) ?? null);
    setMessage(t('review.removed', { name: b.name }));
    // The card and its buttons are gone: keep the keyboard's place at the list.
    heading.current?.focus();
  };

  return (
    <>
      <PageTitle title={t('review.title')} />
      <p>{t('review.intro')}</p>
      <h2 id="review-list-title" ref={heading} tabIndex={-1} class="sr-only">
        {t('map.listTitle')}
      </h2>
      <FormError error={error} />
      {!businesses && !error && <Loading />}
      {businesses?.length === 0 && <p>{t('review.none')}</p>}
      <ul class="plain-list card-grid" aria-labelledby="review-list-title">
        {businesses?.map((b) => (
          <li key={b.id}>
            <BusinessCard business={b}>
              <ReviewTools business={b} onVerified={verified} onRemoved={removed} />
            </BusinessCard>
          </li>
        ))}
      </ul>
      <Status message={message} />
    </>
  );
}
