import './aid.css';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { canAccess, useMe } from '../../../core/web/session';
import { useGet } from '../../../core/web/use-get';
import type { ZoneSummary } from '../../zones/contract';
import type { Offer } from '../offers-contract';
import { AidLinks } from './aid-links';
import { CoordinatorOffers } from './coordinator-offers';
import { OfferCard } from './offer-card';
import { OfferForm } from './offer-form';

/** /aid/offers — offer help and withdraw it; coordinators also see everyone's offers and ask about a request. */
export function OffersPage() {
  const t = useT('aid');
  const me = useMe();
  const mine = useGet<{ offers: Offer[] }>('/api/aid/offers/mine');
  const zones = useGet<{ zones: ZoneSummary[] }>('/api/zones');
  const withdraw = useAction(async (id: string) => {
    const changed = await api.post<Offer>(`/api/aid/offers/${encodeURIComponent(id)}/withdraw`);
    mine.setData({ offers: (mine.data?.offers ?? []).map((o) => (o.id === id ? changed : o)) });
  });
  const coordinator = canAccess(me, ['dispatcher', 'caseworker', 'organiser']);
  return (
    <>
      <PageTitle title={t('offers.title')} />
      <p>{t('offers.intro')}</p>
      <AidLinks />
      <section class="card" aria-labelledby="offer-form-title">
        <h2 id="offer-form-title">{t('offers.formTitle')}</h2>
        <FormError error={zones.error} />
        {zones.data ? (
          <OfferForm zones={zones.data.zones} onPosted={(o) => mine.setData({ offers: [o, ...(mine.data?.offers ?? [])] })} />
        ) : (
          <Loading />
        )}
      </section>
      <section aria-labelledby="my-offers-title">
        <h2 id="my-offers-title">{t('offers.mineTitle')}</h2>
        <FormError error={mine.error ?? withdraw.error} />
        {mine.data?.offers.length === 0 && <p>{t('offers.noneMine')}</p>}
        <ul class="plain-list aid-list">
          {mine.data?.offers.map((o) => (
            <li key={o.id}>
              <OfferCard offer={o}>
                {o.live && (
                  <button type="button" class="button" disabled={withdraw.busy} onClick={() => void withdraw.run(o.id)}>
                    {t('offers.withdraw')}
                  </button>
                )}
              </OfferCard>
            </li>
          ))}
        </ul>
      </section>
      {coordinator && <CoordinatorOffers />}
    </>
  );
}
