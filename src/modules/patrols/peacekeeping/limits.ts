/** The peacekeeping vocabulary and limits, free of zod so the web app can import them without the validator. */

/** Where along a march a post stands. */
export const POST_KINDS = ['route_segment', 'entrance', 'crossing', 'other'] as const;
export type PostKind = (typeof POST_KINDS)[number];

/** Red: nobody there; amber: some, fewer than needed; green: as many as needed. */
export const POST_STATUSES = ['red', 'amber', 'green'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

/** Event kinds that usually want marshals; any event can have a plan, these are offered first. */
export const MARSHALLED_EVENT_KINDS = ['march', 'rally', 'vigil', 'other'] as const;

export const DEFAULT_RATIO = 50;
export const RATIO_MIN = 5;
export const RATIO_MAX = 1000;
export const CROWD_MAX = 1_000_000;
export const NEEDED_MAX = 200;
export const POSTS_MAX = 200;
export const LABEL_MAX = 120;
export const INSTRUCTIONS_MAX = 2000;
export const CHANNEL_MAX = 40;
export const CONTACT_LINE_MAX = 200;
export const CONTACT_LINES_MAX = 20;
export const PHONE_MAX = 40;

const HOUR = 3_600_000;
/** Marshals arrive early to be briefed and stay while the crowd disperses. */
export const CHECK_IN_OPENS_BEFORE = 2 * HOUR;
export const CHECK_IN_CLOSES_AFTER = 2 * HOUR;

/** How often the organisers' board asks for the latest check-ins. */
export const BOARD_POLL_MS = 5_000;
