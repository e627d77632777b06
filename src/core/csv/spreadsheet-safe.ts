/**
 * Spreadsheet formula injection: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
 * return may run as a formula when a CSV is opened in a spreadsheet. Export puts a `'` in front of
 * such cells (the spreadsheets' own "this is text" mark) and import takes it off again.
 *
 * The mark is added to any value that is some quotes followed by a trigger, so that a value which
 * itself starts with `'=` gains one more quote: removing exactly one quote on import then always
 * gives the original back (`unguardCell(guardCell(v)) === v` for every string).
 */
const NEEDS_MARK = /^'*[=+\-@\t\r]/;
const MARKED = /^'+[=+\-@\t\r]/;

export const guardCell = (value: string): string => (NEEDS_MARK.test(value) ? `'${value}` : value);

export const unguardCell = (value: string): string => (MARKED.test(value) ? value.slice(1) : value);
