/** The elections vocabulary and limits, free of zod so the web app can import them without the validator. */

export const ELECTION_TITLE_MAX = 140;
export const CANDIDATE_NAME_MAX = 80;
export const CANDIDATES_MAX = 40;
export const SEATS_MAX = 20;

/** How an election looks to a member: candidates may still stand, ballots are taken, or it is counted. */
export const ELECTION_PHASES = ['upcoming', 'open', 'closed'] as const;
export type ElectionPhase = (typeof ELECTION_PHASES)[number];

/** Where a transfer's votes went other than to a candidate (RCTab's words). */
export const TRANSFER_SINKS = ['exhausted', 'residual surplus'] as const;
export type TransferSink = (typeof TRANSFER_SINKS)[number];

/** A receipt as the ballot box writes it: three groups of four of Crockford's base32. */
export const RECEIPT_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
