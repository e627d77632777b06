// Filled in by the peacekeeping work: marshal plans, posts, assignments.
export type PeacekeepingTables = Record<never, never>;
