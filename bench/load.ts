import http from 'node:http';

/**
 * The load generator, run as its own process so it does not share an event loop with the server it
 * measures: `connections` keep-alive connections each send the same request back to back for
 * `durationMs`, then it prints one JSON line of results. Only 127.0.0.1 is allowed as a target.
 */

export interface LoadSpec {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  connections: number;
  durationMs: number;
}

export interface LoadResult {
  /** Answers with a 2xx status: acknowledged requests. */
  ok: number;
  /** Answers with any other status. */
  rejected: number;
  /** Requests that failed without an answer (connection errors, timeouts). */
  failed: number;
  elapsedMs: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

const REQUEST_TIMEOUT_MS = 10_000;

function send(agent: http.Agent, url: URL, spec: LoadSpec): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: spec.method, headers: spec.headers, agent, timeout: REQUEST_TIMEOUT_MS }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(spec.body);
  });
}

export const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : 0;

export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const url = new URL(spec.url);
  if (url.hostname !== '127.0.0.1') throw new Error(`Refusing to send load anywhere but 127.0.0.1 (got ${url.hostname})`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: spec.connections });
  const latencies: number[] = [];
  let ok = 0;
  let rejected = 0;
  let failed = 0;
  const started = performance.now();
  const until = started + spec.durationMs;
  const connection = async () => {
    while (performance.now() < until) {
      const t0 = performance.now();
      try {
        const status = await send(agent, url, spec);
        latencies.push(performance.now() - t0);
        if (status >= 200 && status < 300) ok++;
        else rejected++;
      } catch {
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: spec.connections }, connection));
  const elapsedMs = performance.now() - started;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    ok,
    rejected,
    failed,
    elapsedMs,
    perSecond: ok / (elapsedMs / 1000),
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const spec = JSON.parse(process.argv[2] ?? '') as LoadSpec;
  // However the server behaves, this process ends: the run is bounded.
  setTimeout(
    () => {
      process.stderr.write('load generator overran its time limit\n');
      process.exit(2);
    },
    spec.durationMs + 2 * REQUEST_TIMEOUT_MS,
  ).unref();
  const result = await runLoad(spec);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
