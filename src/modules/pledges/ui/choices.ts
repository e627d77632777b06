import type { CampaignAsk, ThresholdScope, TranslationLanguage } from '../contract';

/**
 * The contract's lists, in the order the forms offer them. Importing the values would put zod in
 * the bundle; the checks below fail to compile if the contract gains an entry a list lacks.
 */
export const ASKS = ['no_work', 'no_school', 'no_shopping', 'close_business', 'join_event'] as const satisfies readonly CampaignAsk[];
export const SCOPES = ['workplace', 'union_local', 'city'] as const satisfies readonly ThresholdScope[];
export const TRANSLATIONS = ['es', 'so', 'hmn'] as const satisfies readonly TranslationLanguage[];

type Missing =
  | Exclude<CampaignAsk, (typeof ASKS)[number]>
  | Exclude<ThresholdScope, (typeof SCOPES)[number]>
  | Exclude<TranslationLanguage, (typeof TRANSLATIONS)[number]>;
const everyChoiceListed: [Missing] extends [never] ? true : Missing = true;
void everyChoiceListed;

/** The contract's limits (CampaignInput), for the form's maxLength; the server checks them too. */
export const TITLE_MAX = 160;
export const SUMMARY_MAX = 4000;
