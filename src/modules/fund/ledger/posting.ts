import { type Account, parseAccount } from './accounts';

/**
 * A double-entry posting in integer cents. Each line carries a signed amount: positive is a debit,
 * negative a credit (one number per line, so "sums to zero" is the whole balancing rule and there is
 * no line that is both or neither). A donation of $25 to fund F:
 *   { account: 'fund:F:cash', amountCents: 2500 }, { account: 'fund:F:donations', amountCents: -2500 }
 * A $900 rent payout:
 *   { account: 'fund:F:disbursed:rent', amountCents: 90000 }, { account: 'fund:F:cash', amountCents: -90000 }
 * Postings are never edited; a mistake is corrected by a `reversal` posting with the signs flipped.
 */
export interface PostingLine {
  account: Account;
  amountCents: number;
}

export const MEMO_KINDS = ['donation', 'disbursement', 'reversal'] as const;
export type MemoKind = (typeof MEMO_KINDS)[number];

export interface Posting {
  /** Chosen by the caller (e.g. the processor's transaction id); a repeated key posts once. */
  idempotencyKey: string;
  /** Epoch milliseconds. */
  at: number;
  memo: MemoKind;
  lines: PostingLine[];
}

export type PostingCheck = { ok: true; posting: Posting } | { ok: false; field: string; message: string };

export const MAX_LINES = 20;
/**
 * $1,000,000,000 per line. With at most MAX_LINES lines every sum inside a posting stays far inside
 * Number.MAX_SAFE_INTEGER, so the arithmetic below is exact.
 */
export const MAX_LINE_CENTS = 100_000_000_000;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,128}$/;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const refuse = (field: string, message: string): PostingCheck => ({ ok: false, field, message });

/**
 * Checks a posting from anywhere (a form, a CSV import, a stored row) and returns a clean copy with
 * only the known fields, or the first problem found with the field it is about.
 */
export function validatePosting(input: unknown): PostingCheck {
  if (!isRecord(input)) return refuse('posting', 'A posting must be an object.');
  const { idempotencyKey, at, memo, lines } = input;
  if (typeof idempotencyKey !== 'string' || !IDEMPOTENCY_KEY.test(idempotencyKey))
    return refuse('idempotencyKey', 'The idempotency key must be 1 to 128 printable ASCII characters without spaces.');
  if (typeof at !== 'number' || !Number.isSafeInteger(at) || at < 0)
    return refuse('at', 'The time must be a whole number of epoch milliseconds.');
  if (typeof memo !== 'string' || !(MEMO_KINDS as readonly string[]).includes(memo))
    return refuse('memo', `The memo kind must be one of: ${MEMO_KINDS.join(', ')}.`);
  if (!Array.isArray(lines) || lines.length < 2 || lines.length > MAX_LINES)
    return refuse('lines', `A posting needs 2 to ${MAX_LINES} lines.`);

  const clean: PostingLine[] = [];
  const perFund = new Map<string, number>();
  for (const [i, line] of lines.entries()) {
    const field = `lines[${i}]`;
    if (!isRecord(line)) return refuse(field, 'Each line must be an object with an account and an amount.');
    const { account, amountCents } = line;
    const parsed = typeof account === 'string' ? parseAccount(account) : null;
    if (parsed === null)
      return refuse(`${field}.account`, 'Unknown account: use fund:<id>:cash, fund:<id>:donations or fund:<id>:disbursed:<category>.');
    if (clean.some((other) => other.account === account))
      return refuse(`${field}.account`, 'An account may appear only once in a posting; add the amounts together.');
    if (typeof amountCents !== 'number' || !Number.isSafeInteger(amountCents))
      return refuse(`${field}.amountCents`, 'Amounts are whole numbers of cents.');
    if (amountCents === 0) return refuse(`${field}.amountCents`, 'A line cannot be zero.');
    if (Math.abs(amountCents) > MAX_LINE_CENTS)
      return refuse(`${field}.amountCents`, `A line is at most ${MAX_LINE_CENTS} cents either way.`);
    clean.push({ account: account as Account, amountCents });
    perFund.set(parsed.fundId, (perFund.get(parsed.fundId) ?? 0) + amountCents);
  }

  const total = clean.reduce((sum, line) => sum + line.amountCents, 0);
  if (total !== 0) return refuse('lines', `Debits and credits must sum to exactly 0; these lines sum to ${total} cents.`);
  // Money never moves between funds inside one posting, so each fund's own books balance too.
  for (const [fundId, sum] of perFund)
    if (sum !== 0) return refuse('lines', `The lines of fund ${fundId} sum to ${sum} cents; each fund's lines must sum to 0.`);
  return { ok: true, posting: { idempotencyKey, at, memo: memo as MemoKind, lines: clean } };
}
