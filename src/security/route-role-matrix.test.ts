import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ACCESS_DENIED_CODES, ACCESS_EXTENSION } from '../core/http/route';
import { ROLES, type Role } from '../core/roles';
import { startSession } from '../modules/members';
import { createTestApp, type TestApp } from '../test-support/test-app';

/**
 * R-AUTHZ-1: every API route, read from the OpenAPI document (so a new route is covered the day it
 * is added), is called as every kind of caller, and the answer must match the route's declared rule.
 */
type Access = 'public' | 'signed_in' | 'trusted' | Role[];
type Caller = { name: string; memberId?: string; roles: Role[]; trusted: boolean };

/** The rule, written out plainly and independently of the server's own implementation. */
function expectedAllowed(access: Access, caller: Caller): boolean {
  if (access === 'public') return true;
  if (!caller.memberId) return false;
  if (access === 'signed_in') return true;
  if (!caller.trusted) return false;
  if (access === 'trusted') return true;
  return caller.roles.includes('admin') || access.some((r) => caller.roles.includes(r));
}

let t: TestApp;
const callers: Caller[] = [{ name: 'anonymous', roles: [], trusted: false }];
let operations: { method: string; path: string; access: Access; hasBody: boolean }[] = [];

before(async () => {
  t = await createTestApp();
  const unvouched = await t.signIn({ roles: ['organiser'], trusted: false });
  callers.push({ name: 'unvouched organiser', memberId: unvouched.id, roles: ['member', 'organiser'], trusted: false });
  for (const role of ROLES) {
    const m = await t.signIn({ roles: [role] });
    callers.push({ name: role, memberId: m.id, roles: [...new Set<Role>(['member', role])], trusted: true });
  }
  const doc = (await (await t.call('GET', '/api/openapi.json')).json()) as {
    paths: Record<string, Record<string, { [ACCESS_EXTENSION]?: Access; requestBody?: unknown }>>;
  };
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      operations.push({ method: method.toUpperCase(), path, access: op[ACCESS_EXTENSION] as Access, hasBody: !!op.requestBody });
    }
  }
  operations = operations.sort((a, b) => a.path.localeCompare(b.path));
});
after(() => t.close());

test('every route declares who may call it', () => {
  assert.ok(operations.length >= 15, `only ${operations.length} operations found`);
  for (const op of operations) assert.ok(op.access, `${op.method} ${op.path} has no ${ACCESS_EXTENSION}`);
});

test('no API route exists outside the OpenAPI document', () => {
  const documented = new Set(operations.map((op) => `${op.method} ${op.path.replace(/\{(\w+)\}/g, ':$1')}`));
  const undocumented = t.app.routes
    .filter(
      (r) => r.path.startsWith('/api/') && r.method !== 'ALL' && !['/api/openapi.json', '/api/docs', '/api/docs.css'].includes(r.path),
    )
    .map((r) => `${r.method} ${r.path}`)
    .filter((r) => !documented.has(r));
  assert.deepEqual([...new Set(undocumented)], []);
});

test('every route × every caller: allowed callers get through, others get 401/403', async () => {
  const mismatches: string[] = [];
  for (const op of operations) {
    for (const caller of callers) {
      // A fresh session per call: some routes (sign out) end the session they are called with.
      const cookie = caller.memberId ? `whistle_session=${(await startSession(t.ctx, caller.memberId)).token}` : undefined;
      const path = op.path.replace(/\{\w+\}/g, '00000000-0000-7000-8000-000000000000');
      const res = await t.call(op.method, path, {
        cookie,
        body: op.hasBody ? {} : undefined,
        headers: { accept: 'text/event-stream, */*' },
      });
      // A live event stream never ends: that it opened at all means the caller was let in.
      const streaming = res.headers.get('content-type')?.startsWith('text/event-stream');
      if (streaming) await res.body?.cancel();
      const body = (streaming ? {} : await res.json().catch(() => ({}))) as { error?: { code?: string } };
      const denied =
        (res.status === 401 || res.status === 403) && (ACCESS_DENIED_CODES as readonly string[]).includes(body.error?.code ?? '');
      const allowed = expectedAllowed(op.access, caller);
      if (allowed === denied) {
        mismatches.push(
          `${op.method} ${op.path} as ${caller.name}: expected ${allowed ? 'allowed' : 'denied'}, got ${res.status} ${body.error?.code ?? ''}`,
        );
      }
      if (res.status >= 500) mismatches.push(`${op.method} ${op.path} as ${caller.name}: server error ${res.status}`);
    }
  }
  assert.deepEqual(mismatches, []);
});

test('spot checks of the generated matrix', () => {
  const find = (method: string, path: string) => operations.find((o) => o.method === method && o.path === path)?.access;
  assert.deepEqual(find('GET', '/api/audit'), ['admin']);
  assert.deepEqual(find('POST', '/api/invites'), ['organiser']);
  assert.equal(find('GET', '/api/members'), 'trusted');
  assert.equal(find('GET', '/api/me'), 'signed_in');
  assert.equal(find('GET', '/api/health'), 'public');
});
