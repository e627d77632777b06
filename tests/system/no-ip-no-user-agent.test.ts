import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { describeFindings, findIn, scanFiles, scanTables } from '../support/scan';
import { openServerDatabase, type ServerProcess, startServer } from '../support/server-process';

/**
 * R-LOG-1: no IP address or user agent is written to logs or the database. The real server runs
 * with debug logging; requests of every kind carry a canary user agent and forwarded address, and
 * all come from 127.0.0.1. Neither may then appear in its output, any column of any table, or
 * (SQLite) the raw bytes of its database files.
 */

const CANARY_AGENT = 'CanaryAgent/7.7';
const CANARY_IP = '203.0.113.77';
const NEEDLES = ['CanaryAgent', CANARY_IP, '127.0.0.1', '::ffff:127.0.0.1', '::1'];
const canaryHeaders = { 'user-agent': CANARY_AGENT, 'x-forwarded-for': CANARY_IP };

let server: ServerProcess;
before(async () => {
  server = await startServer({ demo: true, logLevel: 'debug' });
});
after(() => server?.stop());

const call = (method: string, path: string, opts: { body?: unknown; cookie?: string; headers?: Record<string, string> } = {}) =>
  server.request(method, path, { ...opts, headers: { ...canaryHeaders, ...opts.headers } });

async function expectStatus(res: Promise<Response>, status: number) {
  const r = await res;
  assert.equal(r.status, status, `${r.url}: ${await r.clone().text()}`);
  return r;
}

/** Reads the session cookie from a sign-in answer, as a browser would keep it. */
function sessionCookie(res: Response): string {
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  assert.ok(cookie, 'sign-in set no cookie');
  return cookie;
}

/** A spread of what the server is asked to do: reads, sign-ins, bad input, missing routes, writes, refusals. */
async function exerciseServer() {
  await expectStatus(call('GET', '/api/health'), 200);
  await expectStatus(server.request('GET', '/api/health'), 200); // plain 127.0.0.1, no canary
  const demo = (await (await expectStatus(call('GET', '/api/auth/demo-members'), 200)).json()) as {
    members: { id: string; displayName: string }[];
  };
  const organiser = demo.members.find((m) => m.displayName.includes('organiser'));
  const newcomer = demo.members.find((m) => m.displayName.includes('new member'));
  assert.ok(organiser && newcomer, 'the demo network has an organiser and a new member');

  const cookie = sessionCookie(await expectStatus(call('POST', '/api/auth/demo-sign-in', { body: { memberId: organiser.id } }), 200));
  await expectStatus(call('GET', '/api/me', { cookie }), 200);
  await expectStatus(call('PATCH', '/api/me', { cookie, body: { displayName: 'Ayaan (demo organiser)', languages: ['so', 'en'] } }), 200);
  const invite = (await (
    await expectStatus(call('POST', '/api/invites', { cookie, body: { roles: ['member'], expiresInHours: 24 } }), 201)
  ).json()) as {
    link: string;
  };
  const token = invite.link.split('#')[1];
  await expectStatus(call('POST', '/api/invites/lookup', { body: { token } }), 200);
  await expectStatus(call('POST', '/api/invites/register/options', { body: { token, displayName: 'Newcomer' } }), 200);
  await expectStatus(call('POST', `/api/members/${newcomer.id}/vouch`, { cookie }), 200);
  await expectStatus(call('POST', '/api/auth/login/options'), 200);
  await expectStatus(call('GET', '/api/invites', { cookie }), 200);

  // Refusals and mistakes, which are where a server is tempted to log who asked.
  await expectStatus(call('POST', '/api/invites/lookup', { body: { token: 'x'.repeat(43) } }), 404);
  await expectStatus(call('POST', '/api/invites/lookup', { body: '{not json' }), 400);
  await expectStatus(call('POST', '/api/invites/lookup', { body: { token: 'short' } }), 400);
  await expectStatus(call('GET', '/api/nope'), 404);
  await expectStatus(call('DELETE', '/api/nope'), 404);
  await expectStatus(call('POST', '/api/invites', { body: { roles: ['member'] } }), 401);
  await expectStatus(
    call('POST', '/api/invites', { cookie, body: { roles: ['member'] }, headers: { origin: 'https://evil.example' } }),
    403,
  );
  await expectStatus(call('GET', '/api/audit', { cookie }), 403);
  const page = await call('GET', '/no/such/page'); // the web app, or a note that it is not built
  assert.ok([200, 503].includes(page.status));
  // Exceed the sign-in rate limit, whose key is the client's address.
  let limited = 0;
  for (let i = 0; i < 25; i++) if ((await call('POST', '/api/auth/login/options')).status === 429) limited++;
  assert.ok(limited > 0, 'the sign-in rate limit was reached');
  await expectStatus(call('POST', '/api/auth/logout', { cookie }), 200);
}

test('no IP address or user agent reaches the logs or the database (R-LOG-1)', async (t) => {
  await exerciseServer();

  const output = server.output();
  assert.match(output, /"level":"debug"|"level":"info"/, 'the server wrote log lines (the check below is not vacuous)');
  const inOutput = findIn(output, NEEDLES, 'server output');
  assert.deepEqual(inOutput, [], describeFindings(inOutput));

  const handle = openServerDatabase(server);
  try {
    const scan = await scanTables(handle.db as never, server.dialect, [...NEEDLES, 'Ayaan']);
    const known = scan.findings.filter((f) => f.needle === 'Ayaan');
    assert.ok(known.length > 0, 'the table scan finds a value known to be stored (the scan works)');
    const leaks = scan.findings.filter((f) => f.needle !== 'Ayaan');
    assert.deepEqual(leaks, [], describeFindings(leaks));
    t.diagnostic(`${server.dialect}: ${scan.values} values in ${scan.columns} columns of ${scan.tables} tables scanned`);
  } finally {
    await handle.close();
  }

  if (server.dialect === 'sqlite') {
    for (const moment of ['while running', 'after shutdown']) {
      if (moment === 'after shutdown') await server.kill('SIGTERM');
      const { files, findings } = scanFiles(server.dataDir, [...NEEDLES, 'Ayaan']);
      assert.ok(
        findings.some((f) => f.needle === 'Ayaan'),
        'the file scan finds a value known to be stored (the scan works)',
      );
      const leaks = findings.filter((f) => f.needle !== 'Ayaan');
      assert.deepEqual(leaks, [], describeFindings(leaks));
      t.diagnostic(`raw bytes ${moment}: ${files.map((f) => f.slice(server.dataDir.length + 1)).join(', ')}`);
    }
  }
});
