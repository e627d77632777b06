import './events.css';
import { useEffect, useState } from 'preact/hooks';
import { ApiError, api } from '../../../core/web/api';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { usePathParam } from '../../../core/web/router';
import { canAccess, useSession } from '../../../core/web/session';
import type { PublicEvent } from '../contract';
import { EventTags } from './event-card';
import { EventCounts } from './event-counts';
import { EventFacts } from './event-facts';
import { eventApi } from './event-helpers';
import { OrganiserActions } from './organiser-actions';
import { RsvpPanel } from './rsvp-panel';

/** Loads one public event; `reload` after an RSVP refreshes its counts. */
export function useEvent(id: string) {
  const [event, setEvent] = useState<PublicEvent | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = () => api.get<PublicEvent>(eventApi(id)).then(setEvent, setError);
  useEffect(() => {
    setEvent(null);
    setError(null);
    void reload();
  }, [id]);
  return { event, setEvent, error, reload };
}

/** /events/:id — public: details, counts, RSVP on this phone, and the calendar file. */
export function EventPage() {
  const t = useT('events');
  const id = usePathParam('id');
  const session = useSession();
  const { event, setEvent, error, reload } = useEvent(id);
  const organiser = session.status === 'signed_in' && canAccess(session.me, ['organiser']);

  if (error)
    return (
      <>
        <PageTitle title={t('title')} />
        {error instanceof ApiError && error.status === 404 ? <p class="notice">{t('detail.notFound')}</p> : <FormError error={error} />}
        <p>
          <a href="/events">{t('detail.all')}</a>
        </p>
      </>
    );
  if (!event) return <Loading />;
  const over = event.endsAt <= Date.now();
  return (
    <>
      <PageTitle title={event.title} />
      <EventTags event={event} />
      {event.state === 'cancelled' && <p class="notice notice-error">{t('detail.cancelledNotice')}</p>}
      {event.state !== 'cancelled' && over && <p class="notice">{t('detail.overNotice')}</p>}
      <EventFacts event={event} />
      <p>
        <a class="button" href={`${eventApi(event.id)}/ical`} download="event.ics" aria-describedby="calendar-hint">
          {t('detail.addToCalendar')}
        </a>
      </p>
      <p class="hint" id="calendar-hint">
        {t('detail.calendarHint')}
      </p>
      {event.description && (
        <section aria-labelledby="about-title">
          <h2 id="about-title">{t('detail.about')}</h2>
          <p class="event-description">{event.description}</p>
        </section>
      )}
      <section aria-labelledby="coming-title">
        <h2 id="coming-title">{t('detail.coming')}</h2>
        <EventCounts event={event} />
        <p class="hint">{t('detail.countsHint')}</p>
      </section>
      <RsvpPanel event={event} onChanged={() => void reload()} />
      {organiser && <OrganiserActions event={event} onCancelled={setEvent} />}
    </>
  );
}
