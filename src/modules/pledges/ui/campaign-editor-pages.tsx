import './campaigns.css';
import { EditPage } from '../../../core/web/form-pages';
import { PageTitle } from '../../../core/web/forms';
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
  return (
    <EditPage<{ campaign: Campaign }>
      title={t('editor.editTitle')}
      source={apiPath(id, '/manage')}
      form={({ campaign }) => <CampaignForm campaign={campaign} onSaved={toManage} />}
    />
  );
}
