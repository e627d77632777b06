/**
 * What aid requests are and what doing one takes, shared by the server and the pages (no zod here,
 * so the browser bundle stays small).
 */
export const AID_KINDS = ['groceries', 'meals', 'medicine', 'ride', 'childcare', 'rent_bills', 'translation', 'other'] as const;
export type AidKind = (typeof AID_KINDS)[number];

export const SKILLS = ['shopping', 'cooking', 'driving', 'childcare', 'translation', 'medicine_pickup'] as const;
export type Skill = (typeof SKILLS)[number];

export const VEHICLES = ['none', 'bike', 'car'] as const;
export type Vehicle = (typeof VEHICLES)[number];

export const REQUEST_STATES = ['open', 'claimed', 'in_progress', 'done', 'cancelled'] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

/** Languages households and volunteers commonly speak in the network (ISO 639 codes); the app's four first. */
export const AID_LANGUAGES = ['en', 'es', 'so', 'hmn', 'om', 'am', 'kar', 'vi', 'ar', 'fr'] as const;
export type AidLanguage = (typeof AID_LANGUAGES)[number];

/** Rent and bills are paid by the fund, not carried out by a volunteer: nobody claims them. */
export const FUND_KINDS: readonly AidKind[] = ['rent_bills'];
export const isClaimable = (kind: AidKind) => !FUND_KINDS.includes(kind);

/**
 * What a task needs, from its kind alone: one skill at most, and a vehicle only where the task cannot
 * be done without one. Kept deliberately simple: a car helps with a medicine pickup across town, but
 * most pickups are a walk or a bus ride away, so only a ride requires a car. Volunteers without the
 * skill or vehicle still see the task under "show all".
 */
export const KIND_NEEDS: Record<AidKind, { skill: Skill | null; vehicle: Vehicle }> = {
  groceries: { skill: 'shopping', vehicle: 'none' },
  meals: { skill: 'cooking', vehicle: 'none' },
  medicine: { skill: 'medicine_pickup', vehicle: 'none' },
  ride: { skill: 'driving', vehicle: 'car' },
  childcare: { skill: 'childcare', vehicle: 'none' },
  rent_bills: { skill: null, vehicle: 'none' },
  translation: { skill: 'translation', vehicle: 'none' },
  other: { skill: null, vehicle: 'none' },
};

/** Kinds where a volunteer goes to the household, so the filer must give an address. */
export const ADDRESS_KINDS: readonly AidKind[] = ['groceries', 'meals', 'medicine', 'ride', 'childcare'];

/** Roles that may file a request on someone else's behalf (hotline operators are dispatchers). */
export const ON_BEHALF_ROLES = ['dispatcher', 'caseworker', 'organiser'] as const;

export const LIMITS = {
  householdName: 40,
  address: 200,
  contact: 200,
  details: 500,
  privateNotes: 1000,
  offerNote: 280,
  availability: 120,
  languages: 6,
  /** An offer lasts at most this long before it must be posted again. */
  offerDays: 90,
  /** Up to $100,000: anything larger is a typo. */
  amountCents: 10_000_000,
} as const;
