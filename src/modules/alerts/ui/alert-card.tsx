import { formatDateTime, useLanguage, useT } from '../../../core/web/i18n';
import type { Alert } from '../contract';
import { Countdown, endBanner, latestHeadline, messageIn, verifiedBy } from './alert-text';

/** One alert in a list: what, where, how long it lasts, and the way to its page. */
export function AlertCard({ alert, now }: { alert: Alert; now: number }) {
  const t = useT('alerts');
  const lang = useLanguage();
  const headline = latestHeadline(alert, lang);
  const banner = endBanner(t, alert, now);
  const titleId = `alert-${alert.id}`;
  return (
    <article class={`card alert-card${banner ? '' : ' alert-active'}`} aria-labelledby={titleId}>
      <h3 id={titleId}>{headline}</h3>
      {banner && <p class={`notice notice-${banner.tone === 'muted' ? 'demo' : banner.tone}`}>{banner.text}</p>}
      <p>{messageIn(alert.messages, lang).body}</p>
      <div class="tag-row">
        <Countdown t={t} until={alert.expiresAt} now={now} />
        <span class="badge badge-ok">{verifiedBy(t, alert)}</span>
      </div>
      <p class="hint">
        <span class="sr-only">{t('card.zones')}: </span>
        {alert.zones.map((z) => z.name).join(', ')}
        {' · '}
        {t('card.sentAt', { time: formatDateTime(alert.sentAt ?? alert.createdAt, lang) })}
      </p>
      <a class="button" href={`/alerts/${encodeURIComponent(alert.id)}`} aria-label={t('list.openFor', { headline })}>
        {t('list.open')}
      </a>
    </article>
  );
}
