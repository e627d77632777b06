import type { ComponentChildren } from 'preact';
import { useT } from '../../../core/web/i18n';
import type { Offer } from '../offers-contract';
import { formatDay } from './format';

/** An offer: what, where, when, until; `children` adds the actions of whoever looks at it. */
export function OfferCard({ offer, by, children }: { offer: Offer; by?: string; children?: ComponentChildren }) {
  const t = useT('aid');
  const titleId = `offer-${offer.id}`;
  return (
    <article class="card" aria-labelledby={titleId}>
      <h3 id={titleId}>{by ? t('offers.titleBy', { kind: t(`kinds.${offer.kind}`), name: by }) : t(`kinds.${offer.kind}`)}</h3>
      <div class="tag-row">
        {!offer.live && <span class="badge badge-muted">{t('offers.ended')}</span>}
        {offer.demo && <span class="badge badge-demo">{t('task.demo')}</span>}
      </div>
      <dl class="details">
        <dt>{t('offers.availability')}</dt>
        <dd>{offer.availability}</dd>
        <dt>{t('task.where')}</dt>
        <dd>{offer.zones.length ? offer.zones.map((z) => z.name).join(', ') : t('offers.anywhere')}</dd>
        <dt>{t('offers.until')}</dt>
        <dd>{formatDay(offer.until)}</dd>
        {offer.note && (
          <>
            <dt>{t('offers.note')}</dt>
            <dd class="aid-details">{offer.note}</dd>
          </>
        )}
      </dl>
      {children}
    </article>
  );
}
