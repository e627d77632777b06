import { sql } from 'kysely';
import type { AppContext } from '../src/context';
import { commitTogether } from '../src/core/db/group-commit';
import { recordDonation } from '../src/modules/fund/donations-service';
import { createFund, publicFundPage } from '../src/modules/fund/funds-service';
import { DISBURSEMENT_CATEGORIES, type DisbursementCategory } from '../src/modules/fund/ledger/accounts';
import { GENESIS_HASH, type LedgerEntry, nextEntry } from '../src/modules/fund/ledger/chain';
import type { Posting } from '../src/modules/fund/ledger/posting';
import { addToBalances, moveHead } from '../src/modules/fund/ledger-repository';
import { fundBalances, postNow } from '../src/modules/fund/ledger-service';
import { verifyLedger } from '../src/modules/fund/ledger-verify';
import { donationPosting, payoutPosting } from '../src/modules/fund/postings';
import { percentile } from './load';
import type { Section } from './support/section';
import { benchContext, seededRandom } from './support/watchers';

/**
 * The fund ledger on SQLite (issue #6 targets: 1,000 postings a second with the hash chain; a balance
 * query in ≤ 5 ms with 1,000,000 entries). Postings are made through the services by concurrent
 * callers in this process, so that group commit shares each fsync among the postings that arrive
 * together. The baseline, in the same run and through the same group commit, is a plain insert of a
 * row of the same size: no chain, no head, no balances.
 */

export interface LedgerBenchOptions {
  entries: number;
  callers: number;
  durationMs: number;
  warmupMs: number;
  repetitions: number;
  queries: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const now = () => performance.now();
const ROWS_PER_INSERT = 500;
const ROWS_PER_TRANSACTION = 20_000;

const FUND = { description: '', translations: {}, goalCents: 15_000_000, public: true };

/** Completed calls per second by `callers` concurrent loops over `durationMs`. */
async function closedLoop(callers: number, durationMs: number, call: () => Promise<unknown>): Promise<number> {
  const deadline = now() + durationMs;
  let done = 0;
  const start = now();
  await Promise.all(
    Array.from({ length: callers }, async () => {
      while (now() < deadline) {
        await call();
        done++;
      }
    }),
  );
  return done / ((now() - start) / 1000);
}

type Target = { name: string; prepare: (ctx: AppContext) => Promise<() => Promise<unknown>> };

const TARGETS: Target[] = [
  {
    name: 'baseline: plain insert, same group commit, no chain',
    async prepare(ctx) {
      await sql`create table bench_plain (id text primary key, memo text not null, lines text not null, at bigint not null)`.execute(
        ctx.db,
      );
      const lines = JSON.stringify(donationPosting('x', 0, 'f', 100).lines);
      return () =>
        commitTogether(ctx.db, ctx.dialect, (tx) =>
          sql`insert into bench_plain (id, memo, lines, at) values (${ctx.ids.next()}, 'donation', ${lines}, ${Date.now()})`.execute(tx),
        );
    },
  },
  {
    name: 'ledger append (postNow): hash chain, head, balances',
    async prepare(ctx) {
      const { id } = await createFund(ctx, null, { ...FUND, name: 'Bench fund' });
      let n = 0;
      return () => postNow(ctx, donationPosting(`bench-${n++}`, Date.now(), id, 100));
    },
  },
  {
    name: 'donation through the service (recordDonation): + fund check, donation row, audit',
    async prepare(ctx) {
      const { id } = await createFund(ctx, null, { ...FUND, name: 'Bench fund' });
      let n = 0;
      return () =>
        recordDonation(ctx, null, {
          fundId: id,
          amountCents: 100,
          receivedOn: '2026-01-20',
          method: 'online',
          idempotencyKey: `bench-${n++}-key`,
        });
    },
  },
];

async function throughput(opts: LedgerBenchOptions, target: Target, log: (line: string) => void) {
  const runs: number[] = [];
  for (let r = 0; r < opts.repetitions; r++) {
    const { ctx, close } = await benchContext();
    try {
      const call = await target.prepare(ctx);
      await closedLoop(opts.callers, opts.warmupMs, call);
      runs.push(await closedLoop(opts.callers, opts.durationMs, call));
      const report = await verifyLedger(ctx.db, ctx.dialect);
      if (!report.ok) throw new Error(`the ledger does not verify after ${target.name}`);
      log(`  ledger ${target.name} run ${r + 1}: ${runs.at(-1)?.toFixed(0)}/s, ${report.entries} entries verified`);
    } finally {
      await close();
    }
  }
  return { name: target.name, runs, median: median(runs) };
}

/** A plausible posting: mostly donations, payouts while the fund has the money. */
function nextPosting(i: number, funds: string[], cash: number[], random: () => number): Posting {
  const f = Math.floor(random() * funds.length);
  const cents = 500 + Math.floor(random() * 50_000);
  if (random() < 0.3 && cash[f] >= cents) {
    cash[f] -= cents;
    const category = DISBURSEMENT_CATEGORIES[Math.floor(random() * DISBURSEMENT_CATEGORIES.length)] as DisbursementCategory;
    return payoutPosting(`bulk-${i}`, 1_790_000_000_000 + i, funds[f], category, cents);
  }
  cash[f] += cents;
  return donationPosting(`bulk-${i}`, 1_790_000_000_000 + i, funds[f], cents);
}

/**
 * `count` valid chained entries written straight to the table (through the service this would take
 * a quarter of an hour): each made by nextEntry from the one before, with the head and balances set
 * from their fold at the end, so the ledger verifies like one built posting by posting.
 */
async function bulkLedger(ctx: AppContext, count: number, funds: string[]): Promise<void> {
  const random = seededRandom(6);
  const cash = funds.map(() => 0);
  const balances = new Map<string, { fundId: string; account: string; balanceCents: number }>();
  let previous: LedgerEntry = { seq: 0, hash: GENESIS_HASH, prevHash: '', posting: donationPosting('-', 0, 'f', 1) };
  for (let from = 0; from < count; from += ROWS_PER_TRANSACTION) {
    await ctx.db.transaction().execute(async (tx) => {
      for (let chunk = from; chunk < Math.min(count, from + ROWS_PER_TRANSACTION); chunk += ROWS_PER_INSERT) {
        const rows = [];
        for (let i = chunk; i < Math.min(count, chunk + ROWS_PER_INSERT); i++) {
          const entry = nextEntry(previous, nextPosting(i, funds, cash, random));
          for (const { account, amountCents } of entry.posting.lines) {
            const b = balances.get(account) ?? { fundId: account.split(':')[1] ?? '', account, balanceCents: 0 };
            b.balanceCents += amountCents;
            balances.set(account, b);
          }
          const { seq, prevHash, hash, posting } = entry;
          rows.push({
            seq,
            prevHash,
            hash,
            idempotencyKey: posting.idempotencyKey,
            at: posting.at,
            memo: posting.memo,
            lines: JSON.stringify(posting.lines),
          });
          previous = entry;
        }
        await tx.insertInto('ledgerEntry').values(rows).execute();
      }
    });
  }
  await ctx.db.transaction().execute(async (tx) => {
    await moveHead(tx, previous.seq, previous.hash);
    await addToBalances(tx, [...balances.values()]);
  });
}

/** Latencies of `query`, called one after another; p50 and p99 in ms. */
async function latencies(times: number, query: () => Promise<unknown>) {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = now();
    await query();
    ms.push(now() - start);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 0.5), p99: percentile(ms, 0.99) };
}

async function queriesAtScale(opts: LedgerBenchOptions, log: (line: string) => void) {
  const { ctx, close } = await benchContext();
  try {
    const funds = await Promise.all(['Legal', 'Rent', 'Family'].map(async (name) => (await createFund(ctx, null, { ...FUND, name })).id));
    let start = now();
    await bulkLedger(ctx, opts.entries, funds);
    const buildSeconds = (now() - start) / 1000;
    // And the service carries on from the bulk-built chain.
    for (let i = 0; i < 100; i++) await postNow(ctx, donationPosting(`after-bulk-${i}`, Date.now(), funds[i % 3], 100));
    start = now();
    const report = await verifyLedger(ctx.db, ctx.dialect);
    const verifySeconds = (now() - start) / 1000;
    if (!report.ok) throw new Error('the bulk-built ledger does not verify');
    log(
      `  ledger built ${opts.entries} entries in ${buildSeconds.toFixed(1)} s; verified ${report.entries} in ${verifySeconds.toFixed(1)} s`,
    );
    const pick = seededRandom(7);
    const fund = () => funds[Math.floor(pick() * funds.length)] as string;
    const queries = [
      { name: "one fund's balances (balance table, primary-key range)", run: () => fundBalances(ctx.db, fund()) },
      { name: 'public fund page (fund row, balances, ledger head)', run: () => publicFundPage(ctx, fund()) },
    ];
    const rows = [];
    for (const q of queries) {
      const runs = [];
      for (let r = 0; r < opts.repetitions; r++) runs.push(await latencies(opts.queries, q.run));
      log(`  ledger ${q.name}: p50 ${runs.map((x) => x.p50.toFixed(3)).join(', ')} ms`);
      rows.push({ name: q.name, runs, p50: median(runs.map((x) => x.p50)), p99: median(runs.map((x) => x.p99)) });
    }
    return { rows, entries: report.entries, buildSeconds, verifySeconds };
  } finally {
    await close();
  }
}

export async function benchLedger(opts: LedgerBenchOptions, log: (line: string) => void): Promise<Section> {
  const writes = [];
  for (const target of TARGETS) writes.push(await throughput(opts, target, log));
  const scale = await queriesAtScale(opts, log);
  const base = writes[0]?.median ?? Number.NaN;
  const lines = [
    '| Postings on SQLite | per second (median) | vs plain insert | runs (per second) | ≥ 1,000/s |',
    '| --- | ---: | ---: | --- | --- |',
    ...writes.map(
      (w, i) =>
        `| ${w.name} | ${w.median.toFixed(0)} | ${(w.median / base).toFixed(2)} | ${w.runs.map((x) => x.toFixed(0)).join(', ')} | ${i === 0 ? '' : w.median >= 1000 ? 'yes' : 'NO'} |`,
    ),
    '',
    `| Query with ${scale.entries.toLocaleString('en-US')} ledger entries | p50 ms (median) | p99 ms (median) | runs p50 / p99 ms | ≤ 5 ms |`,
    '| --- | ---: | ---: | --- | --- |',
    ...scale.rows.map(
      (q) =>
        `| ${q.name} | ${q.p50.toFixed(3)} | ${q.p99.toFixed(3)} | ${q.runs.map((x) => `${x.p50.toFixed(3)} / ${x.p99.toFixed(3)}`).join(', ')} | ${q.p99 <= 5 ? 'yes' : 'NO'} |`,
    ),
  ];
  return {
    title: `Issue #6 ledger: postings per second with the hash chain (target 1,000/s) and balance queries at ${opts.entries.toLocaleString('en-US')} entries (target ≤ 5 ms)`,
    notes: [
      `Postings: ${opts.callers} concurrent callers in one process call the service for ${opts.durationMs / 1000} s after a ${opts.warmupMs / 1000} s warm-up, on a fresh SQLite database (WAL, synchronous=FULL) each run; ${opts.repetitions} runs, the median shown. Every run's ledger is verified afterwards (chain and balances).`,
      'Each posting is a $1 donation with its own idempotency key: the ledger append reads and locks the head, checks the key, inserts the chained entry, moves the head and upserts two balances; the service adds the fund check, the donation row and an audit entry.',
      `Queries: ${opts.entries.toLocaleString('en-US')} valid chained entries over 3 funds (70% donations, 30% payouts in 9 categories) bulk-built in ${scale.buildSeconds.toFixed(0)} s, then 100 more through the service; the whole ledger verified in ${scale.verifySeconds.toFixed(1)} s. ${opts.queries} queries one after another per run, on an idle database.`,
    ],
    markdown: lines.join('\n'),
  };
}
