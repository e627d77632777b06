import type { AppContext } from '../../context';
import { DAY } from '../../core/clock';
import { hashToken, secretToken } from '../../core/ids';
import type { Principal, Role } from '../../core/roles';
import type { Db } from '../../database';
import { deleteSession, deleteSessionsOf, findLiveSession, insertSession, rolesOf } from './repository';

export const SESSION_DAYS = 30;

/** A new session; the token goes into the cookie and only its hash into the database. */
export async function startSession(ctx: AppContext, memberId: string, db: Db = ctx.db) {
  const token = secretToken();
  const now = ctx.clock.now();
  const expiresAt = now + SESSION_DAYS * DAY;
  await insertSession(db, { id: ctx.ids.next(), tokenHash: hashToken(token), memberId, createdAt: now, expiresAt });
  return { token, expiresAt };
}

export async function resolveSession(ctx: AppContext, token: string): Promise<Principal | null> {
  const row = await findLiveSession(ctx.db, hashToken(token), ctx.clock.now());
  if (!row || row.disabledAt !== null) return null;
  return {
    memberId: row.memberId,
    sessionId: row.sessionId,
    roles: (await rolesOf(ctx.db, row.memberId)) as Role[],
    trusted: row.trustedAt !== null,
  };
}

export const endSession = (ctx: AppContext, sessionId: string) => deleteSession(ctx.db, sessionId);
export const endAllSessions = (db: Db, memberId: string) => deleteSessionsOf(db, memberId);
