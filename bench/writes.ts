import { spawn } from 'node:child_process';
import path from 'node:path';
import { type ServerOptions, type ServerProcess, startServer } from '../tests/support/server-process';
import type { LoadResult, LoadSpec } from './load';
import { DEFAULT_PG, reachablePostgres } from './support/postgres';

/**
 * Acknowledged writes per second through the API: `POST /api/invites` as an admin (one invite and
 * one audit row per transaction), on SQLite (WAL, synchronous=FULL) and on PostgreSQL, against a bare
 * Hono app whose POST handler does no I/O. Every target runs as its own server process; the load
 * comes from another process.
 */

export interface WritesOptions {
  connections: number;
  durationMs: number;
  warmupMs: number;
  repetitions: number;
}

export interface BenchRow {
  target: string;
  runs: LoadResult[];
  median: LoadResult;
}

export interface BenchResult {
  title: string;
  /** What each row measures and how, one line each. */
  notes: string[];
  rows: BenchRow[];
  /** Which row the ratios are relative to. */
  baseline: string;
}

const LOAD_SCRIPT = path.join(import.meta.dirname, 'load.ts');
const BODY = JSON.stringify({ roles: ['member'], expiresInHours: 24 });

function runLoadProcess(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', LOAD_SCRIPT, JSON.stringify(spec)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`load generator exited with ${code}`));
      else resolve(JSON.parse(out.trim()) as LoadResult);
    });
  });
}

/** The run with the median rate stands for the target (its latencies come with it). */
function medianRun(runs: LoadResult[]): LoadResult {
  const sorted = [...runs].sort((a, b) => a.perSecond - b.perSecond);
  return sorted[Math.floor(sorted.length / 2)];
}

interface Target {
  name: string;
  server: ServerOptions;
}

async function measure(target: Target, opts: WritesOptions, log: (line: string) => void): Promise<BenchRow> {
  const server: ServerProcess = await startServer({ logLevel: 'warn', ...target.server });
  try {
    const spec = (durationMs: number): LoadSpec => ({
      url: `${server.baseUrl}/api/invites`,
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: server.publicUrl,
        ...(server.adminCookie ? { cookie: server.adminCookie } : {}),
      },
      body: BODY,
      connections: opts.connections,
      durationMs,
    });
    const warmup = await runLoadProcess(spec(opts.warmupMs));
    if (warmup.ok === 0) throw new Error(`${target.name}: no write was acknowledged during warm-up`);
    const runs: LoadResult[] = [];
    for (let i = 0; i < opts.repetitions; i++) {
      const run = await runLoadProcess(spec(opts.durationMs));
      if (run.rejected || run.failed) throw new Error(`${target.name}: ${run.rejected} rejected and ${run.failed} failed requests`);
      log(`  ${target.name} run ${i + 1}: ${run.perSecond.toFixed(0)} writes/s`);
      runs.push(run);
    }
    return { target: target.name, runs, median: medianRun(runs) };
  } finally {
    await server.stop();
  }
}

export async function benchWrites(opts: WritesOptions, log: (line: string) => void): Promise<BenchResult> {
  const pgUrl = process.env.DATABASE_URL ?? DEFAULT_PG;
  const targets: Target[] = [
    { name: 'baseline: bare Hono, no I/O', server: { entry: 'bench/baseline-server.ts', databaseUrl: null } },
    { name: 'Whistle on SQLite (synchronous=FULL)', server: { admin: true, databaseUrl: null } },
  ];
  const notes: string[] = [];
  if (await reachablePostgres(pgUrl)) targets.push({ name: 'Whistle on PostgreSQL', server: { admin: true, databaseUrl: pgUrl } });
  else notes.push(`PostgreSQL was not reachable at ${new URL(pgUrl).host}; its row is missing.`);

  const rows: BenchRow[] = [];
  for (const target of targets) {
    log(`${target.name}…`);
    rows.push(await measure(target, opts, log));
  }
  return {
    title: 'Acknowledged writes per second (POST /api/invites as an admin)',
    notes: [
      `${opts.connections} keep-alive connections from a separate load process for ${opts.durationMs / 1000} s per run, ` +
        `after a ${opts.warmupMs / 1000} s warm-up; ${opts.repetitions} runs per row, the median run shown.`,
      'A write counts when its 201 answer arrived, i.e. after the transaction committed (invite + audit row).',
      ...notes,
    ],
    rows,
    baseline: targets[0].name,
  };
}
