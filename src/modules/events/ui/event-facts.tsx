import { useLanguage, useT } from '../../../core/web/i18n';
import type { PublicEvent } from '../contract';
import { formatWhen } from './event-helpers';

/** When, where and who organises; a `geo:` link opens the phone's own map app (no request from here). */
export function EventFacts({ event }: { event: PublicEvent }) {
  const t = useT('events');
  const lang = useLanguage();
  return (
    <dl class="details">
      <dt>{t('detail.when')}</dt>
      <dd>{formatWhen(event, lang)}</dd>
      <dt>{t('detail.where')}</dt>
      <dd>
        {event.place}
        {event.point && (
          <>
            {' '}
            <a href={`geo:${event.point.lat},${event.point.lng}`}>{t('detail.mapLink')}</a>
          </>
        )}
      </dd>
      {event.zone && (
        <>
          <dt>{t('detail.zone')}</dt>
          <dd>{event.zone.name}</dd>
        </>
      )}
      {event.org && (
        <>
          <dt>{t('detail.org')}</dt>
          <dd>{event.org.name}</dd>
        </>
      )}
      {event.campaign && (
        <>
          <dt>{t('detail.campaign')}</dt>
          <dd>
            <a href={`/campaigns/${encodeURIComponent(event.campaign.id)}`}>{event.campaign.name}</a>
          </dd>
        </>
      )}
    </dl>
  );
}
