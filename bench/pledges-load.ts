import http from 'node:http';
import { type LoadResult, Tally } from './load';

/**
 * The pledge benchmark's load generator, run as its own process. Bodies are taken in turn from a
 * list (plain and threshold pledges at many workplaces), so the server does real threshold work.
 * Two modes: `closed` keeps `connections` requests in flight back to back (the most it can take);
 * `open` starts requests at a fixed `rate` per second whatever the answers do (does it keep up?),
 * counting a request late when it could not even start on time because every connection was busy.
 */

export interface PledgeLoadSpec {
  url: string;
  headers: Record<string, string>;
  bodies: string[];
  connections: number;
  durationMs: number;
  mode: 'closed' | 'open';
  /** Requests per second in `open` mode. */
  rate?: number;
}

export interface PledgeLoadResult extends LoadResult {
  /** Requests in `open` mode that started later than scheduled (all connections busy). */
  late: number;
  /** Answers by HTTP status. */
  statuses: Record<string, number>;
}

const REQUEST_TIMEOUT_MS = 10_000;

function post(agent: http.Agent, url: URL, headers: Record<string, string>, body: string, statuses: Record<string, number>) {
  return new Promise<number>((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers, agent, timeout: REQUEST_TIMEOUT_MS }, (res) => {
      res.resume();
      res.on('end', () => {
        const status = res.statusCode ?? 0;
        statuses[status] = (statuses[status] ?? 0) + 1;
        resolve(status);
      });
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

export async function runPledgeLoad(spec: PledgeLoadSpec): Promise<PledgeLoadResult> {
  const url = new URL(spec.url);
  if (url.hostname !== '127.0.0.1') throw new Error(`Refusing to send load anywhere but 127.0.0.1 (got ${url.hostname})`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: spec.connections });
  const tally = new Tally();
  const statuses: Record<string, number> = {};
  let next = 0;
  const send = () => post(agent, url, spec.headers, spec.bodies[next++ % spec.bodies.length], statuses);
  const started = performance.now();
  const until = started + spec.durationMs;
  let late = 0;

  if (spec.mode === 'closed') {
    const connection = async () => {
      while (performance.now() < until) await tally.record(send);
    };
    await Promise.all(Array.from({ length: spec.connections }, connection));
  } else {
    const interval = 1000 / (spec.rate ?? 1000);
    const inFlight = new Set<Promise<void>>();
    for (let i = 0; started + i * interval < until; i++) {
      const due = started + i * interval;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      // More in flight than connections means the server is not keeping up: the request waits for a socket.
      if (inFlight.size >= spec.connections) late++;
      const job = tally.record(send).finally(() => inFlight.delete(job));
      inFlight.add(job);
    }
    await Promise.all(inFlight);
  }
  const elapsedMs = performance.now() - started;
  agent.destroy();
  return { ...tally.result(elapsedMs), late, statuses };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const spec = JSON.parse(process.argv[2] ?? '') as PledgeLoadSpec;
  setTimeout(
    () => {
      process.stderr.write('pledge load generator overran its time limit\n');
      process.exit(2);
    },
    spec.durationMs + 2 * REQUEST_TIMEOUT_MS,
  ).unref();
  process.stdout.write(`${JSON.stringify(await runPledgeLoad(spec))}\n`);
}
