import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import webpush from 'web-push';
import { PUSH_CONCURRENCY } from '../src/modules/push/delivery';
import { Limiter } from '../src/modules/push/limiter';
import { PushSender, pushAgent, type SendOptions } from '../src/modules/push/sender';
import type { DeviceSubscription } from '../src/modules/push/test-support/push-service-double';
import { generateVapidKeys, VapidSigner } from '../src/modules/push/vapid';
import { type LoadResult, Tally } from './load';
import type { DoubleRequest } from './support/push-double';
import type { BenchResult, BenchRow } from './writes';

/**
 * Web Push to many subscriptions against a push-service double in its own process (a real HTTPS
 * server on 127.0.0.1 that verifies each VAPID JWT and decrypts each aes128gcm body): web-push's
 * `sendNotification` called for each subscription, against Whistle's sender, which signs one VAPID
 * header per push service and reuses it. Both get the same kept-alive agent and the same number of
 * requests in flight, and alternate run by run.
 */

export interface PushBenchOptions {
  pushes: number;
  repetitions: number;
  /** Requests in flight; Whistle's own setting unless given. */
  concurrency?: number;
}

type Counts = {
  accepted: number;
  refused: number;
  payloads: Record<string, number>;
  reasons: Record<string, number>;
  cpu: NodeJS.CpuUsage;
};

function startDouble() {
  const child = fork(path.join(import.meta.dirname, 'support/push-double.ts'), [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  const next = <T>() =>
    new Promise<T>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the push-service double exited with ${code}`));
      child.once('exit', onExit);
      child.once('message', (m) => {
        child.off('exit', onExit);
        resolve(m as T);
      });
    });
  const ask = <T>(request: DoubleRequest) => {
    const answer = next<T>();
    child.send(request);
    return answer;
  };
  return {
    ready: next<{ ready: { origin: string; ca: string } }>().then((m) => m.ready),
    subscribe: async (n: number, key: string) => (await ask<{ subscriptions: DeviceSubscription[] }>({ subscribe: n, key })).subscriptions,
    counts: async () => (await ask<{ counts: Counts }>({ counts: true })).counts,
    stop: () => child.disconnect(),
  };
}

interface Run extends LoadResult {
  cpuMicrosPerPush: number;
  doubleCpuMicrosPerPush: number;
}

/** Sends to every subscription once, `concurrency` at a time; `send` answers the HTTP status. */
async function runOnce(subs: DeviceSubscription[], concurrency: number, send: (sub: DeviceSubscription) => Promise<number>) {
  const limiter = new Limiter(concurrency);
  const tally = new Tally();
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(subs.map((sub) => limiter.run(() => tally.record(() => send(sub)))));
  const elapsedMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { ...tally.result(elapsedMs), cpuMicrosPerPush: (used.user + used.system) / subs.length };
}

const median = (runs: Run[]) => [...runs].sort((a, b) => a.perSecond - b.perSecond)[Math.floor(runs.length / 2)];

export async function benchPush(options: PushBenchOptions, log: (line: string) => void): Promise<BenchResult> {
  const opts = { ...options, concurrency: options.concurrency ?? PUSH_CONCURRENCY };
  const double = startDouble();
  try {
    const { ca } = await double.ready;
    const vapid = generateVapidKeys();
    const subject = 'mailto:push@localhost';
    const subs = await double.subscribe(opts.pushes, vapid.publicKey);
    const payloadText = JSON.stringify({ kind: 'alert', id: randomUUID() });
    const payload = Buffer.from(payloadText);
    const sendOptions: SendOptions = { ttlSeconds: 7200, urgency: 'high', topic: 'bench-topic' };

    const targets = {
      naive: {
        name: "web-push's sendNotification per subscription",
        run: async (batch: DeviceSubscription[]) => {
          const agent = pushAgent({ maxSockets: opts.concurrency, ca });
          const options = { vapidDetails: { subject, ...vapid }, TTL: 7200, urgency: 'high' as const, topic: 'bench-topic', agent };
          try {
            return await runOnce(batch, opts.concurrency, async (sub) => {
              try {
                return (await webpush.sendNotification(sub, payloadText, options)).statusCode;
              } catch (err) {
                const status = (err as { statusCode?: number }).statusCode;
                if (status) return status;
                throw err;
              }
            });
          } finally {
            agent.destroy();
          }
        },
      },
      whistle: {
        name: "Whistle's sender (VAPID header reused per push service)",
        run: async (batch: DeviceSubscription[]) => {
          // A fresh sender per run: its first push signs, as after a restart.
          const sender = new PushSender(new VapidSigner(vapid, subject, Date.now), pushAgent({ maxSockets: opts.concurrency, ca }));
          try {
            return await runOnce(batch, opts.concurrency, async (sub) => {
              const result = await sender.send({ endpoint: sub.endpoint, ...sub.keys }, payload, sendOptions);
              if ('error' in result) throw new Error(result.error);
              return result.status;
            });
          } finally {
            sender.close();
          }
        },
      },
    };

    /** Runs one target and checks with the double that every push arrived, verified and decrypted. */
    const measured = async (target: (typeof targets)['naive'], batch: DeviceSubscription[]): Promise<Run> => {
      const before = await double.counts();
      const result = await target.run(batch);
      const after = await double.counts();
      const arrived = (after.payloads[payloadText] ?? 0) - (before.payloads[payloadText] ?? 0);
      if (result.ok !== batch.length || arrived !== batch.length || after.refused !== before.refused) {
        throw new Error(`${target.name}: ${result.ok} accepted, ${arrived} decrypted, refusals ${JSON.stringify(after.reasons)}`);
      }
      const doubleCpu = after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system;
      return { ...result, doubleCpuMicrosPerPush: doubleCpu / batch.length };
    };

    const warmup = subs.slice(0, Math.min(1000, subs.length));
    await measured(targets.naive, warmup);
    await measured(targets.whistle, warmup);
    const runs: Record<keyof typeof targets, Run[]> = { naive: [], whistle: [] };
    for (let i = 0; i < opts.repetitions; i++) {
      for (const key of ['naive', 'whistle'] as const) {
        const run = await measured(targets[key], subs);
        log(
          `  ${targets[key].name} run ${i + 1}: ${run.perSecond.toFixed(0)} pushes/s, ${run.cpuMicrosPerPush.toFixed(0)} µs CPU per push`,
        );
        runs[key].push(run);
      }
    }

    const rows: BenchRow[] = (['naive', 'whistle'] as const).map((key) => ({
      target: targets[key].name,
      runs: runs[key],
      median: median(runs[key]),
    }));
    const [naive, whistle] = [median(runs.naive), median(runs.whistle)];
    return {
      title: `Web Push to ${opts.pushes.toLocaleString('en-US')} subscriptions (push-service double on loopback, separate process)`,
      notes: [
        `${opts.pushes} pushes per run, ${opts.concurrency} in flight over one kept-alive HTTPS agent each; ${opts.repetitions} runs per row, ` +
          'the rows alternating, after a 1,000-push warm-up; the median run shown. A push counts when the double answered 201.',
        'The double (its own process) checks every push as a push service would: ES256 signature of the VAPID JWT with the ' +
          "subscription's key, aud, exp ≤ 24 h, TTL/Urgency/Topic headers; then decrypts the aes128gcm body with the " +
          "subscription's private key. Every run is checked: all pushes accepted and decrypted to the payload sent.",
        `Whistle / web-push throughput: ${(whistle.perSecond / naive.perSecond).toFixed(2)}× (target ≥ 1.7×).`,
        `Sender CPU per push (median run): web-push ${naive.cpuMicrosPerPush.toFixed(0)} µs, Whistle ${whistle.cpuMicrosPerPush.toFixed(0)} µs; ` +
          `the double spent ${naive.doubleCpuMicrosPerPush.toFixed(0)} and ${whistle.doubleCpuMicrosPerPush.toFixed(0)} µs per push checking them.`,
        'Both encrypt every message with a fresh ECDH key pair and salt (RFC 8291); only the VAPID signature is reused.',
      ],
      rows,
      baseline: targets.naive.name,
    };
  } finally {
    double.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const num = (name: string, fallback: number) => {
    const v = Number(process.env[name]);
    return Number.isFinite(v) && v > 0 ? v : fallback;
  };
  const result = await benchPush(
    {
      pushes: num('BENCH_PUSHES', 10_000),
      repetitions: num('BENCH_REPETITIONS', 3),
      concurrency: num('BENCH_PUSH_CONCURRENCY', PUSH_CONCURRENCY),
    },
    (line) => process.stdout.write(`${line}\n`),
  );
  process.stdout.write(`\n### ${result.title}\n\n${result.notes.map((n) => `- ${n}`).join('\n')}\n\n`);
  for (const row of result.rows) {
    process.stdout.write(
      `${row.target}: ${row.median.perSecond.toFixed(0)}/s (runs ${row.runs.map((r) => r.perSecond.toFixed(0)).join(', ')})\n`,
    );
  }
}
