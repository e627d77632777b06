import type { AppContext } from '../../context';
import type { Db } from '../../database';
import { findMember, rolesOf, vouchersOf } from './repository';

/** R-TRUST-1: two vouches from trusted members, or one from an organiser, make a member trusted. */
export const VOUCHES_NEEDED = 2;

export async function isTrustedBy(db: Db, memberId: string): Promise<boolean> {
  const vouchers = await vouchersOf(db, memberId);
  if (vouchers.length >= VOUCHES_NEEDED) return true;
  for (const v of vouchers) {
    const roles = await rolesOf(db, v.voucherId);
    if (roles.includes('organiser') || roles.includes('admin')) return true;
  }
  return false;
}

/** After a vouch, the member becomes trusted once the rule holds; trust, once given, stays. */
export async function updateTrust(ctx: AppContext, db: Db, memberId: string): Promise<boolean> {
  const member = await findMember(db, memberId);
  if (!member) return false;
  if (member.trustedAt !== null) return true;
  if (!(await isTrustedBy(db, memberId))) return false;
  await db.updateTable('member').set({ trustedAt: ctx.clock.now() }).where('id', '=', memberId).execute();
  return true;
}
