import type { AppContext } from '../../../context';
import { badRequest } from '../../../core/errors';
import type { Principal } from '../../../core/roles';
import type { Db } from '../../../database';
import { audit } from '../../audit';
import type { ImportSummary } from '../contract';
import { assertCashFor } from '../donations-service';
import { requireFund } from '../funds-service';
import { postedKeys } from '../ledger-repository';
import { appendPosting, lockLedger } from '../ledger-service';
import { donationPosting, keys, reversalPosting } from '../postings';
import { addReversed, donationsByExternalId, insertDonations } from '../repository';
import type { FundDonationTable } from '../schema';
import { type ParsedImport, parseImport, type RowNote } from './parse';
import type { ImportItem } from './presets';

type DonationItem = Extract<ImportItem, { kind: 'donation' }>;
type RefundItem = Extract<ImportItem, { kind: 'refund' }>;

/** What the file adds to what is already recorded: new donations, refunds to reverse, and the rest. */
interface Plan {
  donations: DonationItem[];
  refunds: { item: RefundItem; cents: number }[];
  duplicates: number;
  skipped: RowNote[];
}

/** Rows per query and per insert: far below either engine's limit on bound values. */
const CHUNK = 500;
const NOTES_SHOWN = 200;

async function inChunks<T, R>(items: readonly T[], run: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(...(await run(items.slice(i, i + CHUNK))));
  return out;
}

/**
 * Compares the file with the database. A donation already imported (its processor id, in any fund)
 * is a duplicate; a refund reverses the donation it names — one in the database or earlier in this
 * file — never more than is left of it, and a refund of a payment Whistle never recorded is skipped.
 */
async function plan(db: Db, parsed: ParsedImport): Promise<Plan> {
  const source = parsed.preset;
  const ids = [...new Set(parsed.items.map((i) => (i.kind === 'donation' ? i.externalId : i.of)))];
  const known = new Map(
    (await inChunks(ids, (chunk) => donationsByExternalId(db, source, chunk))).map((d) => [d.externalId ?? '', d] as const),
  );
  const refundItems = parsed.items.filter((i): i is RefundItem => i.kind === 'refund');
  const posted = new Set(
    await inChunks(refundItems, async (chunk) => [
      ...(await postedKeys(
        db,
        chunk.map((r) => r.key),
      )),
    ]),
  );

  const result: Plan = { donations: [], refunds: [], duplicates: 0, skipped: [] };
  const fresh = new Map<string, DonationItem>();
  for (const item of parsed.items) {
    if (item.kind !== 'donation') continue;
    if (known.has(item.externalId) || fresh.has(item.externalId)) result.duplicates++;
    else fresh.set(item.externalId, item);
  }
  result.donations = [...fresh.values()];

  const reversed = new Map<string, number>();
  for (const item of refundItems) {
    const target = known.get(item.of);
    const amount = target ? Number(target.amountCents) : fresh.get(item.of)?.cents;
    if (amount === undefined) {
      result.skipped.push({ line: item.line, message: `a refund of ${item.of}, a payment not recorded in Whistle: skipped` });
      continue;
    }
    const soFar = reversed.get(item.of) ?? Number(target?.reversedCents ?? 0);
    const cents = Math.min(item.cumulative ? item.cents - soFar : item.cents, amount - soFar);
    if (posted.has(item.key) || cents <= 0) {
      result.duplicates++;
      continue;
    }
    result.refunds.push({ item, cents });
    reversed.set(item.of, soFar + cents);
  }
  return result;
}

function summary(parsed: ParsedImport, p: Plan, written: boolean): ImportSummary {
  return {
    preset: parsed.preset,
    rows: parsed.rows,
    donations: p.donations.length,
    donationCents: p.donations.reduce((sum, d) => sum + d.cents, 0),
    refunds: p.refunds.length,
    refundCents: p.refunds.reduce((sum, r) => sum + r.cents, 0),
    duplicates: p.duplicates,
    skipped: [...parsed.skipped, ...p.skipped].sort((a, b) => a.line - b.line).slice(0, NOTES_SHOWN),
    problems: parsed.problems.slice(0, NOTES_SHOWN),
    written,
  };
}

/** What importing this file would do, without writing anything. */
export async function checkImport(ctx: AppContext, fundId: string, csv: string): Promise<ImportSummary> {
  await requireFund(ctx.db, fundId);
  const parsed = parseImport(csv);
  return summary(parsed, await plan(ctx.db, parsed), false);
}

const describe = (n: RowNote) => `Line ${n.line}${n.column ? `, column "${n.column}"` : ''}: ${n.message}`;

/**
 * Imports the file in one transaction: everything it adds, or — while any row has a problem — nothing.
 * Planned under the ledger's lock, so the same file imported twice at once still posts once.
 */
export async function importDonations(ctx: AppContext, actor: Principal, fundId: string, csv: string): Promise<ImportSummary> {
  const parsed = parseImport(csv);
  if (parsed.problems.length) {
    const more = parsed.problems.length - 1;
    throw badRequest(
      'import_has_problems',
      `${describe(parsed.problems[0])}${more ? ` (and ${more} more)` : ''}. Nothing was imported.`,
      'csv',
    );
  }
  const now = ctx.clock.now();
  const p = await ctx.db.transaction().execute(async (tx) => {
    await requireFund(tx, fundId);
    await lockLedger(ctx, tx);
    const planned = await plan(tx, parsed);
    const source = parsed.preset;
    const rows: FundDonationTable[] = [];
    for (const d of planned.donations) {
      const { entry } = await appendPosting(ctx, tx, donationPosting(keys.importedDonation(source, d.externalId), now, fundId, d.cents));
      rows.push({
        id: ctx.ids.next(),
        fundId,
        amountCents: d.cents,
        receivedAt: d.at,
        method: 'online',
        source,
        externalId: d.externalId,
        entrySeq: entry.seq,
        donorName: d.donorName,
        note: null,
        reversedCents: 0,
        recordedBy: actor.memberId,
        createdAt: now,
      });
    }
    await inChunks(rows, async (chunk) => [await insertDonations(tx, chunk)]);
    const refunded = await inChunks([...new Set(planned.refunds.map((r) => r.item.of))], (chunk) =>
      donationsByExternalId(tx, source, chunk),
    );
    const byExternalId = new Map(refunded.map((d) => [d.externalId, d]));
    for (const { item, cents } of planned.refunds) {
      const donation = byExternalId.get(item.of);
      if (!donation) continue;
      await assertCashFor(tx, donation.fundId, cents);
      await appendPosting(ctx, tx, reversalPosting(item.key, now, donation.fundId, cents));
      await addReversed(tx, donation.id, cents);
    }
    await audit(ctx, tx, { actor, action: 'fund.donations_imported', objectType: 'fund', objectId: fundId });
    return planned;
  });
  return summary(parsed, p, true);
}
