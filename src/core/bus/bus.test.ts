import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { connect } from 'nats';
import { type Bus, type BusEvent, createInProcessBus, subjectMatches } from './bus';
import { createNatsBus } from './nats-bus';

const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';

function nextEvent<T>(bus: Bus, pattern: string): Promise<BusEvent<T>> {
  return new Promise((resolve) => {
    const stop = bus.subscribe<T>(pattern, (e) => {
      stop();
      resolve(e);
    });
  });
}

test('subjects match exactly or by a trailing wildcard', () => {
  assert.ok(subjectMatches('report.filed', 'report.filed'));
  assert.ok(subjectMatches('report.>', 'report.filed'));
  assert.ok(!subjectMatches('report.>', 'reports.filed'));
  assert.ok(!subjectMatches('report.filed', 'report.filed.again'));
});

test('the in-process bus delivers to matching subscribers only', async () => {
  const bus = createInProcessBus();
  const got: string[] = [];
  bus.subscribe('alert.>', (e) => void got.push(e.subject));
  const stop = bus.subscribe('member.joined', (e) => void got.push(e.subject));
  stop();
  await bus.publish('alert.sent', {});
  await bus.publish('member.joined', {});
  assert.deepEqual(got, ['alert.sent']);
});

test('an in-process publish returns after its handlers finished, and a failing handler does not fail it', async () => {
  const failures: string[] = [];
  const bus = createInProcessBus((subject) => failures.push(subject));
  const done: string[] = [];
  bus.subscribe('report.confirmed', async () => {
    await new Promise((resolve) => setImmediate(resolve));
    done.push('dispatch');
  });
  bus.subscribe('report.confirmed', async () => {
    throw new Error('subscriber broke');
  });
  await bus.publish('report.confirmed', {});
  assert.deepEqual(done, ['dispatch']);
  assert.deepEqual(failures, ['report.confirmed']);
});

async function natsReachable(): Promise<boolean> {
  try {
    const nc = await connect({ servers: NATS_URL, timeout: 1000 });
    await nc.close();
    return true;
  } catch {
    return false;
  }
}

test('two nodes share events through NATS JetStream', async (t) => {
  if (!(await natsReachable())) {
    if (process.env.CI === 'true') assert.fail(`NATS is not reachable at ${NATS_URL}`);
    t.skip(`NATS not reachable at ${NATS_URL}; multi-node bus test skipped`);
    return;
  }
  const stream = `WHISTLE_TEST_${randomBytes(4).toString('hex').toUpperCase()}`;
  const nodeA = await createNatsBus(NATS_URL, { stream });
  const nodeB = await createNatsBus(NATS_URL, { stream });
  try {
    const onB = nextEvent<{ id: string }>(nodeB, 'alert.>');
    // The consumer is created asynchronously; publish until the other node has it.
    let received: BusEvent<{ id: string }> | undefined;
    onB.then((e) => {
      received = e;
    });
    for (let i = 0; i < 50 && !received; i++) {
      await nodeA.publish('alert.sent', { id: 'a1' });
      await Promise.race([onB, new Promise((r) => setTimeout(r, 100))]);
    }
    assert.deepEqual(received, { subject: 'alert.sent', data: { id: 'a1' } });
  } finally {
    await nodeA.close();
    await nodeB.close();
    const nc = await connect({ servers: NATS_URL });
    await (await nc.jetstreamManager()).streams.delete(stream);
    await nc.close();
  }
});
