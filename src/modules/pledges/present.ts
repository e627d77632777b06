import type { Campaign, CampaignAsk, CampaignTranslations, PublicCounts, ThresholdOption } from './contract';
import { publicCounts } from './counts';
import type { CampaignTable } from './schema';

/** JSON columns were written by this module from validated input; reading them back needs no checks. */
export const asksOf = (json: string) => JSON.parse(json) as CampaignAsk[];
export const thresholdOptionsOf = (row: Pick<CampaignTable, 'thresholdOptions'>) => JSON.parse(row.thresholdOptions) as ThresholdOption[];

export function presentCampaign(row: CampaignTable, counts: PublicCounts = publicCounts()): Campaign {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    demands: JSON.parse(row.demands) as string[],
    asks: asksOf(row.asks),
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    state: row.state,
    translations: JSON.parse(row.translations) as CampaignTranslations,
    thresholdOptions: thresholdOptionsOf(row),
    demo: row.demo === 1,
    counts,
  };
}

/** Only the titles of a campaign's translations: what a signer's list of pledges needs. */
export function translatedTitles(row: CampaignTable): CampaignTranslations {
  const all = JSON.parse(row.translations) as CampaignTranslations;
  return Object.fromEntries(Object.entries(all).flatMap(([lang, t]) => (t?.title ? [[lang, { title: t.title }]] : [])));
}
