import type { AppContext } from '../src/context';
import type { Principal } from '../src/core/roles';
import { createMember } from '../src/modules/members';
import { importIlrCsv } from '../src/modules/tracker/ilr-import';
import { startImport } from '../src/modules/tracker/import-job';
import { actionRow, locationRows, sourceRows } from '../src/modules/tracker/rows';
import { syntheticIlrCsv } from '../src/modules/tracker/synthetic-csv';
import { DEFAULT_PG, reachablePostgres } from './support/postgres';
import type { Section } from './support/section';
import { benchContext } from './support/watchers';

/**
 * Importing an ILR Labor Action Tracker CSV (target: 5,000 rows in < 10 s) on SQLite and PostgreSQL,
 * each run on a fresh database. The baseline, measured in the same run on the same file, is what any
 * importer must do at least: parse the file, then insert the same rows bare (plain INSERTs in the
 * same batches, no look-up of existing IDs, no hashing, no job, no events). Whistle's figure is the
 * whole import job through the service, parsing included; the re-import of the same file (every row
 * unchanged, nothing written) shows the cost of idempotence.
 */

export interface TrackerBenchOptions {
  rows: number;
  repetitions: number;
}

const BATCH = 500;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const elapsed = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

async function organiser(ctx: AppContext): Promise<Principal> {
  const member = await createMember(ctx, { displayName: 'Bench organiser', roles: ['organiser'], trusted: true });
  return { memberId: member.id, sessionId: 'bench', roles: ['organiser'], trusted: true };
}

/** Parse, then the same rows inserted with plain INSERTs in batches of the same size. */
async function bareImport(ctx: AppContext, csv: string): Promise<number> {
  const start = process.hrtime.bigint();
  const { actions } = importIlrCsv(csv);
  const now = ctx.clock.now();
  for (let i = 0; i < actions.length; i += BATCH) {
    const batch = actions.slice(i, i + BATCH).map(({ action }) => ({ id: ctx.ids.next(), action }));
    await ctx.db.transaction().execute(async (tx) => {
      for (let j = 0; j < batch.length; j += 400) {
        await tx
          .insertInto('action')
          .values(batch.slice(j, j + 400).map(({ id, action }) => actionRow(id, action, { now })))
          .execute();
      }
      const locations = batch.flatMap(({ id, action }) => locationRows(id, action));
      for (let j = 0; j < locations.length; j += 1000)
        await tx
          .insertInto('actionLocation')
          .values(locations.slice(j, j + 1000))
          .execute();
      const sources = batch.flatMap(({ id, action }) => sourceRows(id, action));
      for (let j = 0; j < sources.length; j += 3000)
        await tx
          .insertInto('actionSource')
          .values(sources.slice(j, j + 3000))
          .execute();
    });
  }
  return elapsed(start);
}

async function whistleImport(ctx: AppContext, actor: Principal, csv: string): Promise<number> {
  const start = process.hrtime.bigint();
  const { finished } = await startImport(ctx, actor, csv);
  await finished;
  return elapsed(start);
}

interface Row {
  engine: string;
  parse: number[];
  bare: number[];
  whistle: number[];
  again: number[];
}

export async function benchTracker(opts: TrackerBenchOptions, log: (line: string) => void): Promise<Section> {
  const { csv, ids } = syntheticIlrCsv({ rows: opts.rows });
  const engines: { name: string; url?: string }[] = [{ name: 'SQLite' }];
  const pgUrl = process.env.DATABASE_URL ?? DEFAULT_PG;
  const notes: string[] = [];
  if (await reachablePostgres(pgUrl)) engines.push({ name: 'PostgreSQL', url: pgUrl });
  else notes.push(`PostgreSQL was not reachable at ${new URL(pgUrl).host}; its row is missing.`);

  const rows: Row[] = [];
  for (const engine of engines) {
    const row: Row = { engine: engine.name, parse: [], bare: [], whistle: [], again: [] };
    for (let r = 0; r < opts.repetitions; r++) {
      const parseStart = process.hrtime.bigint();
      importIlrCsv(csv);
      row.parse.push(elapsed(parseStart));
      const bare = await benchContext(engine.url);
      try {
        row.bare.push(await bareImport(bare.ctx, csv));
      } finally {
        await bare.close();
      }
      const real = await benchContext(engine.url);
      try {
        const actor = await organiser(real.ctx);
        row.whistle.push(await whistleImport(real.ctx, actor, csv));
        row.again.push(await whistleImport(real.ctx, actor, csv));
      } finally {
        await real.close();
      }
      log(
        `  tracker ${engine.name} run ${r + 1}: parse ${row.parse.at(-1)?.toFixed(0)} ms, bare ${row.bare.at(-1)?.toFixed(0)} ms, import ${row.whistle.at(-1)?.toFixed(0)} ms, again ${row.again.at(-1)?.toFixed(0)} ms`,
      );
    }
    rows.push(row);
  }

  const ms = (xs: number[]) => `${median(xs).toFixed(0)} (${xs.map((x) => x.toFixed(0)).join(', ')})`;
  const lines = [
    '| Engine | parse only ms | baseline: parse + bare insert ms | Whistle import ms | rows/s | vs baseline | re-import (unchanged) ms | under 10 s |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows.map((r) => {
      const whistle = median(r.whistle);
      return `| ${r.engine} | ${ms(r.parse)} | ${ms(r.bare)} | ${ms(r.whistle)} | ${(ids.length / (whistle / 1000)).toFixed(0)} | ${(whistle / median(r.bare)).toFixed(2)}× | ${ms(r.again)} | ${whistle < 10_000 ? 'yes' : 'NO'} |`;
    }),
  ];
  return {
    title: `Tracker CSV import: ${opts.rows.toLocaleString('en-US')} ILR rows`,
    notes: [
      `A synthetic file in the ILR layout (bench uses src/modules/tracker/synthetic-csv.ts): ${opts.rows} rows, about 10% with 2–4 locations, 15% with unknown participants, multi-line notes; ${(csv.length / 1024 / 1024).toFixed(1)} MB.`,
      'Each run on a fresh database; medians of the runs, the runs in brackets. "vs baseline" is Whistle import time ÷ baseline time (lower is better; 1× would be free).',
      'Whistle: the import job through the service (parse and check every row, look up existing IDs, hash, upsert action + locations + sources, progress on the job, one event per batch), 500 rows per transaction.',
      ...notes,
    ],
    markdown: lines.join('\n'),
  };
}
