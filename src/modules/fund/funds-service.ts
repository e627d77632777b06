import type { AppContext } from '../../context';
import { AppError, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import type { Db } from '../../database';
import { audit } from '../audit';
import type { FundInput, FundTranslations, ManagedFund, PublicFund, PublicFundPage } from './contract';

export type FundName = { name: string; translations: FundTranslations };

import type { Account } from './ledger/accounts';
import { fundTotals } from './ledger/balances';
import { balancesOfFunds } from './ledger-repository';
import { ledgerHead, totalsOfFund } from './ledger-service';
import { presentManagedFund, presentPublicFund } from './present';
import { findFund, insertFund, listFunds, updateFund } from './repository';
import type { FundTable } from './schema';

/** Funds: created and edited by organisers and treasurers; their figures always come from the ledger. */

const fieldsOf = (input: FundInput) => ({
  name: input.name,
  description: input.description,
  translations: JSON.stringify(input.translations),
  goalCents: input.goalCents,
  public: input.public ? 1 : 0,
});

export async function createFund(ctx: AppContext, actor: Principal | null, input: FundInput, opts: { demo?: boolean } = {}) {
  const now = ctx.clock.now();
  const row: FundTable = {
    id: ctx.ids.next(),
    ...fieldsOf(input),
    createdBy: actor?.memberId ?? null,
    createdAt: now,
    updatedAt: now,
    demo: opts.demo ? 1 : 0,
  };
  await ctx.db.transaction().execute(async (tx) => {
    await insertFund(tx, row);
    await audit(ctx, tx, { actor, action: 'fund.created', objectType: 'fund', objectId: row.id });
  });
  return presentManagedFund(row, await totalsOfFund(ctx.db, row.id));
}

export async function editFund(ctx: AppContext, actor: Principal, id: string, input: FundInput): Promise<ManagedFund> {
  const row = await ctx.db.transaction().execute(async (tx) => {
    const found = await findFund(tx, id);
    if (!found) throw notFound('Fund');
    const set = { ...fieldsOf(input), updatedAt: ctx.clock.now() };
    await updateFund(tx, id, set);
    await audit(ctx, tx, { actor, action: 'fund.edited', objectType: 'fund', objectId: id });
    return { ...found, ...set };
  });
  return presentManagedFund(row, await totalsOfFund(ctx.db, id));
}

/** A fund that exists (any transaction may ask, e.g. before posting to it). */
export async function requireFund(db: Db, id: string, field = 'fundId'): Promise<FundTable> {
  const fund = await findFund(db, id);
  if (!fund) throw new AppError(404, 'not_found', 'Fund was not found.', field);
  return fund;
}

async function withTotals<T>(db: Db, rows: FundTable[], present: (row: FundTable, totals: ReturnType<typeof fundTotals>) => T) {
  const balances = await balancesOfFunds(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => {
    const own = new Map(balances.filter((b) => b.fundId === row.id).map((b) => [b.account as Account, Number(b.balanceCents)]));
    return present(row, fundTotals(own, row.id));
  });
}

export async function listPublicFunds(ctx: AppContext): Promise<{ funds: PublicFund[]; ledgerHead: { seq: number; hash: string } }> {
  const funds = await withTotals(ctx.db, await listFunds(ctx.db, true), presentPublicFund);
  return { funds, ledgerHead: await ledgerHead(ctx.db) };
}

export async function listManagedFunds(ctx: AppContext) {
  const funds = await withTotals(ctx.db, await listFunds(ctx.db, false), presentManagedFund);
  return { funds, ledgerHead: await ledgerHead(ctx.db) };
}

/** A public fund's page; a fund that is not public does not exist for the public. */
export async function publicFundPage(ctx: AppContext, id: string): Promise<PublicFundPage> {
  const row = await findFund(ctx.db, id);
  if (row?.public !== 1) throw notFound('Fund');
  return { fund: presentPublicFund(row, await totalsOfFund(ctx.db, id)), ledgerHead: await ledgerHead(ctx.db) };
}

/** Funds' names, with their translations, by id. */
export async function fundNames(db: Db, ids: readonly string[]): Promise<Map<string, FundName>> {
  const rows = await listFunds(db, false);
  const wanted = new Set(ids);
  return new Map(
    rows.filter((r) => wanted.has(r.id)).map((r) => [r.id, { name: r.name, translations: JSON.parse(r.translations) as FundTranslations }]),
  );
}
