import { randomInt } from 'node:crypto';
import type { AppContext } from '../../context';
import { dialectOf } from '../../core/db/portable';
import { conflict, notFound } from '../../core/errors';
import type { Db } from '../../database';
import type { BallotBoxPurpose, BallotBoxTable } from './schema';

/**
 * Secret ballots. Casting writes two rows in the caller's transaction: "this member has voted" and,
 * in a table that shares nothing with it but the box's id, "this was voted" under a random receipt.
 * The receipt goes to the voter only; it is how they find their ballot in the published list.
 */

// Crockford's base32 without I, L, O, U: read aloud or copied from a phone without mix-ups.
const RECEIPT_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RECEIPT_GROUPS = 3;
const RECEIPT_GROUP_LENGTH = 4;

/** 60 random bits as `XXXX-XXXX-XXXX`. */
export function newReceipt(): string {
  const groups: string[] = [];
  for (let g = 0; g < RECEIPT_GROUPS; g++) {
    let group = '';
    for (let i = 0; i < RECEIPT_GROUP_LENGTH; i++) group += RECEIPT_ALPHABET[randomInt(RECEIPT_ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}

/** A receipt as typed by a person: case, spaces and missing dashes do not matter. */
export function normaliseReceipt(input: string): string {
  const bare = input.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return bare.match(new RegExp(`.{1,${RECEIPT_GROUP_LENGTH}}`, 'g'))?.join('-') ?? '';
}

export async function openBallotBox(ctx: AppContext, tx: Db, purpose: BallotBoxPurpose): Promise<string> {
  const id = ctx.ids.next();
  await tx.insertInto('ballotBox').values({ id, purpose, openedAt: ctx.clock.now(), closedAt: null }).execute();
  return id;
}

/** The box, locked against a concurrent close until the caller's transaction ends. */
async function lockBox(tx: Db, boxId: string): Promise<BallotBoxTable> {
  const box = await tx
    .updateTable('ballotBox')
    .set((eb) => ({ closedAt: eb.ref('closedAt') }))
    .where('id', '=', boxId)
    .returningAll()
    .executeTakeFirst();
  if (!box) throw notFound('Ballot box');
  return box;
}

/**
 * Records that `memberId` voted and, separately, what. A second ballot from the same member is
 * refused by the voters' primary key (`already_voted`), so concurrent double votes count once.
 */
export async function castSecretBallot(tx: Db, boxId: string, memberId: string, content: unknown): Promise<{ receipt: string }> {
  const box = await lockBox(tx, boxId);
  if (box.closedAt !== null) throw conflict('ballot_closed', 'Voting has closed.');
  const voted = await tx
    .insertInto('ballotBoxVoter')
    .values({ boxId, memberId })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  if (Number(voted.numInsertedOrUpdatedRows ?? 0) === 0) throw conflict('already_voted', 'You have already voted.');
  const receipt = newReceipt();
  const ballot = { boxId, receipt, content: JSON.stringify(content) };
  if (dialectOf(tx as never) === 'sqlite') {
    await tx.insertInto('ballotBoxBallot').values(ballot).execute();
  } else {
    // PostgreSQL appends rows to its heap in arrival order, which a plain `select` shows and which
    // would line up with the voters' rows. Rewriting the box's ballots in receipt order at every cast
    // leaves them in random order (the box's row lock serialises this; boxes hold an assembly's votes).
    const earlier = await tx.deleteFrom('ballotBoxBallot').where('boxId', '=', boxId).returningAll().execute();
    const all = [...earlier, ballot].sort((a, b) => (a.receipt < b.receipt ? -1 : 1));
    await tx.insertInto('ballotBoxBallot').values(all).execute();
  }
  return { receipt };
}

export async function closeBallotBox(tx: Db, boxId: string, now: number): Promise<void> {
  await lockBox(tx, boxId);
  await tx.updateTable('ballotBox').set({ closedAt: now }).where('id', '=', boxId).where('closedAt', 'is', null).execute();
}

export async function hasVoted(db: Db, boxId: string, memberId: string): Promise<boolean> {
  const row = await db
    .selectFrom('ballotBoxVoter')
    .select('memberId')
    .where('boxId', '=', boxId)
    .where('memberId', '=', memberId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function votersOf(db: Db, boxId: string): Promise<string[]> {
  const rows = await db.selectFrom('ballotBoxVoter').select('memberId').where('boxId', '=', boxId).execute();
  return rows.map((r) => r.memberId);
}

/** The anonymous ballot list, in receipt order (which is random): what was voted, never by whom. */
export async function ballotsOf<T>(db: Db, boxId: string): Promise<{ receipt: string; content: T }[]> {
  const rows = await db
    .selectFrom('ballotBoxBallot')
    .select(['receipt', 'content'])
    .where('boxId', '=', boxId)
    .orderBy('receipt')
    .execute();
  return rows.map((r) => ({ receipt: r.receipt, content: JSON.parse(r.content) as T }));
}

export async function findBallot<T>(db: Db, boxId: string, receipt: string): Promise<T | null> {
  const row = await db
    .selectFrom('ballotBoxBallot')
    .select('content')
    .where('boxId', '=', boxId)
    .where('receipt', '=', normaliseReceipt(receipt))
    .executeTakeFirst();
  return row ? (JSON.parse(row.content) as T) : null;
}

export async function findBallotBox(db: Db, boxId: string): Promise<BallotBoxTable | undefined> {
  return db.selectFrom('ballotBox').selectAll().where('id', '=', boxId).executeTakeFirst();
}
