import type { AppContext } from '../../context';
import { DAY } from '../../core/clock';
import { commitTogether } from '../../core/db/group-commit';
import { badRequest, conflict, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import type { Db } from '../../database';
import { audit } from '../audit';
import type { Donation, DonationInput } from './contract';
import { requireFund } from './funds-service';
import { appendPosting, lockLedger, totalsOfFund } from './ledger-service';
import { donationPosting, keys, reversalPosting } from './postings';
import { presentDonations } from './present';
import { addReversed, donationOfEntry, findDonation, insertDonations, recentDonations } from './repository';
import type { FundDonationTable } from './schema';

/** A day as an instant: its noon UTC, which is the same calendar day in every time zone of the Americas. */
export const noonOf = (isoDate: string) => Date.parse(`${isoDate}T12:00:00Z`);

/** What a repeated key answers with: the donation it first recorded. */
async function donationFirstPosted(tx: Db, entrySeq: number): Promise<FundDonationTable> {
  const first = await donationOfEntry(tx, entrySeq);
  if (!first) throw conflict('idempotency_key_used', 'This key was already used for something other than a donation.', 'idempotencyKey');
  return first;
}

/**
 * A treasurer records a donation by hand. It shares a commit with others that arrive together; the
 * form's idempotency key makes a retried request record it once and answer with the first one.
 */
export async function recordDonation(ctx: AppContext, actor: Principal | null, input: DonationInput): Promise<Donation> {
  const now = ctx.clock.now();
  const receivedAt = noonOf(input.receivedOn);
  if (receivedAt > now + DAY) throw badRequest('date_in_future', 'The day the money was given cannot be in the future.', 'receivedOn');
  const id = ctx.ids.next();
  const posting = donationPosting(keys.manualDonation(input.idempotencyKey ?? id), now, input.fundId, input.amountCents);
  const row = await commitTogether(ctx.db, ctx.dialect, async (tx) => {
    await requireFund(tx, input.fundId);
    const posted = await appendPosting(ctx, tx, posting);
    if (!posted.created) return donationFirstPosted(tx, posted.entry.seq);
    const fresh: FundDonationTable = {
      id,
      fundId: input.fundId,
      amountCents: input.amountCents,
      receivedAt,
      method: input.method,
      source: 'manual',
      externalId: null,
      entrySeq: posted.entry.seq,
      donorName: input.donorName || null,
      note: input.note || null,
      reversedCents: 0,
      recordedBy: actor?.memberId ?? null,
      createdAt: now,
    };
    await insertDonations(tx, [fresh]);
    await audit(ctx, tx, { actor, action: 'fund.donation_recorded', objectType: 'fund_donation', objectId: id });
    return fresh;
  });
  return (await presentDonations(ctx.db, [row]))[0];
}

/**
 * Refuses a posting that would take the fund's cash below zero. The ledger must be locked first, so
 * the balance read is the one the posting follows.
 */
export async function assertCashFor(tx: Db, fundId: string, cents: number) {
  const { cashCents } = await totalsOfFund(tx, fundId);
  if (cashCents < cents)
    throw conflict('insufficient_funds', `The fund holds ${(cashCents / 100).toFixed(2)}; this needs ${(cents / 100).toFixed(2)}.`);
}

/**
 * Reverses a donation refunded or entered by mistake (whatever of it is not reversed yet). Entries are
 * never edited; the reversal is a posting of its own.
 */
export async function reverseDonation(ctx: AppContext, actor: Principal, id: string): Promise<Donation> {
  const now = ctx.clock.now();
  const row = await ctx.db.transaction().execute(async (tx) => {
    await lockLedger(ctx, tx);
    const donation = await findDonation(tx, id);
    if (!donation) throw notFound('Donation');
    const remaining = Number(donation.amountCents) - Number(donation.reversedCents);
    if (remaining <= 0) throw conflict('already_reversed', 'This donation has already been reversed.');
    await assertCashFor(tx, donation.fundId, remaining);
    await appendPosting(ctx, tx, reversalPosting(keys.donationReversal(id), now, donation.fundId, remaining));
    await addReversed(tx, id, remaining);
    await audit(ctx, tx, { actor, action: 'fund.donation_reversed', objectType: 'fund_donation', objectId: id });
    return { ...donation, reversedCents: Number(donation.amountCents) };
  });
  return (await presentDonations(ctx.db, [row]))[0];
}

export async function listDonations(ctx: AppContext, fundId: string): Promise<Donation[]> {
  await requireFund(ctx.db, fundId);
  return presentDonations(ctx.db, await recentDonations(ctx.db, fundId, 100));
}
