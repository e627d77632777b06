/** The assemblies vocabulary and limits, free of zod so the web app can import them without the validator. */

export const ASSEMBLY_KINDS = ['neighbourhood', 'workplace', 'union_local', 'federation'] as const;
export const QUORUM_KINDS = ['share', 'count'] as const;
export const MAJORITIES = ['simple', 'two_thirds', 'consensus'] as const;
export const PROPOSERS = ['any_member', 'facilitators'] as const;
export const ASSEMBLY_ROLES = ['member', 'facilitator', 'delegate'] as const;
/** The roles a facilitator hands out; delegates are seated by a delegate election. */
export const APPOINTED_ROLES = ['member', 'facilitator'] as const;
export type AppointedRole = (typeof APPOINTED_ROLES)[number];
export const MEETING_STATUSES = ['scheduled', 'open', 'closed'] as const;
export const PROPOSAL_KINDS = ['motion', 'recall'] as const;
export const PROPOSAL_STATUSES = ['discussion', 'voting', 'decided', 'withdrawn'] as const;
export const OUTCOMES = ['passed', 'failed', 'blocked', 'no_quorum'] as const;
export const VOTE_CHOICES = ['yes', 'no', 'abstain', 'block'] as const;
export const COMMENT_KINDS = ['comment', 'amendment'] as const;
export const AMENDMENT_STATUSES = ['open', 'accepted', 'rejected'] as const;

export const NAME_MAX = 140;
export const DESCRIPTION_MAX = 2000;
export const TITLE_MAX = 140;
export const PLACE_MAX = 200;
export const PROPOSAL_BODY_MAX = 20_000;
export const MINUTES_MAX = 50_000;
export const COMMENT_MAX = 4000;
export const AGENDA_ITEMS_MAX = 30;
export const ACTION_TEXT_MAX = 500;
/** A quorum given as a number of members; a share is a percentage (1–100). */
export const QUORUM_COUNT_MAX = 100_000;
/** Sixty days of discussion at most. */
export const DISCUSSION_HOURS_MAX = 24 * 60;
export const DELEGATE_SEATS_MAX = 50;
/** A hand count's figures, each. */
export const HAND_COUNT_MAX = 100_000;
