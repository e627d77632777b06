import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { openServerDatabase, type ServerProcess, startServer } from '../support/server-process';

/**
 * R-DUR-1: a write the server acknowledged survives `kill -9`. Concurrent writers create invites
 * through the API; the server is killed at a random moment, restarted, and every invite whose
 * creation got a 2xx answer must be in the database — checked through the API after each restart and,
 * at the end, by reading the table straight from the database with the server dead.
 */

const CYCLES = Number(process.env.DURABILITY_CYCLES ?? 50);
const WRITERS = 8;
const NEW_INVITE = { roles: ['member'], expiresInHours: 24 };

let server: ServerProcess;
before(async () => {
  server = await startServer({ admin: true, logLevel: 'error' });
});
after(() => server?.stop());

interface CycleResult {
  acked: string[];
  /** 2xx answers whose body was cut off by the kill, so the id is unknown. */
  ackedWithoutBody: number;
  failed: number;
  /** Called at every acknowledged write; the cycle waits for the first. */
  onAck: () => void;
}

/** One writer: creates invites until the server stops answering. */
async function writeUntilKilled(result: CycleResult) {
  for (;;) {
    let res: Response;
    try {
      res = await server.request('POST', '/api/invites', { body: NEW_INVITE, cookie: server.adminCookie });
    } catch {
      result.failed++;
      return;
    }
    if (res.status < 200 || res.status >= 300) {
      const text = await res.text().catch(() => '');
      throw new Error(`POST /api/invites answered ${res.status}: ${text}`);
    }
    try {
      const { id } = (await res.json()) as { id: string };
      result.acked.push(id);
      result.onAck();
    } catch {
      result.ackedWithoutBody++;
      return;
    }
  }
}

async function runCycle(): Promise<CycleResult> {
  let onAck = () => {};
  const firstAck = new Promise<void>((resolve) => {
    onAck = resolve;
  });
  const result: CycleResult = { acked: [], ackedWithoutBody: 0, failed: 0, onAck };
  const writers = Array.from({ length: WRITERS }, () => writeUntilKilled(result));
  // The kill lands at a random moment once writes are flowing, not while the fresh server warms up.
  await Promise.race([firstAck, sleep(10_000)]);
  await sleep(Math.random() * 300);
  await server.kill('SIGKILL');
  await Promise.all(writers);
  return result;
}

async function storedInviteIds(): Promise<Set<string>> {
  const res = await server.request('GET', '/api/invites', { cookie: server.adminCookie });
  assert.equal(res.status, 200);
  const { invites } = (await res.json()) as { invites: { id: string }[] };
  return new Set(invites.map((i) => i.id));
}

test(`every acknowledged write survives kill -9 (${CYCLES} cycles)`, { timeout: 600_000 }, async (t) => {
  const acked: string[] = [];
  let ackedWithoutBody = 0;
  let failed = 0;
  const started = Date.now();
  for (let cycle = 1; cycle <= CYCLES; cycle++) {
    const result = await runCycle();
    acked.push(...result.acked);
    ackedWithoutBody += result.ackedWithoutBody;
    failed += result.failed;
    await server.restart();
    const stored = await storedInviteIds();
    const lost = result.acked.filter((id) => !stored.has(id));
    assert.deepEqual(lost, [], `cycle ${cycle}: acknowledged invites missing after kill -9`);
  }
  assert.ok(acked.length >= CYCLES, `too few writes were acknowledged (${acked.length}) for the test to mean anything`);

  // Finally, with the server killed once more, read the table itself through a fresh connection.
  await server.kill('SIGKILL');
  const handle = openServerDatabase(server);
  try {
    const rows = await handle.db.selectFrom('invite').select('id').where('kind', '=', 'join').execute();
    const inTable = new Set(rows.map((r) => r.id));
    const lost = acked.filter((id) => !inTable.has(id));
    assert.deepEqual(lost, [], 'acknowledged invites missing from the invite table');
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const summary =
      `R-DUR-1 on ${server.dialect}: ${CYCLES} kill -9 cycles in ${seconds} s, ${acked.length} writes acknowledged, ` +
      `all ${acked.length} found after restart; ${rows.length} invites in the table ` +
      `(${rows.length - acked.length} committed but unacknowledged), ${failed} requests cut off by the kill, ` +
      `${ackedWithoutBody} 2xx answers cut off mid-body`;
    t.diagnostic(summary);
  } finally {
    await handle.close();
  }
});
