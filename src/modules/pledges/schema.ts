/** A call to action: demands, dates and asks, with a public page and live counts. */
export interface CampaignTable {
  id: string;
  title: string;
  summary: string;
  /** JSON text: string[] */
  demands: string;
  /** JSON text: CampaignAsk[] (don't work, don't go to school, don't shop, close your business, join an event). */
  asks: string;
  startsAt: number;
  endsAt: number;
  state: 'draft' | 'open' | 'closed';
  createdAt: number;
  createdBy: string | null;
  demo: number;
}

export interface PledgesTables {
  campaign: CampaignTable;
}
