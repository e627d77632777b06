/**
 * The key two spellings of one workplace or union local share: "Café Lola, Inc." and "cafe lola inc"
 * are one group. Accents and punctuation go, letters of every script stay. Empty when nothing is left.
 */
export function scopeKeyOf(name: string | undefined | null): string {
  if (!name) return '';
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
