/** Limits shared by the server and the web app (no zod here, so the app's bundle stays small). */

/** R-TRUST-1: an invite link works for at most this long. */
export const MAX_INVITE_HOURS = 72;
