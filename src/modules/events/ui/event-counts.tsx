import { formatNumber, useLanguage, useT } from '../../../core/web/i18n';
import type { PublicEvent } from '../contract';

/** Numbers only: going, waiting and places left — the public never sees who. */
export function EventCounts({ event }: { event: Pick<PublicEvent, 'counts' | 'capacity'> }) {
  const t = useT('events');
  const lang = useLanguage();
  const { going, waitlisted, placesLeft } = event.counts;
  return (
    <ul class="tags event-counts">
      <li class="tag">{t('counts.going', { count: formatNumber(going, lang) })}</li>
      {waitlisted > 0 && <li class="tag">{t('counts.waitlisted', { count: formatNumber(waitlisted, lang) })}</li>}
      <li class="tag">{placesLeft === null ? t('counts.noLimit') : t('counts.placesLeft', { count: formatNumber(placesLeft, lang) })}</li>
    </ul>
  );
}
