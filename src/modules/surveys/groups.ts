/**
 * Group names as people type them ("Local 17", "local #17 ", "LOCAL 17") count as one group. The key
 * folds case and accents and keeps only letters (with their vowel signs) and digits, separated by single spaces.
 */
export function groupKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}

/** The name as shown: trimmed, with runs of spaces made one. */
export const groupLabel = (name: string) => name.trim().replace(/\s+/g, ' ');
