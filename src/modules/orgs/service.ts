import type { AppContext } from '../../context';
import { conflict, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import { audit } from '../audit';
import type { NewOrg, Org } from './contract';
import type { OrgTable } from './schema';

const present = (row: OrgTable): Org => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  description: row.description,
  verified: row.verifiedAt !== null,
  demo: row.demo === 1,
});

/** Everyone sees verified organisations; trusted members also see those waiting for verification. */
export async function listOrgs(ctx: AppContext, includeUnverified: boolean): Promise<Org[]> {
  let q = ctx.db.selectFrom('org').selectAll().orderBy('name');
  if (!includeUnverified) q = q.where('verifiedAt', 'is not', null);
  return (await q.execute()).map(present);
}

export async function createOrg(
  ctx: AppContext,
  actor: Principal | null,
  input: NewOrg,
  opts: { verified?: boolean; demo?: boolean } = {},
) {
  const now = ctx.clock.now();
  const row: OrgTable = {
    id: ctx.ids.next(),
    name: input.name,
    kind: input.kind,
    description: input.description,
    createdAt: now,
    createdBy: actor?.memberId ?? null,
    verifiedAt: opts.verified ? now : null,
    demo: opts.demo ? 1 : 0,
  };
  await ctx.db.transaction().execute(async (tx) => {
    const clash = await tx.selectFrom('org').select('id').where('name', '=', input.name).executeTakeFirst();
    if (clash) throw conflict('org_exists', 'An organisation with this name already exists.', 'name');
    await tx.insertInto('org').values(row).execute();
    await audit(ctx, tx, { actor, action: 'org.created', objectType: 'org', objectId: row.id });
  });
  return present(row);
}

export async function verifyOrg(ctx: AppContext, actor: Principal, id: string): Promise<Org> {
  return ctx.db.transaction().execute(async (tx) => {
    const row = await tx.selectFrom('org').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('Organisation');
    const verifiedAt = row.verifiedAt ?? ctx.clock.now();
    await tx.updateTable('org').set({ verifiedAt }).where('id', '=', id).execute();
    await audit(ctx, tx, { actor, action: 'org.verified', objectType: 'org', objectId: id });
    return present({ ...row, verifiedAt });
  });
}
