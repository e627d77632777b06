/** Constants the UI shares with the contract, kept free of zod so the browser bundle stays small. */
export const NEED_KINDS = ['childcare', 'rent', 'legal_referral', 'school_contact', 'translation', 'food', 'other'] as const;
export type NeedKind = (typeof NEED_KINDS)[number];

export const LABEL_MAX = 80;
export const CONTACT_MAX = 200;
export const ADDRESS_MAX = 200;
export const HOUSEHOLD_MAX = 1000;
export const LANGUAGE_MAX = 40;
export const NEED_DETAIL_MAX = 200;
export const NOTE_MAX = 2000;
export const CLOSE_REASON_MAX = 500;
/** A case is worked by a few people, not a team: this keeps the circle of readers small. */
export const MAX_CASEWORKERS = 6;
