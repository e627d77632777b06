import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type ServerProcess, startServer } from '../support/server-process';

/**
 * R-RATE-1: the sign-in rate limit (20 a minute per client) and the anonymous report limit hold against the real server over TCP.
 * A client cannot escape it by claiming a new X-Forwarded-For on every request; only when the
 * operator says a proxy sets that header (TRUST_PROXY=1) do its values tell clients apart.
 */

const LIMIT = 20;
const ATTEMPTS = LIMIT + 5;

let direct: ServerProcess;
let behindProxy: ServerProcess;
before(async () => {
  [direct, behindProxy] = await Promise.all([startServer(), startServer({ env: { TRUST_PROXY: '1' } })]);
});
after(() => Promise.all([direct?.stop(), behindProxy?.stop()]));

/** Asks for sign-in options `count` times; `forwardedFor(i)` is the address the i-th request claims. */
async function loginAttempts(server: ServerProcess, count: number, forwardedFor: (i: number) => string) {
  const statuses: number[] = [];
  const codes: string[] = [];
  for (let i = 0; i < count; i++) {
    const res = await server.request('POST', '/api/auth/login/options', { headers: { 'x-forwarded-for': forwardedFor(i) } });
    statuses.push(res.status);
    if (res.status === 429) codes.push(((await res.json()) as { error: { code: string } }).error.code);
    else await res.arrayBuffer();
  }
  return { statuses, codes };
}

const spoofed = (i: number) => `198.51.100.${i + 1}`;

test('a fresh X-Forwarded-For on every request does not escape the limit', async () => {
  const { statuses, codes } = await loginAttempts(direct, ATTEMPTS, spoofed);
  assert.deepEqual(statuses.slice(0, LIMIT), Array(LIMIT).fill(200), 'the first 20 attempts are allowed');
  assert.deepEqual(statuses.slice(LIMIT), Array(ATTEMPTS - LIMIT).fill(429), 'every attempt after the 20th is refused');
  assert.deepEqual(codes, Array(ATTEMPTS - LIMIT).fill('rate_limited'));
});

test('behind a trusted proxy, forwarded addresses are distinct clients, each with its own limit', async () => {
  const distinct = await loginAttempts(behindProxy, ATTEMPTS, spoofed);
  assert.deepEqual(distinct.statuses, Array(ATTEMPTS).fill(200), 'different clients do not share one limit');

  const same = await loginAttempts(behindProxy, ATTEMPTS, () => '192.0.2.10');
  assert.deepEqual(same.statuses.slice(0, LIMIT), Array(LIMIT).fill(200));
  assert.deepEqual(same.statuses.slice(LIMIT), Array(ATTEMPTS - LIMIT).fill(429), 'one client is still limited');
  assert.deepEqual(same.codes, Array(ATTEMPTS - LIMIT).fill('rate_limited'));
});

test('anonymous sighting reports are limited per client too, whatever X-Forwarded-For says', async () => {
  const INTAKE_LIMIT = 6; // INTAKE_RATE_LIMIT_PER_MINUTE's default
  const statuses: number[] = [];
  for (let i = 0; i < INTAKE_LIMIT + 3; i++) {
    // An empty report is refused as bad input, but it still counts against the limit.
    const res = await direct.request('POST', '/api/reports', { headers: { 'x-forwarded-for': spoofed(i) }, body: {} });
    statuses.push(res.status);
    await res.arrayBuffer();
  }
  assert.deepEqual(statuses.slice(0, INTAKE_LIMIT), Array(INTAKE_LIMIT).fill(400));
  assert.deepEqual(statuses.slice(INTAKE_LIMIT), Array(3).fill(429));
});
