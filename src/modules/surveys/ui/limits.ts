import type { Survey } from '../contract';

/**
 * The contract's limits and group kinds. Importing them from the contract would put zod in the bundle;
 * the check below fails to compile if the contract gains a kind this list lacks.
 */
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 6;
export const GROUP_KINDS = ['workplace', 'union_local', 'school'] as const satisfies readonly Survey['groupKind'][];

type Missing = Exclude<Survey['groupKind'], (typeof GROUP_KINDS)[number]>;
const everyKindListed: [Missing] extends [never] ? true : Missing = true;
void everyKindListed;
