/** The delegates vocabulary and limits, free of zod so the web app can import them without the validator. */

export const MANDATE_INSTRUCTIONS = ['yes', 'no', 'abstain', 'free'] as const;
export const DELEGATE_END_REASONS = ['recalled', 'replaced', 'resigned'] as const;
export const MANDATE_NOTE_MAX = 1000;
export const REPORT_BODY_MAX = 20_000;
export const DELEGATE_ELECTION_TITLE_MAX = 140;
/** Ended delegates shown on a board, latest first. */
export const ENDED_SHOWN = 50;
