import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchAudience } from './audience';
import { benchFanout } from './fanout';
import { benchLedger } from './ledger';
import { benchPatrols } from './patrols';
import { benchPledges } from './pledges';
import { benchPush } from './push';
import { benchRides } from './rides';
import { renderSection, setting } from './support/section';
import { benchTabulate, tabulateBenchOptions } from './tabulate';
import { benchTracker } from './tracker';
import { benchTrackerPage } from './tracker-page';
import { type BenchResult, benchWrites } from './writes';

/**
 * `npm run bench`: every benchmark with its baseline in the same run; prints the tables and appends
 * them, dated and with the machine's facts, to bench/RESULTS.md.
 * `npm run bench -- push fanout` runs only the named ones (writes, push, fanout, audience, tracker, tracker-page, pledges, rides, ledger, patrols, tabulate).
 * Settings: BENCH_CONNECTIONS (16), BENCH_SECONDS (5), BENCH_WARMUP_SECONDS (2), BENCH_REPETITIONS (3),
 * BENCH_PUSHES (10000), BENCH_FANOUT_MEMBERS (10000), BENCH_FANOUT_CLIENT_PROCESSES (4),
 * BENCH_FANOUT_CONCURRENCY (50), BENCH_AUDIENCE_MEMBERS (100000), BENCH_AUDIENCE_ITERATIONS (2000),
 * BENCH_AUDIENCE_DB_ITERATIONS (30), BENCH_TRACKER_ROWS (5000), BENCH_TRACKER_PAGE_ACTIONS (10000),
 * BENCH_PLEDGE_RATE (1000), BENCH_PLEDGE_SUSTAIN_SECONDS (10),
 * BENCH_RIDES_RIDERS (500), BENCH_RIDES_DRIVERS (500), BENCH_LEDGER_ENTRIES (1000000), BENCH_LEDGER_CALLERS (64),
 * BENCH_LEDGER_QUERIES (10000), BENCH_PATROL_SIGNUPS (200), BENCH_PATROL_PLACES (10), BENCH_PATROL_WEEK_SHIFTS (2000),
 * BENCH_PATROL_QUERIES (200), BENCH_TABULATE_BALLOTS (100000), BENCH_TABULATE_CANDIDATES (35), BENCH_TABULATE_SEATS (3).
 */

const RESULTS = path.join(import.meta.dirname, 'RESULTS.md');
const HEADER = `# Benchmark results

Appended by \`npm run bench\`, newest last. Each section is one run on one machine.

How to read a table:
- Every row is measured in the same run as its baseline, as a separate server process, with the load
  coming from another separate process over 127.0.0.1. Figures from different machines or runs are not
  comparable; the ratio to the baseline within a run is the figure to watch.
- **per second** is answers with a 2xx status per second (for writes: acknowledged, committed writes),
  the median of the repetitions; the individual runs are listed beside it.
- **vs baseline** is that median divided by the baseline's: how much of the bare HTTP stack's speed is
  left once Whistle does the real work (validation, session, transaction, fsync).
- **p50 / p99** are the latencies of the median run, with every connection busy, in milliseconds.
- The machine facts say how many cores the server and the load generator shared, and how busy the
  machine already was (load average at the start).
`;

const num = setting;

function machineFacts(): string[] {
  const cpus = os.cpus();
  let commit = 'unknown';
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: import.meta.dirname, encoding: 'utf8' }).trim();
    commit = git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain') ? ' with uncommitted changes' : '');
  } catch {
    // Not a git checkout.
  }
  return [
    `node ${process.version}, ${os.type()} ${os.release()} ${os.arch()}`,
    `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory`,
    `load average at start: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
    `commit ${commit}`,
  ];
}

function writesSection(result: BenchResult): string {
  return `### ${result.title}\n\n${result.notes.map((n) => `- ${n}`).join('\n')}\n\n${table(result)}\n`;
}

function table(result: BenchResult): string {
  const base = result.rows.find((r) => r.target === result.baseline)?.median.perSecond ?? Number.NaN;
  const lines = [
    '| Target | per second (median) | vs baseline | p50 ms | p99 ms | runs (per second) |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const row of result.rows) {
    const m = row.median;
    lines.push(
      `| ${row.target} | ${m.perSecond.toFixed(0)} | ${(m.perSecond / base).toFixed(3)} | ${m.p50Ms.toFixed(1)} | ${m.p99Ms.toFixed(1)} | ${row.runs
        .map((r) => r.perSecond.toFixed(0))
        .join(', ')} |`,
    );
  }
  return lines.join('\n');
}

const facts = machineFacts();
const log = (line: string) => process.stdout.write(`${line}\n`);
log(`Benchmarks on ${facts.join('; ')}\n`);

const repetitions = num('BENCH_REPETITIONS', 3);
/** Each benchmark, by name, rendered as a RESULTS.md section. */
const BENCHMARKS: Record<string, () => Promise<string>> = {
  writes: async () =>
    writesSection(
      await benchWrites(
        {
          connections: num('BENCH_CONNECTIONS', 16),
          durationMs: num('BENCH_SECONDS', 5) * 1000,
          warmupMs: num('BENCH_WARMUP_SECONDS', 2) * 1000,
          repetitions,
        },
        log,
      ),
    ),
  push: async () => writesSection(await benchPush({ pushes: num('BENCH_PUSHES', 10_000), repetitions }, log)),
  fanout: async () =>
    renderSection(
      await benchFanout(
        {
          members: num('BENCH_FANOUT_MEMBERS', 10_000),
          repetitions,
          clientProcesses: num('BENCH_FANOUT_CLIENT_PROCESSES', 4),
          concurrency: num('BENCH_FANOUT_CONCURRENCY', 50),
        },
        log,
      ),
    ),
  audience: async () =>
    renderSection(
      await benchAudience(
        {
          members: num('BENCH_AUDIENCE_MEMBERS', 100_000),
          repetitions,
          indexIterations: num('BENCH_AUDIENCE_ITERATIONS', 2000),
          dbIterations: num('BENCH_AUDIENCE_DB_ITERATIONS', 30),
        },
        log,
      ),
    ),
  tracker: async () => renderSection(await benchTracker({ rows: num('BENCH_TRACKER_ROWS', 5000), repetitions }, log)),
  'tracker-page': async () =>
    renderSection(await benchTrackerPage({ actions: num('BENCH_TRACKER_PAGE_ACTIONS', 10_000), repetitions }, log)),
  pledges: async () =>
    renderSection(
      await benchPledges(
        {
          connections: num('BENCH_CONNECTIONS', 16),
          durationMs: num('BENCH_SECONDS', 5) * 1000,
          warmupMs: num('BENCH_WARMUP_SECONDS', 2) * 1000,
          repetitions,
          rate: num('BENCH_PLEDGE_RATE', 1000),
          sustainMs: num('BENCH_PLEDGE_SUSTAIN_SECONDS', 10) * 1000,
        },
        log,
      ),
    ),
  rides: async () =>
    renderSection(await benchRides({ riders: num('BENCH_RIDES_RIDERS', 500), drivers: num('BENCH_RIDES_DRIVERS', 500), repetitions }, log)),
  ledger: async () =>
    renderSection(
      await benchLedger(
        {
          entries: num('BENCH_LEDGER_ENTRIES', 1_000_000),
          callers: num('BENCH_LEDGER_CALLERS', 64),
          durationMs: num('BENCH_SECONDS', 5) * 1000,
          warmupMs: num('BENCH_WARMUP_SECONDS', 2) * 1000,
          repetitions,
          queries: num('BENCH_LEDGER_QUERIES', 10_000),
        },
        log,
      ),
    ),
  patrols: async () =>
    renderSection(
      await benchPatrols(
        {
          signups: num('BENCH_PATROL_SIGNUPS', 200),
          places: num('BENCH_PATROL_PLACES', 10),
          weekShifts: num('BENCH_PATROL_WEEK_SHIFTS', 2000),
          queries: num('BENCH_PATROL_QUERIES', 200),
          repetitions,
        },
        log,
      ),
    ),
  tabulate: async () => renderSection(benchTabulate(tabulateBenchOptions(repetitions), log)),
};
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in BENCHMARKS));
if (unknown.length) throw new Error(`No benchmark named ${unknown.join(', ')}; there are ${Object.keys(BENCHMARKS).join(', ')}`);
const sections: string[] = [];
for (const [name, run] of Object.entries(BENCHMARKS)) if (!wanted.length || wanted.includes(name)) sections.push(await run());
log(`\n${sections.join('\n')}`);

if (!fs.existsSync(RESULTS)) fs.writeFileSync(RESULTS, HEADER);
const dated = `\n## ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC\n\n${facts.map((f) => `- ${f}`).join('\n')}\n\n${sections.join('\n')}`;
fs.appendFileSync(RESULTS, dated);
log(`Appended to ${path.relative(process.cwd(), RESULTS)}`);
