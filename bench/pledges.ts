import { spawn } from 'node:child_process';
import path from 'node:path';
import { type ServerOptions, type ServerProcess, startServer } from '../tests/support/server-process';
import { checkPledgeTotals } from './pledges-check';
import type { PledgeLoadResult, PledgeLoadSpec } from './pledges-load';
import { DEFAULT_PG, reachablePostgres } from './support/postgres';
import type { Section } from './support/section';

/**
 * Pledges through the API (POST /api/campaigns/{id}/pledges, anonymous, over TCP to a real server
 * process on SQLite, load from another process), against the same stack's bare write (POST
 * /api/invites: one row and its audit entry) and a bare Hono app without I/O. Then an open-loop
 * run at a fixed rate, exact totals from the database, and 50 signers crossing a threshold at once.
 */

export interface PledgeBenchOptions {
  connections: number;
  durationMs: number;
  warmupMs: number;
  repetitions: number;
  /** The open-loop rate to sustain, per second. */
  rate: number;
  sustainMs: number;
}

const LOAD_SCRIPT = path.join(import.meta.dirname, 'pledges-load.ts');
const INVITE = JSON.stringify({ roles: ['member'], expiresInHours: 24 });
const CROSSING = 50;
/** No client-address limit gets in the way of one load process. */
const NO_LIMIT = { SIGNUP_RATE_LIMIT_PER_MINUTE: '100000000' };

function runLoadProcess(spec: PledgeLoadSpec): Promise<PledgeLoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', LOAD_SCRIPT, JSON.stringify(spec)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(out.trim()) as PledgeLoadResult) : reject(new Error(`load exited with ${code}`)),
    );
  });
}

const median = (runs: PledgeLoadResult[]) => [...runs].sort((a, b) => a.perSecond - b.perSecond)[Math.floor(runs.length / 2)];

async function api<T>(server: ServerProcess, method: string, url: string, body?: unknown): Promise<T> {
  const res = await server.request(method, url, { body, cookie: server.adminCookie });
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

type Option = { id: string; scope: string; count: number };

/** An open campaign with workplace, union local and city thresholds that the runs cross as they go. */
async function openCampaign(server: ServerProcess, thresholds: { scope: string; count: number }[]) {
  const now = Date.now();
  const draft = await api<{ id: string }>(server, 'POST', '/api/campaigns', {
    title: 'Benchmark day',
    asks: ['no_work', 'no_school', 'no_shopping'],
    startsAt: now + 86_400_000,
    endsAt: now + 2 * 86_400_000,
    thresholdOptions: thresholds,
  });
  const open = await api<{ id: string; thresholdOptions: Option[] }>(server, 'POST', `/api/campaigns/${draft.id}/open`);
  const option = (scope: string) => open.thresholdOptions.find((o) => o.scope === scope)?.id;
  return { id: open.id, option };
}

/** 400 bodies taken in turn: a quarter each plain, plain at a workplace, waiting on a workplace, waiting on a union local. */
function pledgeBodies(option: (scope: string) => string | undefined): string[] {
  return Array.from({ length: 400 }, (_, i) => {
    const base = { name: `Signer ${i}`, asks: i % 3 ? ['no_work'] : ['no_work', 'no_shopping'] };
    const workplace = `Workplace ${i % 40}`;
    const variants = [
      { ...base, kind: 'plain' },
      { ...base, kind: 'plain', workplace, unionLocal: `Local ${i % 10}` },
      { ...base, kind: 'threshold', thresholdOptionId: option('workplace'), workplace },
      { ...base, kind: 'threshold', thresholdOptionId: option(i % 8 === 3 ? 'city' : 'union_local'), unionLocal: `Local ${i % 10}` },
    ];
    return JSON.stringify(variants[i % 4]);
  });
}

const headers = (server: ServerProcess, cookie?: string) => ({
  'content-type': 'application/json',
  origin: server.publicUrl,
  ...(cookie ? { cookie } : {}),
});

async function closedRuns(
  spec: Omit<PledgeLoadSpec, 'durationMs' | 'mode'>,
  opts: PledgeBenchOptions,
  name: string,
  log: (l: string) => void,
) {
  const warm = await runLoadProcess({ ...spec, mode: 'closed', durationMs: opts.warmupMs });
  const runs: PledgeLoadResult[] = [];
  for (let i = 0; i < opts.repetitions; i++) {
    const run = await runLoadProcess({ ...spec, mode: 'closed', durationMs: opts.durationMs });
    if (run.rejected || run.failed)
      throw new Error(`${name}: ${run.rejected} rejected, ${run.failed} failed (${JSON.stringify(run.statuses)})`);
    log(`  ${name} run ${i + 1}: ${run.perSecond.toFixed(0)}/s`);
    runs.push(run);
  }
  return { runs, acknowledged: warm.ok + runs.reduce((n, r) => n + r.ok, 0) };
}

async function withServer<T>(options: ServerOptions, fn: (server: ServerProcess) => Promise<T>): Promise<T> {
  const server = await startServer({ logLevel: 'warn', ...options });
  try {
    return await fn(server);
  } finally {
    await server.stop();
  }
}

/** 10 signers wait on a workplace threshold of 30; then 50 sign at once. Fired exactly once? */
async function crossing(server: ServerProcess): Promise<{ ms: number; fired: number; waiting: number }> {
  const campaign = await openCampaign(server, [{ scope: 'workplace', count: 30 }]);
  const body = (i: number, kind: string) => ({
    name: `Crosser ${i}`,
    asks: ['no_work'],
    kind,
    thresholdOptionId: campaign.option('workplace'),
    workplace: 'Acme Foods',
  });
  for (let i = 0; i < 10; i++) await server.request('POST', `/api/campaigns/${campaign.id}/pledges`, { body: body(i, 'threshold') });
  const t0 = performance.now();
  const answers = await Promise.all(
    Array.from({ length: CROSSING }, (_, i) =>
      server.request('POST', `/api/campaigns/${campaign.id}/pledges`, { body: body(100 + i, i % 2 ? 'plain' : 'threshold') }),
    ),
  );
  const ms = performance.now() - t0;
  if (answers.some((a) => a.status !== 201)) throw new Error(`crossing: statuses ${answers.map((a) => a.status).join(',')}`);
  const manage = await api<{ counts: { conditional: number; triggered: number }; groups: { metAt: number | null }[] }>(
    server,
    'GET',
    `/api/campaigns/${campaign.id}/manage`,
  );
  const check = await checkPledgeTotals(server, campaign.id, 10 + CROSSING);
  if (check.met !== 1) throw new Error(`crossing: ${check.met} groups met`);
  return { ms, fired: manage.groups.filter((g) => g.metAt !== null).length, waiting: manage.counts.conditional };
}

export async function benchPledges(opts: PledgeBenchOptions, log: (line: string) => void): Promise<Section> {
  const common = { connections: opts.connections };
  log('baseline: bare Hono, no I/O…');
  const bare = await withServer({ entry: 'bench/baseline-server.ts', databaseUrl: null }, (s) =>
    closedRuns({ ...common, url: `${s.baseUrl}/api/invites`, headers: headers(s), bodies: [INVITE] }, opts, 'bare', log),
  );
  log('Whistle on SQLite, POST /api/invites…');
  const invites = await withServer({ admin: true, databaseUrl: null }, (s) =>
    closedRuns({ ...common, url: `${s.baseUrl}/api/invites`, headers: headers(s, s.adminCookie), bodies: [INVITE] }, opts, 'invites', log),
  );

  log('Whistle on SQLite, POST /api/campaigns/{id}/pledges…');
  const notes: string[] = [];
  const pledges = await withServer({ admin: true, databaseUrl: null, env: NO_LIMIT }, async (s) => {
    const campaign = await openCampaign(s, [
      { scope: 'workplace', count: 200 },
      { scope: 'union_local', count: 500 },
      { scope: 'city', count: 10_000 },
    ]);
    const spec = {
      ...common,
      url: `${s.baseUrl}/api/campaigns/${campaign.id}/pledges`,
      headers: headers(s),
      bodies: pledgeBodies(campaign.option),
    };
    const closed = await closedRuns(spec, opts, 'pledges', log);
    const sustained: PledgeLoadResult[] = [];
    for (let i = 0; i < opts.repetitions; i++) {
      const run = await runLoadProcess({
        ...spec,
        connections: opts.connections * 4,
        mode: 'open',
        rate: opts.rate,
        durationMs: opts.sustainMs,
      });
      log(
        `  sustained ${opts.rate}/s run ${i + 1}: ${run.perSecond.toFixed(0)}/s acknowledged, ${run.late} late, p99 ${run.p99Ms.toFixed(1)} ms`,
      );
      sustained.push(run);
    }
    const acknowledged = closed.acknowledged + sustained.reduce((n, r) => n + r.ok, 0);
    const totals = await checkPledgeTotals(s, campaign.id, acknowledged);
    const pub = (await (await s.request('GET', `/api/campaigns/${campaign.id}`)).json()) as { counts: { total: number } };
    notes.push(
      `Exact totals after every run: ${totals.total} pledges acknowledged = ${totals.total} rows = counters (${JSON.stringify(totals.byState)}); ` +
        `public total ${pub.counts.total} (conditional ones hidden); ${totals.met} of ${totals.groups} threshold groups met, each fired once.`,
    );
    return { ...closed, sustained };
  });

  const crossings: string[] = [];
  const pgUrl = process.env.DATABASE_URL ?? DEFAULT_PG;
  const engines: [string, ServerOptions][] = [['SQLite', { admin: true, databaseUrl: null, env: NO_LIMIT }]];
  if (await reachablePostgres(pgUrl)) engines.push(['PostgreSQL', { admin: true, databaseUrl: pgUrl, env: NO_LIMIT }]);
  for (const [engine, options] of engines) {
    const results = await withServer(options, async (s) => {
      const out = [];
      for (let i = 0; i < opts.repetitions; i++) out.push(await crossing(s));
      return out;
    });
    log(`  ${CROSSING} concurrent signers crossing a threshold on ${engine}: fired ${results.map((r) => r.fired).join(', ')}`);
    crossings.push(
      `${CROSSING} concurrent signers (separate HTTP requests at once) crossing a workplace threshold of 30 with 10 waiting, on ${engine}, ${results.length} times: ` +
        `the trigger fired ${results.map((r) => r.fired).join(', ')} time(s), ${results.map((r) => r.waiting).join(', ')} left waiting; ` +
        `all 50 answered in ${results.map((r) => r.ms.toFixed(0)).join(', ')} ms.`,
    );
  }

  const rows: [string, PledgeLoadResult[]][] = [
    ['baseline: bare Hono, no I/O', bare.runs],
    ['Whistle on SQLite: POST /api/invites (bare write: row + audit)', invites.runs],
    ['Whistle on SQLite: POST /api/campaigns/{id}/pledges', pledges.runs],
    [`Whistle on SQLite: pledges offered at ${opts.rate}/s (open loop)`, pledges.sustained],
  ];
  const bareRate = median(bare.runs).perSecond;
  const inviteRate = median(invites.runs).perSecond;
  const table = [
    '| Target | per second (median) | vs bare Hono | vs bare write | p50 ms | p99 ms | runs (per second) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows.map(([name, runs]) => {
      const m = median(runs);
      return `| ${name} | ${m.perSecond.toFixed(0)} | ${(m.perSecond / bareRate).toFixed(3)} | ${(m.perSecond / inviteRate).toFixed(3)} | ${m.p50Ms.toFixed(1)} | ${m.p99Ms.toFixed(1)} | ${runs.map((r) => r.perSecond.toFixed(0)).join(', ')} |`;
    }),
  ].join('\n');
  const sustained = median(pledges.sustained);
  return {
    title: `Pledges through the API on SQLite (target: ${opts.rate}/s sustained, exact totals; threshold fires once)`,
    notes: [
      `Closed loop: ${opts.connections} keep-alive connections from a separate load process, ${opts.durationMs / 1000} s per run after a ${opts.warmupMs / 1000} s warm-up; ${opts.repetitions} runs, the median shown.`,
      'Pledges are anonymous and rotate through 400 bodies: plain, plain at one of 40 workplaces and 10 union locals, and threshold pledges waiting on workplace (200), union local (500) or city (10,000) thresholds, which the runs cross.',
      `Open loop: requests started at ${opts.rate}/s for ${opts.sustainMs / 1000} s whatever the answers (up to ${opts.connections * 4} in flight); ` +
        `median run ${sustained.perSecond.toFixed(0)}/s acknowledged, ${sustained.late} started late, ${sustained.rejected + sustained.failed} not acknowledged.`,
      ...notes,
      ...crossings,
    ],
    markdown: table,
  };
}
