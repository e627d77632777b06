import type { ComponentChildren } from 'preact';
import { useT } from '../../../core/web/i18n';
import type { PublicBusiness } from '../contract';

/** One business as the public sees it; `children` adds the organiser's tools on the review page. */
export function BusinessCard({ business: b, children }: { business: PublicBusiness; children?: ComponentChildren }) {
  const t = useT('businesses');
  const titleId = `business-${b.id}`;
  return (
    <article class="card business" aria-labelledby={titleId}>
      <h3 id={titleId} tabIndex={-1}>
        {b.name}
      </h3>
      <div class="tag-row">
        {b.closing && <span class="badge business-closing">{t('card.closing')}</span>}
        {b.sanctuary && <span class="badge business-sanctuary">{t('card.sanctuary')}</span>}
        {b.demo && <span class="badge badge-demo">{t('demo.badge', { ns: 'common' })}</span>}
      </div>
      <dl class="details">
        <dt>{t('card.kind')}</dt>
        <dd>{t(`kinds.${b.kind}`)}</dd>
        <dt>{t('card.address')}</dt>
        <dd>{b.address}</dd>
        {b.zone && (
          <>
            <dt>{t('card.neighbourhood')}</dt>
            <dd>{b.zone.name}</dd>
          </>
        )}
        {b.offers.length > 0 && (
          <>
            <dt>{t('card.offers')}</dt>
            <dd>{b.offers.map((o) => t(`offers.${o}`)).join(', ')}</dd>
          </>
        )}
        {b.hours && (
          <>
            <dt>{t('card.hours')}</dt>
            <dd>{b.hours}</dd>
          </>
        )}
        {b.campaign && (
          <>
            <dt>{t('card.campaign')}</dt>
            <dd>{b.campaign.title}</dd>
          </>
        )}
      </dl>
      {children}
    </article>
  );
}
