import type { AppContext } from '../../context';
import { notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import { audit } from '../audit';
import type { Org } from './contract';
import { deleteLink, findLink, findOrg, insertLink, linkedOrgRows } from './repository';
import { presentOrg } from './service';

/**
 * Members say which organisations they belong to. Who is linked is shown to that member only: the
 * organisation's page shows a count (from MEMBER_COUNT_MIN up), and the audit entries name the link's
 * own id, never the organisation, so the audit log cannot be read as a membership list either.
 */

export async function myOrgs(ctx: AppContext, memberId: string): Promise<Org[]> {
  return (await linkedOrgRows(ctx.db, memberId)).map(presentOrg);
}

export async function linkMe(ctx: AppContext, actor: Principal, orgId: string): Promise<Org[]> {
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await findOrg(tx, orgId))) throw notFound('Organisation');
    const id = ctx.ids.next();
    if (await insertLink(tx, { id, orgId, memberId: actor.memberId, linkedAt: ctx.clock.now() }))
      await audit(ctx, tx, { actor, action: 'org.member_linked', objectType: 'org_member_link', objectId: id });
  });
  return myOrgs(ctx, actor.memberId);
}

/** Unlinking what is not linked changes nothing, and says so by the list it returns. */
export async function unlinkMe(ctx: AppContext, actor: Principal, orgId: string): Promise<Org[]> {
  await ctx.db.transaction().execute(async (tx) => {
    const link = await findLink(tx, orgId, actor.memberId);
    if (link && (await deleteLink(tx, link.id)))
      await audit(ctx, tx, { actor, action: 'org.member_unlinked', objectType: 'org_member_link', objectId: link.id });
  });
  return myOrgs(ctx, actor.memberId);
}
