import { useLanguage, useT } from '../../../core/web/i18n';
import type { Campaign } from '../contract';
import { dateRange } from './localized';

/** State, dates and asks: what a campaign card and its page both say first. */
export function CampaignFacts({ campaign }: { campaign: Pick<Campaign, 'state' | 'demo' | 'startsAt' | 'endsAt' | 'asks'> }) {
  const t = useT('pledges');
  const lang = useLanguage();
  return (
    <>
      <div class="tag-row">
        <span class={`badge ${campaign.state === 'open' ? 'badge-ok' : 'badge-muted'}`}>{t(`states.${campaign.state}`)}</span>
        {campaign.demo && <span class="badge badge-demo">{t('demoBadge')}</span>}
      </div>
      <dl class="details campaign-facts">
        <dt>{t('campaign.when')}</dt>
        <dd>{t('dates', dateRange(campaign, lang))}</dd>
        <dt>{t('campaign.asks')}</dt>
        <dd>
          <ul class="tags">
            {campaign.asks.map((ask) => (
              <li key={ask} class="tag">
                {t(`asks.${ask}`)}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </>
  );
}
