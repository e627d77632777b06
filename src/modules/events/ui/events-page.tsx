import './events.css';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { canAccess, useSession } from '../../../core/web/session';
import type { PublicEvent } from '../contract';
import { EventCard } from './event-card';

type When = 'upcoming' | 'past';

/**
 * `?org=` or `?campaign=` (links from an organisation's or a campaign's page) narrows the list and
 * offers its calendar feed to subscribe to.
 */
function listFilter(): { query: string; feed: string | null } {
  const params = new URLSearchParams(location.search);
  const org = params.get('org');
  const campaign = params.get('campaign');
  if (org) return { query: `&org=${encodeURIComponent(org)}`, feed: `/api/events/orgs/${encodeURIComponent(org)}/ical` };
  if (campaign)
    return { query: `&campaign=${encodeURIComponent(campaign)}`, feed: `/api/events/campaigns/${encodeURIComponent(campaign)}/ical` };
  return { query: '', feed: null };
}

/** /events — public: the network's events, soonest first, with counts only. */
export function EventsPage() {
  const t = useT('events');
  const session = useSession();
  const [when, setWhen] = useState<When>('upcoming');
  const [events, setEvents] = useState<PublicEvent[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const filter = listFilter();
  useEffect(() => {
    setEvents(null);
    setError(null);
    api.get<{ events: PublicEvent[] }>(`/api/events?when=${when}${filter.query}`).then((r) => setEvents(r.events), setError);
  }, [when, filter.query]);
  // The rule the server applies to POST /api/events.
  const canCreate = session.status === 'signed_in' && canAccess(session.me, ['organiser']);

  return (
    <>
      <PageTitle title={t('title')} />
      <p>{t('intro')}</p>
      {canCreate && (
        <p>
          <a class="button button-primary" href="/events/new">
            {t('newEvent')}
          </a>
        </p>
      )}
      {filter.feed && (
        <p>
          <a href={filter.feed}>{t('subscribe')}</a> <span class="hint">{t('subscribeHint')}</span>
        </p>
      )}
      <div class="button-row">
        {(['upcoming', 'past'] as const).map((w) => (
          <button key={w} type="button" class="button" aria-pressed={when === w} onClick={() => setWhen(w)}>
            {t(w)}
          </button>
        ))}
      </div>
      <section aria-labelledby="events-list-title">
        <h2 id="events-list-title">{t(when)}</h2>
        <FormError error={error} />
        {!events && !error && <Loading />}
        {events?.length === 0 && <p>{t('none')}</p>}
        <ul class="plain-list card-grid">
          {events?.map((e) => (
            <li key={e.id}>
              <EventCard event={e} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
