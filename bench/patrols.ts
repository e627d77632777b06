import http from 'node:http';
import { sql } from 'kysely';
import type { AppContext } from '../src/context';
import { loadConfig } from '../src/core/config';
import { addDays, localDateAt, localInstant } from '../src/core/local-time';
import { weekCoverage } from '../src/modules/patrols/coverage';
import { createSeries } from '../src/modules/patrols/series-service';
import { createSite } from '../src/modules/patrols/sites-service';
import { importZones, readMinneapolisZones } from '../src/modules/zones';
import { createContext } from '../src/server';
import { type ServerProcess, startServer } from '../tests/support/server-process';
import { percentile } from './load';
import { cityOfShifts, organiserOf, qualifiedMembers } from './support/patrols-data';
import { DEFAULT_PG, reachablePostgres } from './support/postgres';
import type { Section } from './support/section';
import { benchContext, seededRandom } from './support/watchers';

/**
 * Issue #7 patrols. (1) 200 members sign up at the same instant for a 10-person shift that needs a
 * legal observer, over HTTP to a real server process (SQLite; PostgreSQL when reachable): exactly 10
 * must get a place. The burst's rate is set against the same burst of POSTs to a bare Hono app without
 * I/O, in the same run. (2) The coverage view of a 2,000-shift week, through the service, against the
 * bare range read of the same week's shift rows (no join, no grouping).
 */

export interface PatrolsBenchOptions {
  signups: number;
  places: number;
  weekShifts: number;
  queries: number;
  repetitions: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

interface Burst {
  created: number;
  full: number;
  other: number;
  ms: number;
  perSecond: number;
  p50: number;
  p99: number;
}

/** Every request at once, each on its own connection, each with its own session; statuses and latencies counted. */
async function burst(url: string, cookies: string[], body: string, origin: string): Promise<Burst> {
  const agent = new http.Agent({ keepAlive: false, maxSockets: cookies.length });
  const latencies: number[] = [];
  const statuses: number[] = [];
  const started = performance.now();
  await Promise.all(
    cookies.map(
      (cookie) =>
        new Promise<void>((resolve, reject) => {
          const t0 = performance.now();
          const req = http.request(
            url,
            {
              method: 'POST',
              agent,
              headers: { cookie, origin, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
            },
            (res) => {
              res.resume();
              res.on('end', () => {
                latencies.push(performance.now() - t0);
                statuses.push(res.statusCode ?? 0);
                resolve();
              });
            },
          );
          req.on('error', reject);
          req.end(body);
        }),
    ),
  );
  const ms = performance.now() - started;
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  const count = (s: number) => statuses.filter((x) => x === s).length;
  return {
    created: count(201),
    full: count(409),
    other: statuses.length - count(201) - count(409),
    ms,
    perSecond: (statuses.length / ms) * 1000,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
  };
}

/** A shift of `places` needing a legal observer, on its own day (so no member's places overlap across runs). */
async function newShift(ctx: AppContext, places: number, day: number): Promise<string> {
  const organiser = await organiserOf(ctx);
  const zone = await ctx.db.selectFrom('zone').select('id').limit(1).executeTakeFirstOrThrow();
  const site = await createSite(ctx, organiser, { name: `Bench school ${day}`, kind: 'school', zoneId: zone.id, point: null, notes: '' });
  const startsOn = addDays(localDateAt(Date.now(), ctx.config.timeZone), day);
  const saved = await createSeries(ctx, organiser, site.id, {
    label: 'Drop-off',
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    startTime: '07:30',
    endTime: '08:30',
    minPeople: 2,
    maxPeople: places,
    requiredQualification: 'legal_observer',
    startsOn,
    endsOn: startsOn,
  });
  const shift = await ctx.db.selectFrom('patrolShift').select('id').where('seriesId', '=', saved.series.id).executeTakeFirstOrThrow();
  return shift.id;
}

async function signupRuns(opts: PatrolsBenchOptions, pgUrl: string | null, log: (line: string) => void) {
  const server: ServerProcess = await startServer({ logLevel: 'warn', databaseUrl: pgUrl });
  const { ctx, close } = await createContext({ config: loadConfig({ ...server.env, LOG_LEVEL: 'silent' }) });
  const engine = pgUrl ? 'PostgreSQL' : 'SQLite';
  try {
    await importZones(ctx, readMinneapolisZones());
    const cookies = await qualifiedMembers(ctx, opts.signups);
    const url = (shiftId: string) => `${server.baseUrl}/api/patrols/shifts/${shiftId}/signups`;
    // A first burst, not counted, warms the server up (its code paths compiled, its connections open).
    await burst(url(await newShift(ctx, opts.places, 1)), cookies, '{}', server.publicUrl);
    const runs: Burst[] = [];
    for (let r = 0; r < opts.repetitions; r++) {
      const shiftId = await newShift(ctx, opts.places, r + 2);
      const run = await burst(url(shiftId), cookies, '{}', server.publicUrl);
      const row = await ctx.db.selectFrom('patrolShift').select('taken').where('id', '=', shiftId).executeTakeFirstOrThrow();
      const booked = await ctx.db
        .selectFrom('patrolSignup')
        .select('id')
        .where('shiftId', '=', shiftId)
        .where('status', '=', 'booked')
        .execute();
      if (run.created !== opts.places || row.taken !== opts.places || booked.length !== opts.places || run.other)
        throw new Error(
          `${engine}: ${run.created} sign-ups answered 201, ${row.taken} taken, ${booked.length} booked, ${run.other} odd answers`,
        );
      log(`  patrols sign-up burst on ${engine} run ${r + 1}: ${run.created} placed, ${run.full} full, ${run.ms.toFixed(0)} ms`);
      runs.push(run);
    }
    return { name: `Whistle on ${engine}: ${opts.signups} sign-ups for ${opts.places} places`, runs };
  } finally {
    await close();
    await server.stop();
  }
}

async function baselineRuns(opts: PatrolsBenchOptions, log: (line: string) => void) {
  const server = await startServer({ entry: 'bench/baseline-server.ts', databaseUrl: null });
  try {
    const cookies = Array.from({ length: opts.signups }, (_, i) => `whistle_session=baseline-${i}`);
    await burst(`${server.baseUrl}/api/invites`, cookies, '{}', server.publicUrl);
    const runs: Burst[] = [];
    for (let r = 0; r < opts.repetitions; r++) {
      runs.push(await burst(`${server.baseUrl}/api/invites`, cookies, '{}', server.publicUrl));
      log(`  patrols baseline burst run ${r + 1}: ${runs.at(-1)?.ms.toFixed(0)} ms`);
    }
    return { name: `baseline: bare Hono, no I/O, ${opts.signups} POSTs`, runs };
  } finally {
    await server.stop();
  }
}

async function timedMany(n: number, run: () => Promise<unknown>) {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await run();
    ms.push(performance.now() - t0);
  }
  const sorted = ms.sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

async function coverageRuns(opts: PatrolsBenchOptions, pgUrl: string | undefined, log: (line: string) => void) {
  const { ctx, close } = await benchContext(pgUrl);
  const engine = pgUrl ? 'PostgreSQL' : 'SQLite';
  try {
    const week = await cityOfShifts(ctx, opts.weekShifts, seededRandom(7));
    const from = localInstant(week, '00:00', ctx.config.timeZone);
    const to = localInstant(addDays(week, 7), '00:00', ctx.config.timeZone);
    const total = await ctx.db
      .selectFrom('patrolShift')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const shown = await weekCoverage(ctx, { week });
    const count = shown.totals.green + shown.totals.amber + shown.totals.red;
    const bareRead = () => sql`select * from patrol_shift where starts_at >= ${from} and starts_at < ${to}`.execute(ctx.db);
    await timedMany(opts.queries / 4, () => weekCoverage(ctx, { week }));
    await timedMany(opts.queries / 4, bareRead);
    const service = [];
    const bare = [];
    for (let r = 0; r < opts.repetitions; r++) {
      service.push(await timedMany(opts.queries, () => weekCoverage(ctx, { week })));
      bare.push(
        await timedMany(opts.queries, () =>
          sql`select * from patrol_shift where starts_at >= ${from} and starts_at < ${to}`.execute(ctx.db),
        ),
      );
      log(
        `  patrols coverage on ${engine} run ${r + 1}: ${service.at(-1)?.p50.toFixed(2)} ms (bare read ${bare.at(-1)?.p50.toFixed(2)} ms)`,
      );
    }
    return { engine, count, total: Number(total.n), totals: shown.totals, service, bare };
  } finally {
    await close();
  }
}

export async function benchPatrols(opts: PatrolsBenchOptions, log: (line: string) => void): Promise<Section> {
  const pgUrl = process.env.DATABASE_URL ?? DEFAULT_PG;
  const pg = (await reachablePostgres(pgUrl)) ? pgUrl : null;
  const baseline = await baselineRuns(opts, log);
  const rows = [baseline, await signupRuns(opts, null, log)];
  if (pg) rows.push(await signupRuns(opts, pg, log));
  const coverage = [await coverageRuns(opts, undefined, log)];
  if (pg) coverage.push(await coverageRuns(opts, pg, log));

  const base = median(baseline.runs.map((r) => r.perSecond));
  const burstRow = (row: { name: string; runs: Burst[] }) => {
    const m = [...row.runs].sort((a, b) => a.perSecond - b.perSecond)[Math.floor(row.runs.length / 2)];
    const placed = row === baseline ? '' : row.runs.map((r) => r.created).join(', ');
    return `| ${row.name} | ${m.perSecond.toFixed(0)} | ${(m.perSecond / base).toFixed(3)} | ${m.ms.toFixed(0)} | ${m.p50.toFixed(1)} | ${m.p99.toFixed(1)} | ${placed} | ${row.runs.map((r) => r.perSecond.toFixed(0)).join(', ')} |`;
  };
  const coverageRow = (c: (typeof coverage)[number]) => {
    const p50 = median(c.service.map((s) => s.p50));
    const p95 = median(c.service.map((s) => s.p95));
    const bareP50 = median(c.bare.map((s) => s.p50));
    return `| ${c.engine} | ${c.count} (${c.totals.green} green, ${c.totals.amber} amber, ${c.totals.red} red) of ${c.total} | ${p50.toFixed(2)} | ${p95.toFixed(2)} | ${bareP50.toFixed(2)} | ${median(c.bare.map((s) => s.p95)).toFixed(2)} | ${(p50 / bareP50).toFixed(1)}× | ${p95 <= 50 ? 'yes' : 'NO'} |`;
  };
  return {
    title: `Issue #7 patrols: ${opts.signups} concurrent sign-ups for a ${opts.places}-person shift (exactly ${opts.places} succeed) and coverage of a ${opts.weekShifts}-shift week (target ≤ 50 ms)`,
    notes: [
      `Sign-ups: ${opts.signups} trusted members, each holding a legal-observer qualification and a session, POST /api/patrols/shifts/{id}/signups at the same instant (one connection each, from the benchmark process) to a real server process; the shift needs a legal observer and has ${opts.places} places. Every run checks the answers (exactly ${opts.places} × 201, the rest 409 shift_full), the shift's count and the booked rows. A new shift per run, on its own day.`,
      'Each sign-up checks the qualification for the whole shift, then in one transaction takes a place with a conditional update (taken < max_people; a CHECK constraint behind it), checks the member holds no other place then or there, and inserts the sign-up (a partial unique index behind it).',
      `The baseline is the same burst of ${opts.signups} POSTs to a bare Hono app with no I/O (bench/baseline-server.ts). per second = answers / burst wall time; p50/p99 are per-request latencies within the median burst. One burst to warm each server up, then ${opts.repetitions} runs.`,
      `Coverage: ${Math.ceil(opts.weekShifts / 10)} school sites in the 85 zones, a drop-off and a pick-up series each on school days, made through the services with six weeks of shifts ahead; places taken at random (seeded). weekCoverage() (one joined range read with the counts on the shift row, one zone-name read, grouping by zone and site) against the bare range read of the same week's rows, after a warm-up, ${opts.queries} calls per run, ${opts.repetitions} runs, medians of the runs' p50 and p95.`,
      ...(pg ? [] : [`PostgreSQL was not reachable at ${new URL(pgUrl).host}; its rows are missing.`]),
    ],
    markdown: [
      '| Sign-up burst | per second (median) | vs baseline | burst ms | p50 ms | p99 ms | placed per run | runs (per second) |',
      '| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |',
      ...rows.map(burstRow),
      '',
      '| Coverage of next week | shifts in the week (of all) | p50 ms | p95 ms | bare read p50 ms | bare read p95 ms | vs bare p50 | p95 ≤ 50 ms |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
      ...coverage.map(coverageRow),
    ].join('\n'),
  };
}
