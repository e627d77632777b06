import type { AppContext } from '../src/context';
import { loadWatcherIndex } from '../src/modules/alerts/audience';
import type { WatcherIndex } from '../src/modules/alerts/watcher-index';
import { listZones, watchersOf, zonesWithinRadius } from '../src/modules/zones';
import { DEFAULT_PG, reachablePostgres } from './support/postgres';
import { renderSection, type Section, setting } from './support/section';
import { benchContext, seededRandom, seedWatchers } from './support/watchers';

/**
 * Audience selection: which members an alert to a zone, a zone and its neighbours, or every zone
 * within a radius reaches, over 100,000 members each watching 1–3 of Minneapolis's 85 zones. The
 * alerts module keeps an in-memory watcher index per node (kept current from the bus); the baseline
 * is the database query (`watchersOf`, the zones module's indexed lookup) on SQLite and PostgreSQL,
 * measured in the same run on the same data. Target: index p99 ≤ 1 ms.
 */

export interface AudienceOptions {
  members: number;
  repetitions: number;
  indexIterations: number;
  dbIterations: number;
}

interface Scenario {
  name: string;
  /** A pool of target-zone sets, used round-robin. */
  sets: string[][];
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Milliseconds each call took, in order. */
async function time(iterations: number, sets: string[][], run: (zones: string[]) => unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const zones = sets[i % sets.length];
    const t0 = process.hrtime.bigint();
    await run(zones);
    out.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return out;
}

async function scenarios(ctx: AppContext, random: () => number): Promise<{ list: Scenario[]; radiusMs: number[] }> {
  const zones = await listZones(ctx);
  const pick = () => zones[Math.floor(random() * zones.length)];
  const pool = Array.from({ length: 20 }, pick);
  const radiusMs: number[] = [];
  const within = async (km: number) => {
    const sets: string[][] = [];
    for (const z of pool) {
      const t0 = process.hrtime.bigint();
      sets.push(await zonesWithinRadius(ctx, z.label, km));
      radiusMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    return sets;
  };
  return {
    list: [
      { name: 'one zone', sets: pool.map((z) => [z.id]) },
      { name: 'zone + neighbours', sets: pool.map((z) => [z.id, ...z.neighbours]) },
      { name: 'radius 2 km', sets: await within(2) },
      { name: 'radius 10 km', sets: await within(10) },
    ],
    radiusMs,
  };
}

interface Row {
  scenario: string;
  zones: number;
  audience: number;
  index: { p50: number; p99s: number[] };
  db: { engine: string; p99s: number[] }[];
}

export async function benchAudience(opts: AudienceOptions, log: (line: string) => void): Promise<Section> {
  const engines: { name: string; url?: string }[] = [{ name: 'SQLite' }];
  const pgUrl = process.env.DATABASE_URL ?? DEFAULT_PG;
  const notes: string[] = [];
  if (await reachablePostgres(pgUrl)) engines.push({ name: 'PostgreSQL', url: pgUrl });
  else notes.push(`PostgreSQL was not reachable at ${new URL(pgUrl).host}; its column is empty.`);

  const rows = new Map<string, Row>();
  let indexBuildMs = 0;
  let radiusMs: number[] = [];
  for (const engine of engines) {
    log(`audience: seeding ${opts.members} members on ${engine.name}…`);
    const { ctx, close } = await benchContext(engine.url);
    try {
      const zoneIds = (await listZones(ctx)).map((z) => z.id);
      const pickRandom = seededRandom(11);
      await seedWatchers(ctx, opts.members, () => {
        const n = 1 + Math.floor(pickRandom() * 3);
        return [...new Set(Array.from({ length: n }, () => zoneIds[Math.floor(pickRandom() * zoneIds.length)]))];
      });
      const built = process.hrtime.bigint();
      const index: WatcherIndex = await loadWatcherIndex(ctx);
      if (engine.name === 'SQLite') indexBuildMs = Number(process.hrtime.bigint() - built) / 1e6;
      const { list, radiusMs: radius } = await scenarios(ctx, seededRandom(7));
      if (engine.name === 'SQLite') radiusMs = radius;
      for (const s of list) {
        const row = rows.get(s.name) ?? {
          scenario: s.name,
          zones: median(s.sets.map((z) => z.length)),
          audience: median(s.sets.map((z) => index.count(z))),
          index: { p50: 0, p99s: [] },
          db: [],
        };
        rows.set(s.name, row);
        const dbP99s: number[] = [];
        await time(opts.dbIterations / 10, s.sets, (z) => watchersOf(ctx, z));
        for (let r = 0; r < opts.repetitions; r++) {
          const db = (await time(opts.dbIterations, s.sets, (z) => watchersOf(ctx, z))).sort((a, b) => a - b);
          dbP99s.push(percentile(db, 0.99));
          if (engine.name === 'SQLite') {
            await time(opts.indexIterations / 10, s.sets, (z) => index.count(z));
            const mem = (await time(opts.indexIterations, s.sets, (z) => index.count(z))).sort((a, b) => a - b);
            row.index.p99s.push(percentile(mem, 0.99));
            row.index.p50 = percentile(mem, 0.5);
          }
        }
        row.db.push({ engine: engine.name, p99s: dbP99s });
        const indexed = engine.name === 'SQLite' ? `, index p99 ${median(row.index.p99s).toFixed(3)} ms` : '';
        log(`  ${engine.name} ${s.name}: query p99 ${median(dbP99s).toFixed(2)} ms${indexed}`);
      }
    } finally {
      await close();
    }
  }

  const fmt = (ms: number) => ms.toFixed(3);
  const lines = [
    `| Targets | zones (median) | members reached (median) | index p50 ms | index p99 ms (median of runs) | index p99 runs | ${engines.map((e) => `${e.name} query p99 ms`).join(' | ')} |`,
    `| --- | ---: | ---: | ---: | ---: | --- | ${engines.map(() => '---:').join(' | ')} |`,
    ...[...rows.values()].map(
      (r) =>
        `| ${r.scenario} | ${r.zones} | ${r.audience} | ${fmt(r.index.p50)} | ${fmt(median(r.index.p99s))} | ${r.index.p99s.map(fmt).join(', ')} | ${r.db
          .map((d) => `${median(d.p99s).toFixed(2)} (${d.p99s.map((x) => x.toFixed(1)).join(', ')})`)
          .join(' | ')} |`,
    ),
  ];
  const sortedRadius = radiusMs.sort((a, b) => a - b);
  return {
    title: `Audience selection over ${opts.members.toLocaleString('en')} members (target: index p99 ≤ 1 ms)`,
    notes: [
      `${opts.members} members each watching 1–3 of the 85 Minneapolis zones (seeded pseudo-randomly); 20 target sets per row, used round-robin.`,
      `Index: the alerts module's in-memory watcher index counting everyone reached, each once (what the composer's preview asks), ${opts.indexIterations} selections per run, ${opts.repetitions} runs; it was built from the database in ${indexBuildMs.toFixed(0)} ms.`,
      `Query: \`watchersOf\` (select distinct member_id … where zone_id in …), ${opts.dbIterations} per run and engine, same data; the send path uses it, inside the R-BCAST-1 decision.`,
      `Turning a radius into zones (bounding-box query + polygon distance, SQLite) took p50 ${fmt(percentile(sortedRadius, 0.5))} ms, p99 ${fmt(percentile(sortedRadius, 0.99))} ms; it runs once per preview, before the selection measured here.`,
      ...notes,
    ],
    markdown: lines.join('\n'),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const section = await benchAudience(
    {
      members: setting('BENCH_AUDIENCE_MEMBERS', 100_000),
      repetitions: setting('BENCH_REPETITIONS', 3),
      indexIterations: setting('BENCH_AUDIENCE_ITERATIONS', 2000),
      dbIterations: setting('BENCH_AUDIENCE_DB_ITERATIONS', 30),
    },
    (line) => process.stdout.write(`${line}\n`),
  );
  process.stdout.write(`\n${renderSection(section)}`);
}
