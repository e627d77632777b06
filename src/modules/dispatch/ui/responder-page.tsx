import './dispatch.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle, Status } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { MyOffer } from '../contract';
import { DutyPanel } from './duty-panel';
import { formatTime } from './format';
import { OfferCard } from './offer-card';
import { usePolling } from './use-polling';

const POLL_MS = 10_000;
const OPEN = new Set(['offered', 'accepted', 'on_scene']);

/** The responder's phone: calls first (they are urgent), then duty zones. */
export function ResponderPage() {
  const t = useT('dispatch');
  const offers = usePolling(async () => (await api.get<{ offers: MyOffer[] }>('/api/dispatch/offers')).offers, POLL_MS);
  /** The zone of a call that just ended for this responder; translated when shown. */
  const [ended, setEnded] = useState<string | null>(null);
  /** The zone of a call that arrived while the page was open, announced to screen readers. */
  const [arrived, setArrived] = useState<string | null>(null);
  const known = useRef<Set<string> | null>(null);
  useEffect(() => {
    if (!offers.data) return;
    const fresh = offers.data.find((o) => known.current && !known.current.has(o.id));
    if (fresh) setArrived(fresh.incident.zoneName);
    known.current = new Set([...(known.current ?? []), ...offers.data.map((o) => o.id)]);
  }, [offers.data]);

  const changed = (next: MyOffer) => {
    if (!OPEN.has(next.state)) setEnded(next.incident.zoneName);
    offers.setData((list) => (list ?? []).flatMap((o) => (o.id !== next.id ? [o] : OPEN.has(next.state) ? [next] : [])));
  };

  return (
    <>
      <PageTitle title={t('nav.responder')} />
      <section aria-labelledby="offers-title">
        <h2 id="offers-title">{t('offers.title')}</h2>
        <FormError error={offers.error} />
        {offers.data === null && !offers.error && <Loading />}
        {offers.data?.length === 0 && <p>{t('offers.none')}</p>}
        {offers.data?.map((o) => (
          <OfferCard key={o.id} offer={o} onChange={changed} />
        ))}
        {offers.at !== null && <p class="hint">{t('offers.refreshed', { time: formatTime(offers.at) })}</p>}
        <Status message={ended === null ? null : t('offers.ended', { zone: ended })} />
        <Status message={arrived === null ? null : t('offers.newCall', { zone: arrived })} />
      </section>
      <DutyPanel />
    </>
  );
}
