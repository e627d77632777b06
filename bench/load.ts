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

/** Counts answers by kind and keeps each request's latency, for a LoadResult at the end. */
export class Tally {
  private ok = 0;
  private rejected = 0;
  private failed = 0;
  private readonly latencies: number[] = [];

  /** Times one request; `send` answers the HTTP status and throws when there is no answer. */
  async record(send: () => Promise<number>) {
    const t0 = performance.now();
    try {
      const status = await send();
      this.latencies.push(performance.now() - t0);
      if (status >= 200 && status < 300) this.ok++;
      else this.rejected++;
    } catch {
      this.failed++;
    }
  }

  result(elapsedMs: number): LoadResult {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return {
      ok: this.ok,
      rejected: this.rejected,
      failed: this.failed,
      elapsedMs,
      perSecond: this.ok / (elapsedMs / 1000),
      p50Ms: percentile(sorted, 0.5),
      p99Ms: percentile(sorted, 0.99),
    };
  }
}

export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const url = new URL(spec.url);
  if (url.hostname !== '127.0.0.1') throw new Error(`Refusing to send load anywhere but 127.0.0.1 (got ${url.hostname})`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: spec.connections });
  const tally = new Tally();
  const started = performance.now();
  const until = started + spec.durationMs;
  const connection = async () => {
    while (performance.now() < until) await tally.record(() => send(agent, url, spec));
  };
  await Promise.all(Array.from({ length: spec.connections }, connection));
  const elapsedMs = performance.now() - started;
  agent.destroy();
  return tally.result(elapsedMs);
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
