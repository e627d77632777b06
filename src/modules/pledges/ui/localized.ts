import type { Language } from '../../../core/web/i18n';
import { formatDateTime } from '../../../core/web/i18n';
import type { Campaign, CampaignTranslations } from '../contract';

type Translatable = Pick<Campaign, 'title' | 'translations'> & Partial<Pick<Campaign, 'summary' | 'demands'>>;

/** The campaign in the reader's language: each part the organisers translated, the original for the rest. */
export function localized(campaign: Translatable, lang: Language) {
  const tr = lang === 'en' ? undefined : campaign.translations[lang as keyof CampaignTranslations];
  return {
    title: tr?.title || campaign.title,
    summary: tr?.summary || campaign.summary || '',
    demands: tr?.demands?.length ? tr.demands : (campaign.demands ?? []),
  };
}

export const dateRange = (c: Pick<Campaign, 'startsAt' | 'endsAt'>, lang: Language) => ({
  start: formatDateTime(c.startsAt, lang),
  end: formatDateTime(c.endsAt, lang),
});

export const campaignPath = (id: string, page = '') => `/campaigns/${encodeURIComponent(id)}${page}`;

export const apiPath = (id: string, page = '') => `/api${campaignPath(id, page)}`;
