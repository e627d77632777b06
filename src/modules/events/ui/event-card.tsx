import { useLanguage, useT } from '../../../core/web/i18n';
import type { PublicEvent } from '../contract';
import { EventCounts } from './event-counts';
import { eventPath, formatWhen } from './event-helpers';

/** One event in the list: what, when, where, and how many are coming. */
export function EventCard({ event }: { event: PublicEvent }) {
  const lang = useLanguage();
  const titleId = `event-${event.id}`;
  return (
    <article class="card event-card" aria-labelledby={titleId}>
      <h3 id={titleId}>
        <a href={eventPath(event.id)}>{event.title}</a>
      </h3>
      <EventTags event={event} />
      <p class="event-when">{formatWhen(event, lang)}</p>
      <p class="event-place">{event.place}</p>
      <EventCounts event={event} />
    </article>
  );
}

export function EventTags({ event }: { event: PublicEvent }) {
  const t = useT('events');
  return (
    <div class="tag-row">
      <span class="tag">
        <span class="sr-only">{t('kind')}: </span>
        {t(`kinds.${event.kind}`)}
      </span>
      {event.state === 'cancelled' && <span class="badge badge-warning">{t('cancelled')}</span>}
      {event.demo && <span class="badge badge-demo">{t('demo')}</span>}
    </div>
  );
}
