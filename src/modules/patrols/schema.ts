// Filled in by the patrols work: sites, shift series, shifts, sign-ups.
export type PatrolsTables = Record<never, never>;
