import './campaigns.css';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle, useAction } from '../../../core/web/forms';
import { formatDateTime, formatNumber, useLanguage, useT } from '../../../core/web/i18n';
import { useLive } from '../../../core/web/live';
import { usePathParam } from '../../../core/web/router';
import type { Campaign, CampaignManagement, ThresholdGroup } from '../contract';
import { CampaignFacts } from './campaign-facts';
import { CountsPanel } from './counts-panel';
import { apiPath, campaignPath, localized } from './localized';

function GroupCard({ group }: { group: ThresholdGroup }) {
  const t = useT('pledges');
  const lang = useLanguage();
  const n = (v: number) => formatNumber(v, lang);
  const label = group.scope === 'city' ? t('scopes.city') : group.key;
  return (
    <li class="card threshold-group">
      <h3>
        {t(`editor.scopeOption.${group.scope}`)}: {label}
      </h3>
      <p>
        <progress max={group.threshold} value={Math.min(group.count, group.threshold)} aria-label={label} />{' '}
        {t('manage.progress', { count: n(group.count), threshold: n(group.threshold) })}
      </p>
      <p>
        {t('manage.waiting', { count: n(group.conditional) })} · {t('counts.triggered')}: {n(group.triggered)} · {t('counts.reconfirmed')}:{' '}
        {n(group.reconfirmed)}
      </p>
      <p class="hint">{group.metAt === null ? t('manage.notMet') : t('manage.metAt', { when: formatDateTime(group.metAt, lang) })}</p>
    </li>
  );
}

/** Open or close, with closing's consequence said first and confirmed. */
function StateActions({ campaign, onChanged }: { campaign: Campaign; onChanged: () => void }) {
  const t = useT('pledges');
  const [confirming, setConfirming] = useState(false);
  const change = useAction(async (to: 'open' | 'close') => {
    await api.post<Campaign>(apiPath(campaign.id, `/${to}`));
    setConfirming(false);
    onChanged();
  });
  if (campaign.state === 'draft')
    return (
      <div class="button-row">
        <button type="button" class="button button-primary" disabled={change.busy} onClick={() => change.run('open')}>
          {t('manage.open')}
        </button>
        <FormError error={change.error} />
      </div>
    );
  if (campaign.state !== 'open') return null;
  return (
    <div class="card card-warning">
      {confirming ? (
        <>
          <p>{t('manage.closeWarning')}</p>
          <div class="button-row">
            <button type="button" class="button button-danger" disabled={change.busy} onClick={() => change.run('close')}>
              {t('manage.confirmClose')}
            </button>
            <button type="button" class="button" onClick={() => setConfirming(false)}>
              {t('manage.cancel')}
            </button>
          </div>
        </>
      ) : (
        <button type="button" class="button button-danger" onClick={() => setConfirming(true)}>
          {t('manage.close')}
        </button>
      )}
      <FormError error={change.error} />
    </div>
  );
}

/** /campaigns/:id/manage — for organisers: every count, the threshold groups, state changes and the export. */
export function ManageCampaignPage() {
  const t = useT('pledges');
  const lang = useLanguage();
  const id = usePathParam('id');
  const [data, setData] = useState<CampaignManagement | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = () => api.get<CampaignManagement>(apiPath(id, '/manage')).then(setData, setError);
  useEffect(() => void load(), [id]);
  // The public stream says when counts change; organisers then fetch their fuller view.
  useLive(data && data.campaign.state !== 'draft' ? apiPath(id, '/live') : null, {
    counts: () => void load(),
  });

  if (!data)
    return (
      <>
        <PageTitle title={t('title')} />
        <FormError error={error} />
        {!error && <Loading />}
      </>
    );
  const { campaign } = data;
  return (
    <>
      <PageTitle title={t('manage.title', { title: localized(campaign, lang).title })} />
      <CampaignFacts campaign={campaign} />
      <div class="button-row">
        {campaign.state !== 'draft' && (
          <a class="button" href={campaignPath(campaign.id)}>
            {t('manage.publicPage')}
          </a>
        )}
        {campaign.state !== 'closed' && (
          <a class="button" href={campaignPath(campaign.id, '/edit')}>
            {t('manage.edit')}
          </a>
        )}
      </div>
      <StateActions campaign={campaign} onChanged={() => void load()} />
      <CountsPanel counts={data.counts} asks={campaign.asks} live={campaign.state === 'open'} />
      <section class="card" aria-labelledby="export-title">
        <h2 id="export-title">{t('manage.export')}</h2>
        <p class="hint">{t('manage.exportHint')}</p>
        <a class="button" href={apiPath(campaign.id, '/pledges.csv')} download>
          {t('manage.export')}
        </a>
      </section>
      <section aria-labelledby="groups-title">
        <h2 id="groups-title">{t('manage.groups')}</h2>
        {data.groups.length === 0 && <p>{t('manage.groupsNone')}</p>}
        <ul class="plain-list card-grid">
          {data.groups.map((g) => (
            <GroupCard key={`${g.optionId} ${g.key}`} group={g} />
          ))}
        </ul>
      </section>
    </>
  );
}
