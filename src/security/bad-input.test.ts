import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { listColumns } from '../core/db/portable';
import { createTestApp, type TestApp } from '../test-support/test-app';

/**
 * Bad input to every route, read from the OpenAPI document: each answer is a 4xx with
 * `{ error: { code, message, field? } }`, never a 5xx, and no table changes (nothing half-written).
 */
type Schema = { $ref?: string; type?: string | string[]; properties?: Record<string, Schema> };
type Operation = { requestBody?: { content: Record<string, { schema: Schema } | undefined> }; parameters?: { in: string; name: string }[] };

let t: TestApp;
let doc: { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };
let adminCookie: string;

before(async () => {
  t = await createTestApp();
  adminCookie = (await t.signIn({ roles: ['admin'] })).cookie;
  doc = (await (await t.call('GET', '/api/openapi.json')).json()) as typeof doc;
});
after(() => t.close());

const resolve = (s: Schema): Schema => (s.$ref ? resolve(doc.components.schemas[s.$ref.split('/').pop() ?? '']) : s);

/** An object whose every property has the wrong type. */
function wrongTypes(schema: Schema): Record<string, unknown> | undefined {
  const props = resolve(schema).properties;
  if (!props || !Object.keys(props).length) return undefined;
  return Object.fromEntries(
    Object.entries(props).map(([name, p]) => {
      const type = resolve(p).type;
      return [name, type === 'string' || (Array.isArray(type) && type.includes('string')) ? 12345 : 'not-the-right-type'];
    }),
  );
}

async function rowCounts(): Promise<Record<string, number>> {
  const tables = [...new Set((await listColumns(t.db as never, t.ctx.dialect)).map((c) => c.table))];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const r = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(t.db);
    counts[table] = Number(r.rows[0].n);
  }
  return counts;
}

test('every route answers bad input with a 4xx error naming the problem, and writes nothing', async () => {
  const problems: string[] = [];
  let cases = 0;
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const attempts: { label: string; path: string; body?: unknown }[] = [];
      const hasParams = (op.parameters ?? []).some((p) => p.in === 'path');
      const validPath = path.replace(/\{\w+\}/g, '00000000-0000-7000-8000-000000000000');
      if (hasParams)
        attempts.push({ label: 'over-long id', path: path.replace(/\{\w+\}/g, 'x'.repeat(65)), body: op.requestBody ? {} : undefined });
      if (op.requestBody) {
        attempts.push({ label: 'not JSON', path: validPath, body: '{"unterminated' });
        attempts.push({ label: 'JSON array', path: validPath, body: [1, 2, 3] });
        attempts.push({ label: 'JSON null', path: validPath, body: 'null' });
        // Raw uploads (photos, video) document another media type; sending them JSON is bad input too.
        const jsonSchema = op.requestBody.content['application/json']?.schema;
        const wrong = jsonSchema && wrongTypes(jsonSchema);
        if (wrong) attempts.push({ label: 'wrong types', path: validPath, body: wrong });
      }
      if ((op.parameters ?? []).some((p) => p.in === 'query'))
        attempts.push({ label: 'bad query', path: `${validPath}?limit=-5&before=abc` });

      for (const attempt of attempts) {
        cases += 1;
        const before = await rowCounts();
        const res = await t.call(method.toUpperCase(), attempt.path, { cookie: adminCookie, body: attempt.body });
        const body = (await res.json().catch(() => null)) as { error?: { code?: unknown; message?: unknown } } | null;
        const where = `${method.toUpperCase()} ${path} (${attempt.label})`;
        if (res.status < 400 || res.status >= 500) problems.push(`${where}: status ${res.status}`);
        if (typeof body?.error?.code !== 'string' || typeof body.error.message !== 'string')
          problems.push(`${where}: no {error:{code,message}}`);
        const after = await rowCounts();
        for (const table of Object.keys(after)) {
          if (after[table] !== before[table]) problems.push(`${where}: wrote to ${table}`);
        }
      }
    }
  }
  assert.ok(cases > 20, `only ${cases} cases were tried`);
  assert.deepEqual(problems, []);
});

test('a validation error names the field', async () => {
  const res = await t.call('POST', '/api/invites', { cookie: adminCookie, body: { roles: ['member'], expiresInHours: 'soon' } });
  assert.equal(res.status, 400);
  assert.deepEqual(Object.keys(((await res.json()) as { error: object }).error).sort(), ['code', 'field', 'message']);
});
