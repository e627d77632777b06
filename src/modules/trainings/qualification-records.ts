import type { AppContext } from '../../context';
import { badRequest, conflict, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import { audit } from '../audit';
import { displayNamesOf } from '../members';
import type { MemberQualifications, MyTrainings, QualificationEntry, RecordQualificationInput } from './contract';
import { presentSessions } from './present';
import { findQualification, listQualificationsOf, revokeQualificationRow } from './qualifications-repository';
import { recordQualification } from './qualifications-service';
import type { QualificationTable } from './schema';
import { listSessionRows, rsvpsOfMember, sessionIdsTaughtBy } from './sessions-repository';
import { addMonths } from './validity';

/** Qualifications as their holder and organisers see them; organisers record and revoke them by hand. */

const LIST_LIMIT = 100;

function entriesOf(rows: readonly QualificationTable[], names: Map<string, string>, now: number): QualificationEntry[] {
  return rows.map((q) => ({
    id: q.id,
    kind: q.kind,
    earnedAt: q.earnedAt,
    expiresAt: q.expiresAt,
    source: q.source,
    sessionId: q.sessionId,
    recordedBy: q.recordedBy ? (names.get(q.recordedBy) ?? null) : null,
    revokedAt: q.revokedAt,
    status: q.revokedAt !== null ? 'revoked' : q.expiresAt <= now ? 'expired' : 'valid',
  }));
}

async function qualificationEntries(ctx: AppContext, memberId: string): Promise<QualificationEntry[]> {
  const rows = await listQualificationsOf(ctx.db, memberId);
  const names = await displayNamesOf(
    ctx.db,
    rows.map((r) => r.recordedBy),
  );
  return entriesOf(rows, names, ctx.clock.now());
}

export async function memberQualifications(ctx: AppContext, memberId: string): Promise<MemberQualifications> {
  const name = (await displayNamesOf(ctx.db, [memberId])).get(memberId);
  if (name === undefined) throw notFound('Member');
  return { member: { id: memberId, name }, qualifications: await qualificationEntries(ctx, memberId) };
}

/** Training done elsewhere: valid from when it was done for the months given (audited, as every record is). */
export async function recordByHand(
  ctx: AppContext,
  actor: Principal,
  memberId: string,
  input: RecordQualificationInput,
): Promise<MemberQualifications> {
  const now = ctx.clock.now();
  if (input.earnedAt > now) throw badRequest('earned_in_future', 'The training cannot be in the future.', 'earnedAt');
  const expiresAt = addMonths(input.earnedAt, input.validityMonths);
  if (expiresAt <= now)
    throw badRequest('already_expired', 'A qualification earned then would already have expired. Check the date and months.', 'earnedAt');
  if (!(await displayNamesOf(ctx.db, [memberId])).has(memberId)) throw notFound('Member');
  await ctx.db
    .transaction()
    .execute((tx) =>
      recordQualification(ctx, tx, actor, { memberId, kind: input.kind, earnedAt: input.earnedAt, expiresAt, source: 'recorded' }),
    );
  return memberQualifications(ctx, memberId);
}

/** A qualification given in error, or no longer deserved, stops counting at once (audited). */
export async function revokeQualification(ctx: AppContext, actor: Principal, id: string): Promise<MemberQualifications> {
  const now = ctx.clock.now();
  const row = await ctx.db.transaction().execute(async (tx) => {
    const found = await findQualification(tx, id);
    if (!found) throw notFound('Qualification');
    if (!(await revokeQualificationRow(tx, id, now))) throw conflict('already_revoked', 'This qualification was already revoked.');
    await audit(ctx, tx, { actor, action: `qualification.revoked:${found.kind}`, objectType: 'member', objectId: found.memberId });
    return found;
  });
  return memberQualifications(ctx, row.memberId);
}

/** A member's own page: sessions they go to or teach (still to end), and their qualifications. */
export async function myTrainings(ctx: AppContext, me: Principal): Promise<MyTrainings> {
  const now = ctx.clock.now();
  const [rsvps, taught] = await Promise.all([rsvpsOfMember(ctx.db, me.memberId), sessionIdsTaughtBy(ctx.db, me.memberId)]);
  const goingIds = rsvps.filter((r) => r.status === 'going').map((r) => r.sessionId);
  const [going, teaching] = await Promise.all([
    listSessionRows(ctx.db, { now, ids: goingIds, limit: LIST_LIMIT }),
    listSessionRows(ctx.db, { now, ids: taught, limit: LIST_LIMIT }),
  ]);
  return {
    going: await presentSessions(ctx, going, me),
    teaching: await presentSessions(ctx, teaching, me),
    qualifications: await qualificationEntries(ctx, me.memberId),
  };
}
