import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type FromClients, type FromServer, type ToClients, type ToServer, type WhistleSetup, wallNow } from './support/fanout-protocol';
import { renderSection, type Section, setting } from './support/section';

/**
 * Live fan-out: MEMBERS connected members (default 10,000) receive one alert over Server-Sent Events.
 * The real Whistle server (its own process, SQLite) holds one stream per member, from client processes
 * of their own (raw http.get streams). Measured in the server process with process.cpuUsage, from just
 * before the second verifier's approving POST until every client has the frame: Whistle's CPU per
 * delivery, against a bare Node HTTP server writing the identical frame to the same number of streams
 * (triggered by a POST too), in the same run. Also the time from the click (the POST leaving the
 * benchmark) to the last client's receipt, all on one machine's clock.
 * Targets: CPU per delivery ≤ 2× bare; last receipt ≤ 1 s after the click.
 */

export interface FanoutOptions {
  members: number;
  repetitions: number;
  clientProcesses: number;
  /** Streams each client process opens at a time while connecting. */
  concurrency: number;
}

interface Run {
  cpuMicros: number;
  perDeliveryMicros: number;
  firstMs: number;
  lastMs: number;
  frame: string;
}

const SUPPORT = path.join(import.meta.dirname, 'support');
const RECEIPT_TIMEOUT_MS = 60_000;

function start(script: string, env: Record<string, string> = {}): ChildProcess {
  return fork(path.join(SUPPORT, script), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

/** The next message of `kind` from a child, or an error if it fails, exits or takes too long. */
function next<M extends { kind: string }, K extends M['kind']>(
  child: ChildProcess,
  kind: K,
  timeoutMs = 120_000,
): Promise<Extract<M, { kind: K }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`no ${kind} within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (m: M) => {
      if (m.kind === 'failed') finish(new Error(String((m as unknown as { error: string }).error)));
      else if (m.kind === kind) finish(null, m as Extract<M, { kind: K }>);
    };
    const onExit = (code: number | null) => finish(new Error(`process exited (${code}) before ${kind}`));
    function finish(err: Error | null, value?: Extract<M, { kind: K }>) {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (err) reject(err);
      else resolve(value as Extract<M, { kind: K }>);
    }
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

async function post(base: string, urlPath: string, cookie: string | undefined, body?: unknown) {
  const res = await fetch(`${base}${urlPath}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body ?? {}),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${urlPath}: ${res.status} ${text}`);
  return JSON.parse(text) as { id?: string; state?: string };
}

async function runOnce(target: 'whistle' | 'bare', opts: FanoutOptions, frame: string): Promise<Run> {
  const server = start(target === 'whistle' ? 'fanout-whistle-server.ts' : 'bare-sse-server.ts', { MEMBERS: String(opts.members) });
  const clients: ChildProcess[] = [];
  try {
    const ready = await next<FromServer, 'ready'>(server, 'ready', 300_000);
    const base = `http://127.0.0.1:${ready.port}`;
    const setup = ready.setup as WhistleSetup;
    let click: () => Promise<unknown>;
    if (target === 'whistle') {
      const made = await post(base, '/api/alerts', setup.verifierCookies[0], {
        reportId: setup.reportId,
        targets: { neighbourZoneIds: [] },
      });
      if (made.state !== 'awaiting_second_verifier') throw new Error(`expected the alert to wait for a second verifier, got ${made.state}`);
      click = () => post(base, `/api/alerts/${made.id}/approve`, setup.verifierCookies[1]);
    } else {
      server.send({ kind: 'frame', frame } satisfies ToServer);
      click = () => post(base, '/broadcast', undefined);
    }
    const cookies: (string | null)[] = target === 'whistle' ? setup.memberCookies : Array(opts.members).fill(null);
    const url = `${base}${target === 'whistle' ? '/api/alerts/live' : '/live'}`;
    const share = Math.ceil(cookies.length / opts.clientProcesses);
    for (let i = 0; i < opts.clientProcesses; i++) clients.push(start('sse-clients.ts'));
    const connected = clients.map((c) => next<FromClients, 'connected'>(c, 'connected', 300_000));
    clients.forEach((c, i) => {
      c.send({
        kind: 'connect',
        url,
        cookies: cookies.slice(i * share, (i + 1) * share),
        concurrency: opts.concurrency,
      } satisfies ToClients);
    });
    await Promise.all(connected);
    // Let connection set-up work (sessions, garbage collection) finish before measuring.
    await sleep(1500);
    const received = clients.map((c) => next<FromClients, 'received'>(c, 'received', RECEIPT_TIMEOUT_MS));
    server.send({ kind: 'cpu-start' } satisfies ToServer);
    await next<FromServer, 'cpu-started'>(server, 'cpu-started');
    const clicked = wallNow();
    await click();
    const receipts = await Promise.all(received);
    server.send({ kind: 'cpu-stop' } satisfies ToServer);
    const cpu = await next<FromServer, 'cpu'>(server, 'cpu');
    const count = receipts.reduce((n, r) => n + r.count, 0);
    if (count !== opts.members) throw new Error(`${count} of ${opts.members} members received the alert`);
    const cpuMicros = cpu.userMicros + cpu.systemMicros;
    return {
      cpuMicros,
      perDeliveryMicros: cpuMicros / count,
      firstMs: Math.min(...receipts.map((r) => r.first)) - clicked,
      lastMs: Math.max(...receipts.map((r) => r.last)) - clicked,
      frame: receipts[0].frame,
    };
  } finally {
    for (const c of clients) c.kill();
    server.disconnect();
    await new Promise((resolve) => (server.exitCode === null ? server.once('exit', resolve) : resolve(null)));
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchFanout(opts: FanoutOptions, log: (line: string) => void): Promise<Section> {
  const runs: Record<'whistle' | 'bare', Run[]> = { whistle: [], bare: [] };
  let frame = '';
  for (let r = 0; r < opts.repetitions; r++) {
    const whistle = await runOnce('whistle', opts, frame);
    frame ||= whistle.frame;
    runs.whistle.push(whistle);
    log(
      `  fan-out run ${r + 1}: Whistle ${whistle.perDeliveryMicros.toFixed(2)} µs/delivery, last receipt ${whistle.lastMs.toFixed(0)} ms`,
    );
    const bare = await runOnce('bare', opts, frame);
    runs.bare.push(bare);
    log(`  fan-out run ${r + 1}: bare ${bare.perDeliveryMicros.toFixed(2)} µs/delivery, last receipt ${bare.lastMs.toFixed(0)} ms`);
  }
  const basePer = median(runs.bare.map((x) => x.perDeliveryMicros));
  const row = (name: string, list: Run[]) => {
    const per = median(list.map((x) => x.perDeliveryMicros));
    return `| ${name} | ${per.toFixed(2)} | ${(per / basePer).toFixed(2)} | ${list.map((x) => x.perDeliveryMicros.toFixed(2)).join(', ')} | ${median(list.map((x) => x.cpuMicros / 1000)).toFixed(1)} | ${median(list.map((x) => x.firstMs)).toFixed(0)} | ${median(list.map((x) => x.lastMs)).toFixed(0)} | ${list.map((x) => x.lastMs.toFixed(0)).join(', ')} |`;
  };
  return {
    title: `Live fan-out of one alert to ${opts.members.toLocaleString('en')} connected members (targets: CPU per delivery ≤ 2× bare; last receipt ≤ 1 s)`,
    notes: [
      `Each row: a fresh server process; ${opts.members} Server-Sent Event streams from ${opts.clientProcesses} separate client processes (raw http.get); ${opts.repetitions} runs, medians shown.`,
      'CPU is user + system time of the server process (process.cpuUsage) from just before the POST that sends the alert until every client has the whole frame, divided by the deliveries.',
      'Whistle: the second verifier’s POST /api/alerts/{id}/approve (R-BCAST-1, so the alert was waiting): session, checks, the audience from the database, one transaction with its audit entry, the bus event, the per-node hub writing one pre-encoded frame per stream, and Web Push handed the audience (no device subscribed).',
      `Bare: a plain Node HTTP server writing the identical frame (${Buffer.byteLength(frame)} bytes, taken from Whistle's run) to every stream on a POST.`,
      'Receipt times are wall-clock (performance.timeOrigin + now) in the client processes, from the moment the benchmark sent the POST; same machine.',
    ],
    markdown: [
      '| Server | CPU µs per delivery (median) | vs bare | runs (µs) | CPU ms in total | first receipt ms | last receipt ms (median) | runs (ms) |',
      '| --- | ---: | ---: | --- | ---: | ---: | ---: | --- |',
      row('bare Node broadcast of the same bytes', runs.bare),
      row('Whistle (approve → hub, SQLite)', runs.whistle),
    ].join('\n'),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const section = await benchFanout(
    {
      members: setting('BENCH_FANOUT_MEMBERS', 10_000),
      repetitions: setting('BENCH_REPETITIONS', 3),
      clientProcesses: setting('BENCH_FANOUT_CLIENT_PROCESSES', 4),
      concurrency: setting('BENCH_FANOUT_CONCURRENCY', 50),
    },
    (line) => process.stdout.write(`${line}\n`),
  );
  process.stdout.write(`\n${renderSection(section)}`);
}
