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
  /** JSON text: { es?, so?, hmn? } each with optional title, summary and demands. */
  translations: string;
  /** JSON text: ThresholdOption[] ({ id, scope, count }); fixed once the campaign is open. */
  thresholdOptions: string;
  updatedAt: number;
  openedAt: number | null;
  closedAt: number | null;
}

export type PledgeKind = 'plain' | 'threshold';
/**
 * plain pledges start `pledged`; threshold pledges start `conditional` (hidden from the public) and
 * become `triggered` when their group reaches the threshold, then `reconfirmed` by the signer.
 */
export type PledgeState = 'pledged' | 'conditional' | 'triggered' | 'reconfirmed' | 'withdrawn';

/**
 * One person's pledge. The name (or pseudonym) and contact are seen only by organisers, in the CSV
 * export; the contact is dropped when the campaign closes, the whole row some time after it ends.
 */
export interface PledgeTable {
  id: string;
  campaignId: string;
  memberId: string | null;
  /** SHA-256 of the one-time manage token the signer's device keeps. */
  manageTokenHash: string;
  kind: PledgeKind;
  state: PledgeState;
  thresholdOptionId: string | null;
  /** The group a threshold pledge waits on: 'city' or a normalised workplace / union local name. */
  scopeKey: string | null;
  name: string;
  contact: string | null;
  /** 1 when the signer agreed that organisers may export the contact. */
  contactConsent: number;
  workplace: string | null;
  workplaceKey: string | null;
  unionLocal: string | null;
  unionLocalKey: string | null;
  school: string | null;
  zoneId: string | null;
  /** JSON text: CampaignAsk[] */
  asks: string;
  createdAt: number;
  triggeredAt: number | null;
  reconfirmedAt: number | null;
  withdrawnAt: number | null;
}

/**
 * Counters per campaign, changed in the same transaction as the pledges they count:
 * `group:<scope>[:<key>]` counts every active pledge of a threshold group (a PostgreSQL row lock on
 * it serialises the signers of a group), `tally:<state>` and `tally:ask:<ask>` are the counts shown.
 */
export interface PledgeCountTable {
  campaignId: string;
  key: string;
  count: number;
}

/** A threshold met by one group; its unique key is what makes the trigger fire exactly once. */
export interface PledgeTriggerTable {
  id: string;
  campaignId: string;
  optionId: string;
  scopeKey: string;
  /** The group's count when it fired. */
  count: number;
  firedAt: number;
}

export interface PledgesTables {
  campaign: CampaignTable;
  pledge: PledgeTable;
  pledgeCount: PledgeCountTable;
  pledgeTrigger: PledgeTriggerTable;
}
