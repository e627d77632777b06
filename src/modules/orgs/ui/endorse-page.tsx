import './orgs.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, api } from '../../../core/web/api';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { type Language, useLanguage, useT } from '../../../core/web/i18n';
import { usePathParam } from '../../../core/web/router';
import { useSession } from '../../../core/web/session';
import type { Endorser, Org } from '../contract';
import { EndorseForm } from './endorse-form';
import { MemberEndorse } from './member-endorse';

/** What this page needs of the pledges module's public campaign: its title, in the reader's language if written. */
interface CampaignTitle {
  title: string;
  translations?: Partial<Record<Language, { title?: string }>>;
}

function ThankYou({ name, onAnother }: { name: string; onAnother: () => void }) {
  const t = useT('orgs');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="card" aria-labelledby="endorse-thanks-title">
      <h2 id="endorse-thanks-title" ref={heading} tabIndex={-1}>
        {t('endorse.thanksTitle')}
      </h2>
      <p role="status">{t('endorse.thanks', { name })}</p>
      <button type="button" class="button" onClick={onAnother}>
        {t('endorse.another')}
      </button>
    </section>
  );
}

function Endorsers({ endorsers }: { endorsers: Endorser[] }) {
  const t = useT('orgs');
  return (
    <section aria-labelledby="endorsers-title">
      <h2 id="endorsers-title">{t('endorse.endorsers')}</h2>
      {endorsers.length === 0 ? (
        <p>{t('endorse.endorsersNone')}</p>
      ) : (
        <ul class="endorser-list">
          {endorsers.map((e) => (
            <li key={e.orgId}>
              <a href={`/orgs/${encodeURIComponent(e.orgId)}`}>{e.name}</a> <span class="hint">· {t(`kinds.${e.kind}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** /campaigns/:id/endorse — anyone, no account: an organisation signs on to a campaign from a phone. */
export function EndorsePage() {
  const t = useT('orgs');
  const lang = useLanguage();
  const session = useSession();
  const campaignId = usePathParam('id');
  const [campaign, setCampaign] = useState<CampaignTitle | null>(null);
  const [endorsers, setEndorsers] = useState<Endorser[] | null>(null);
  const [orgs, setOrgs] = useState<Org[] | null>(null);
  const [linked, setLinked] = useState<Org[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState<string | null>(null);
  const trusted = session.status === 'signed_in' && session.me.trusted;

  useEffect(() => {
    const id = encodeURIComponent(campaignId);
    api.get<{ endorsers: Endorser[] }>(`/api/campaigns/${id}/endorsers`).then((r) => setEndorsers(r.endorsers), setError);
    api.get<{ orgs: Org[] }>('/api/orgs').then((r) => setOrgs(r.orgs), setError);
    // The title is a nicety: the form works without it.
    api.get<CampaignTitle>(`/api/campaigns/${id}`).then(setCampaign, () => {});
  }, [campaignId]);
  useEffect(() => {
    if (trusted) api.get<{ orgs: Org[] }>('/api/me/orgs').then((r) => setLinked(r.orgs), setError);
  }, [trusted]);

  const missing = error instanceof ApiError && error.status === 404;
  const title = campaign && (campaign.translations?.[lang]?.title || campaign.title);
  return (
    <>
      <PageTitle title={t('endorse.title')} />
      {title && (
        <p class="endorse-campaign">
          {t('endorse.campaign', { title })} · <a href={`/campaigns/${encodeURIComponent(campaignId)}`}>{t('endorse.campaignLink')}</a>
        </p>
      )}
      {missing ? (
        <p class="notice">{t('endorse.notFound')}</p>
      ) : (
        <>
          <p>{t('endorse.intro')}</p>
          <FormError error={error} />
          {(!endorsers || !orgs) && !error && <Loading />}
          {endorsers && orgs && (
            <>
              {sent === null ? (
                <EndorseForm campaignId={campaignId} orgs={orgs} onSent={setSent} />
              ) : (
                <ThankYou name={sent} onAnother={() => setSent(null)} />
              )}
              {linked.length > 0 && <MemberEndorse campaignId={campaignId} linked={linked} />}
              <Endorsers endorsers={endorsers} />
            </>
          )}
        </>
      )}
    </>
  );
}
