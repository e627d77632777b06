import type { TFunction } from 'i18next';
import type { Org } from '../contract';

export type OrgKind = Org['kind'];

/**
 * The contract's ORG_KINDS, in the order the form offers them. Importing the value would put zod in
 * the bundle; the check below fails to compile if the contract gains a kind this list lacks.
 */
export const ORG_KINDS = ['community', 'union_local', 'faith', 'student', 'legal', 'other'] as const satisfies readonly OrgKind[];

type Missing = Exclude<OrgKind, (typeof ORG_KINDS)[number]>;
const everyKindListed: [Missing] extends [never] ? true : Missing = true;
void everyKindListed;

/** The kinds as a form's select offers them, in the current language. */
export const kindOptions = (t: TFunction) => ORG_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }));
