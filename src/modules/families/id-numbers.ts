import { badRequest } from '../../core/errors';

/**
 * R-DATA-1 reaches into free text too: a case never holds an A-number or a Social Security number, so
 * text that looks like one is refused (the form says why) instead of being sealed and kept.
 */
const ID_NUMBER_PATTERNS = [
  // A-number: "A" and 8 or 9 digits, however grouped (A123456789, A-123-456-789, A 12 345 678).
  /(^|[^\p{L}\p{N}])A[-\s.#:]*(\d[-\s.]?){7,8}\d(?!\d)/iu,
  // SSN or ITIN: 123-45-6789, 123 45 6789, or nine digits in a row.
  /(^|\D)\d{3}[-\s.]\d{2}[-\s.]\d{4}(?!\d)/u,
  /(^|\D)\d{9}(?!\d)/u,
];

export const looksLikeIdNumber = (text: string) => ID_NUMBER_PATTERNS.some((p) => p.test(text));

/** Refuses the first field whose text looks like an ID number, naming it. */
export function refuseIdNumbers(fields: Record<string, string | null | undefined>) {
  for (const [field, text] of Object.entries(fields))
    if (text && looksLikeIdNumber(text))
      throw badRequest(
        'looks_like_id_number',
        `${field}: this looks like an A-number or a Social Security number. Never write immigration status or ID numbers in a case.`,
        field,
      );
}
