import './campaigns.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import { useLive } from '../../../core/web/live';
import { usePathParam } from '../../../core/web/router';
import { canAccess, useSession } from '../../../core/web/session';
import type { Campaign, LiveCounts, PledgeCreated } from '../contract';
import { CampaignFacts } from './campaign-facts';
import { CountsPanel } from './counts-panel';
import { apiPath, campaignPath, localized } from './localized';
import { PledgeForm } from './pledge-form';
import { hasStoredPledge } from './pledge-tokens';

/** As the orgs module's GET /api/campaigns/{id}/endorsers answers: organisations only, never people. */
interface Endorser {
  orgId: string;
  name: string;
  kind: string;
}

function Endorsers({ campaignId }: { campaignId: string }) {
  const t = useT('pledges');
  const [endorsers, setEndorsers] = useState<Endorser[] | null>(null);
  useEffect(() => {
    // The list is a courtesy: if it cannot be had, the page goes on without it.
    api.get<{ endorsers: Endorser[] }>(apiPath(campaignId, '/endorsers')).then(
      (r) => setEndorsers(r.endorsers),
      () => setEndorsers(null),
    );
  }, [campaignId]);
  return (
    <section class="card" aria-labelledby="endorsers-title">
      <h2 id="endorsers-title">{t('campaign.endorsers')}</h2>
      {endorsers && endorsers.length === 0 && <p>{t('campaign.noEndorsers')}</p>}
      {endorsers && endorsers.length > 0 && (
        <ul class="campaign-endorsers">
          {endorsers.map((e) => (
            <li key={e.orgId}>
              {e.name} <span class="tag">{t(`kinds.${e.kind}`, { ns: 'orgs', defaultValue: '' })}</span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={campaignPath(campaignId, '/endorse')}>{t('campaign.endorse')}</a>
      </p>
    </section>
  );
}

function Thanks({ created }: { created: PledgeCreated }) {
  const t = useT('pledges');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const next = created.state === 'conditional' ? 'conditional' : created.state === 'triggered' ? 'triggered' : 'pledged';
  return (
    <section class="card pledge-thanks" aria-labelledby="thanks-title">
      <h2 id="thanks-title" ref={heading} tabIndex={-1}>
        {t('thanks.title')}
      </h2>
      <p>{t(`thanks.${next}`)}</p>
      <p class="hint">{t('thanks.device')}</p>
      <a class="button" href="/my-pledges">
        {t('thanks.myPledges')}
      </a>
    </section>
  );
}

/** /campaigns/:id — the public page: what, when, who is in (live), and a pledge form for anyone. */
export function CampaignPage() {
  const t = useT('pledges');
  const lang = useLanguage();
  const session = useSession();
  const id = usePathParam('id');
  const [campaign, setCampaign] = useState<Campaign | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<PledgeCreated | null>(null);
  useEffect(() => {
    setCampaign(null);
    setCreated(null);
    api.get<Campaign>(apiPath(id)).then(setCampaign, setError);
  }, [id]);
  useLive(campaign ? apiPath(id, '/live') : null, {
    counts: (data) => {
      const live = data as LiveCounts;
      setCampaign((c) => (c && c.id === live.campaignId ? { ...c, counts: live.counts, state: live.state } : c));
    },
  });

  if (!campaign)
    return (
      <>
        <PageTitle title={t('title')} />
        <FormError error={error} />
        {!error && <Loading />}
      </>
    );
  const text = localized(campaign, lang);
  const organiser = session.status === 'signed_in' && canAccess(session.me, ['organiser']);
  return (
    <>
      <PageTitle title={text.title} />
      <CampaignFacts campaign={campaign} />
      {text.summary && <p class="campaign-summary">{text.summary}</p>}
      {text.demands.length > 0 && (
        <section aria-labelledby="demands-title">
          <h2 id="demands-title">{t('campaign.demands')}</h2>
          <ul>
            {text.demands.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </section>
      )}
      <CountsPanel counts={campaign.counts} asks={campaign.asks} live />
      {campaign.state === 'open' ? (
        created ? (
          <Thanks created={created} />
        ) : (
          <>
            {hasStoredPledge(campaign.id) && (
              <p class="notice">
                {t('campaign.alreadyHere')} <a href="/my-pledges">{t('thanks.myPledges')}</a>
              </p>
            )}
            <PledgeForm campaign={campaign} onPledged={setCreated} />
          </>
        )
      ) : (
        <p class="notice">{t('campaign.closed')}</p>
      )}
      <Endorsers campaignId={campaign.id} />
      {organiser && (
        <p>
          <a href={campaignPath(campaign.id, '/manage')}>{t('campaign.manage')}</a>
        </p>
      )}
    </>
  );
}
