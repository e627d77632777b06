import './businesses.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { canAccess, useSession } from '../../../core/web/session';
import type { PublicBusiness } from '../contract';
import { BusinessCard } from './business-card';
import type { BusinessMap } from './business-map';
import { LazyMapFrame } from './lazy-map';

const FILTERS = ['all', 'closing', 'sanctuary'] as const;
type Filter = (typeof FILTERS)[number];
const matches = (b: PublicBusiness, f: Filter) => f === 'all' || (f === 'closing' ? b.closing : b.sanctuary);

/** /businesses — the public map of verified, consenting businesses, with the same list beside it. */
export function BusinessesPage() {
  const t = useT('businesses');
  const session = useSession();
  const [businesses, setBusinesses] = useState<PublicBusiness[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [filter, setFilter] = useState<Filter>('all');
  const [selected, setSelected] = useState<string | null>(null);
  const [map, setMap] = useState<BusinessMap | null>(null);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    api.get<{ businesses: PublicBusiness[] }>('/api/businesses').then((r) => setBusinesses(r.businesses), setError);
  }, []);

  const shown = businesses?.filter((b) => matches(b, filter)) ?? [];
  useEffect(() => map?.show(shown, selected), [map, businesses, filter, selected]);

  // A dot tapped on the map: its card in the list takes the focus, so the name and details are read out.
  const select = (id: string) => {
    setSelected(id);
    const heading = list.current?.querySelector<HTMLElement>(`[id="business-${CSS.escape(id)}"]`);
    heading?.scrollIntoView({ block: 'center' });
    heading?.focus();
  };
  const organiser = session.status === 'signed_in' && canAccess(session.me, ['organiser']);

  return (
    <>
      <PageTitle title={t('map.title')} />
      <p>{t('map.intro')}</p>
      <div class="button-row">
        <a class="button button-primary" href="/businesses/join">
          {t('map.join')}
        </a>
        {organiser && (
          <a class="button" href="/businesses/review">
            {t('map.review')}
          </a>
        )}
      </div>
      <FormError error={error} />
      {!businesses && !error && <Loading />}
      {businesses && (
        <div class="map-layout">
          <fieldset class="field business-filter">
            <legend>{t('map.filter')}</legend>
            {FILTERS.map((f) => (
              <div class="check" key={f}>
                <input id={`filter-${f}`} type="radio" name="filter" checked={filter === f} onChange={() => setFilter(f)} />
                <label for={`filter-${f}`}>{t(`map.${f}`)}</label>
              </div>
            ))}
          </fieldset>
          <div class="businesses-map-column">
            <LazyMapFrame<BusinessMap>
              create={(maps, container, zones) => maps.createBusinessMap(container, zones, select)}
              onReady={setMap}
              help={t('map.mapHelp')}
            />
            <p class="hint">{t('map.legend')}</p>
          </div>
          <section aria-labelledby="business-list-title" class="businesses-list-column">
            <h2 id="business-list-title">{t('map.listTitle')}</h2>
            <p class="hint" role="status">
              {t('map.count', { count: shown.length })}
            </p>
            {shown.length === 0 && <p>{t('map.none')}</p>}
            <ul class="plain-list business-list" ref={list}>
              {shown.map((b) => (
                <li key={b.id} class={b.id === selected ? 'business-selected' : undefined}>
                  <BusinessCard business={b} />
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
    </>
  );
}
