import './campaigns.css';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { navigate, usePathParam } from '../../../core/web/router';
import type { Campaign } from '../contract';
import { CampaignForm } from './campaign-form';
import { apiPath, campaignPath } from './localized';

const toManage = (c: Campaign) => navigate(campaignPath(c.id, '/manage'));

/** /campaigns/new — a new campaign, saved as a draft; the organiser opens it from its manage page. */
export function NewCampaignPage() {
  const t = useT('pledges');
  return (
    <>
      <PageTitle title={t('editor.newTitle')} />
      <CampaignForm campaign={null} onSaved={toManage} />
    </>
  );
}

/** /campaigns/:id/edit — corrections; thresholds stay fixed once the campaign is open. */
export function EditCampaignPage() {
  const t = useT('pledges');
  const id = usePathParam('id');
  const [campaign, setCampaign] = useState<Campaign | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.get<{ campaign: Campaign }>(apiPath(id, '/manage')).then((r) => setCampaign(r.campaign), setError);
  }, [id]);
  return (
    <>
      <PageTitle title={t('editor.editTitle')} />
      <FormError error={error} />
      {!campaign && !error && <Loading />}
      {campaign && <CampaignForm campaign={campaign} onSaved={toManage} />}
    </>
  );
}
