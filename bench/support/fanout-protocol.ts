/** Messages between the fan-out benchmark and its server and client processes (over fork IPC). */

export type ToServer = { kind: 'cpu-start' } | { kind: 'cpu-stop' } | { kind: 'frame'; frame: string };
export type FromServer =
  | { kind: 'ready'; port: number; setup?: WhistleSetup }
  | { kind: 'cpu-started' }
  | { kind: 'cpu'; userMicros: number; systemMicros: number };

/** What the Whistle server made before listening: members with sessions, two verifiers, a confirmed report. */
export interface WhistleSetup {
  memberCookies: string[];
  verifierCookies: [string, string];
  reportId: string;
}

export type ToClients = { kind: 'connect'; url: string; cookies: (string | null)[]; concurrency: number };
export type FromClients =
  | { kind: 'connected'; count: number }
  | { kind: 'received'; count: number; first: number; last: number; frame: string }
  | { kind: 'failed'; error: string };

/** Wall-clock milliseconds with sub-millisecond precision, comparable between processes on one machine. */
export const wallNow = () => performance.timeOrigin + performance.now();

/** Answers the benchmark's CPU questions from inside a server process: user and system time between start and stop. */
export function answerCpuProbe(onFrame?: (frame: string) => void) {
  let started: NodeJS.CpuUsage | null = null;
  process.on('message', (message: ToServer) => {
    if (message.kind === 'frame') onFrame?.(message.frame);
    if (message.kind === 'cpu-start') {
      started = process.cpuUsage();
      process.send?.({ kind: 'cpu-started' } satisfies FromServer);
    }
    if (message.kind === 'cpu-stop' && started) {
      const used = process.cpuUsage(started);
      process.send?.({ kind: 'cpu', userMicros: used.user, systemMicros: used.system } satisfies FromServer);
    }
  });
}
