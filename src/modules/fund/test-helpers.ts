import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Db } from '../../database';
import type { TestApp } from '../../test-support/test-app';
import type { Disbursement, Donation, ManagedFund } from './contract';
import { createLedgerTriggers } from './migrations';

export type Member = Awaited<ReturnType<TestApp['signIn']>>;
export type ErrorBody = { error: { code: string; message: string; field?: string } };

export async function makeFund(t: TestApp, as: Member, overrides: Record<string, unknown> = {}): Promise<ManagedFund> {
  const body = {
    name: 'Legal defense fund',
    description: 'Open to any worker, union or not.',
    goalCents: 15_000_000,
    public: true,
    ...overrides,
  };
  const res = await t.call('POST', '/api/fund/funds', { cookie: as.cookie, body });
  assert.equal(res.status, 201, await res.clone().text());
  return (await res.json()) as ManagedFund;
}

export const today = (t: TestApp) => new Date(t.clock.now()).toISOString().slice(0, 10);

export async function donate(t: TestApp, as: Member, fundId: string, amountCents: number, extra: Record<string, unknown> = {}) {
  const body = { fundId, amountCents, receivedOn: today(t), method: 'cash', ...extra };
  const res = await t.call('POST', '/api/fund/donations', { cookie: as.cookie, body });
  assert.equal(res.status, 201, await res.clone().text());
  return (await res.json()) as Donation;
}

export async function expectError(res: Response, status: number, code: string, field?: string) {
  const body = (await res.json()) as ErrorBody;
  assert.equal(res.status, status, JSON.stringify(body));
  assert.equal(body.error.code, code, JSON.stringify(body));
  if (field !== undefined) assert.equal(body.error.field, field);
  return body;
}

export async function decide(t: TestApp, as: Member, id: string, action: 'approve' | 'reject', body?: unknown) {
  return t.call('POST', `/api/fund/disbursements/${id}/${action}`, { cookie: as.cookie, body });
}

export async function approved(t: TestApp, as: Member, id: string): Promise<Disbursement> {
  const res = await decide(t, as, id, 'approve');
  assert.equal(res.status, 200, await res.clone().text());
  return (await res.json()) as Disbursement;
}

/** A fund's cash, raised and paid out, from its managed view. */
export async function figures(t: TestApp, as: Member, fundId: string) {
  const res = await t.call('GET', '/api/fund/funds', { cookie: as.cookie });
  const fund = ((await res.json()) as { funds: ManagedFund[] }).funds.find((f) => f.id === fundId);
  assert.ok(fund, 'the fund is listed');
  return { cash: fund.cashCents, raised: fund.raisedCents, paidOut: fund.paidOutCents, byCategory: fund.paidOutByCategory };
}

/**
 * Changes the ledger behind the database's back, as someone with the database file could: the
 * append-only triggers are switched off for the change only.
 */
export async function tamperWithLedger(t: TestApp, tamper: (db: Db) => Promise<unknown>) {
  if (t.ctx.dialect === 'postgres') {
    await t.db.transaction().execute(async (tx) => {
      await sql`set local session_replication_role = replica`.execute(tx);
      await tamper(tx);
    });
    return;
  }
  for (const name of ['ledger_entry_no_update', 'ledger_entry_no_delete']) await sql`drop trigger ${sql.raw(name)}`.execute(t.db);
  try {
    await tamper(t.db);
  } finally {
    await createLedgerTriggers(t.db as never);
  }
}
