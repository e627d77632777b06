import type { PublicBusiness } from '../contract';

type Kind = PublicBusiness['kind'];
type Offer = PublicBusiness['offers'][number];

/**
 * The contract's kinds and sanctuary offers, in the order the form offers them. Importing them would
 * put zod in the bundle; the checks below fail to compile if the contract gains one these lists lack.
 */
export const BUSINESS_KINDS = ['shop', 'grocery', 'restaurant', 'cafe', 'salon', 'service', 'other'] as const satisfies readonly Kind[];
export const SANCTUARY_OFFERS = ['water', 'warmth', 'bathrooms', 'phone_charging'] as const satisfies readonly Offer[];

type Missing = Exclude<Kind, (typeof BUSINESS_KINDS)[number]> | Exclude<Offer, (typeof SANCTUARY_OFFERS)[number]>;
const everyOneListed: [Missing] extends [never] ? true : Missing = true;
void everyOneListed;
