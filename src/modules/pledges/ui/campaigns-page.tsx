import './campaigns.css';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { formatNumber, useLanguage, useT } from '../../../core/web/i18n';
import { canAccess, useSession } from '../../../core/web/session';
import type { Campaign } from '../contract';
import { CampaignFacts } from './campaign-facts';
import { campaignPath, localized } from './localized';

function CampaignCard({ campaign, organiser }: { campaign: Campaign; organiser: boolean }) {
  const t = useT('pledges');
  const lang = useLanguage();
  const text = localized(campaign, lang);
  const titleId = `campaign-${campaign.id}`;
  return (
    <article class="card campaign-card" aria-labelledby={titleId}>
      <h2 id={titleId}>{campaign.state === 'draft' ? text.title : <a href={campaignPath(campaign.id)}>{text.title}</a>}</h2>
      <CampaignFacts campaign={campaign} />
      {text.summary && <p class="campaign-summary">{text.summary}</p>}
      {campaign.state !== 'draft' && (
        <p>
          <strong>{formatNumber(campaign.counts.total, lang)}</strong> {t('counts.total')}
        </p>
      )}
      {organiser && (
        <p>
          <a href={campaignPath(campaign.id, '/manage')}>{t('campaign.manage')}</a>
        </p>
      )}
    </article>
  );
}

/** /campaigns — every open and closed campaign; organisers also see their drafts and can start one. */
export function CampaignsPage() {
  const t = useT('pledges');
  const session = useSession();
  const organiser = session.status === 'signed_in' && canAccess(session.me, ['organiser']);
  const [campaigns, setCampaigns] = useState<Campaign[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  // Signing in (or out) changes what the list holds: organisers see drafts.
  useEffect(() => {
    api.get<{ campaigns: Campaign[] }>('/api/campaigns').then((r) => setCampaigns(r.campaigns), setError);
  }, [session.status]);

  return (
    <>
      <PageTitle title={t('title')} />
      <p>{t('intro')}</p>
      <div class="button-row">
        <a class="button" href="/my-pledges">
          {t('myPledgesLink')}
        </a>
        {organiser && (
          <a class="button button-primary" href="/campaigns/new">
            {t('newCampaign')}
          </a>
        )}
      </div>
      <FormError error={error} />
      {!campaigns && !error && <Loading />}
      {campaigns?.length === 0 && <p>{t('none')}</p>}
      {campaigns && campaigns.length > 0 && (
        <ul class="plain-list card-grid">
          {campaigns.map((c) => (
            <li key={c.id}>
              <CampaignCard campaign={c} organiser={organiser} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
