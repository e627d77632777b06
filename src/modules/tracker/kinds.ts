/**
 * What the tracker calls an action. Kept free of zod so the web app can import it without the
 * validation library in its bundle.
 */
export const ACTION_KINDS = ['strike', 'walkout', 'sick_out', 'closure', 'protest', 'vigil', 'blockade', 'boycott', 'other'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** How the ILR "Strike or Protest" column spells each kind on export; import reads these words back. */
export const ILR_KIND_LABELS: Record<ActionKind, string> = {
  strike: 'Strike',
  walkout: 'Walkout',
  sick_out: 'Sick-out',
  closure: 'Closure',
  protest: 'Protest',
  vigil: 'Vigil',
  blockade: 'Blockade',
  boycott: 'Boycott',
  other: 'Other',
};

/**
 * Words in a "Strike or Protest" cell, most specific first: "Strike/Protest" is a strike, a
 * "sick-out" is not a protest. Anything unrecognised is `other`.
 */
const KIND_WORDS: [RegExp, ActionKind][] = [
  [/sick[\s-]?out/, 'sick_out'],
  [/walk[\s-]?out/, 'walkout'],
  [/blockade/, 'blockade'],
  [/boycott/, 'boycott'],
  [/vigil/, 'vigil'],
  [/closure|closed|shut[\s-]?down/, 'closure'],
  [/strike/, 'strike'],
  [/protest|rally|march|picket/, 'protest'],
];

export function kindFromIlr(cell: string): ActionKind {
  const value = cell.toLowerCase();
  return KIND_WORDS.find(([words]) => words.test(value))?.[1] ?? 'other';
}
