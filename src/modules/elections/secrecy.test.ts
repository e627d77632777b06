import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ACCESS_EXTENSION } from '../../core/http/route';
import { ROLES } from '../../core/roles';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { closeTestElection, type Member, testElection, vote } from './test-helpers';

/**
 * A secret ballot cannot be linked to its voter through the API: every GET route of elections (read
 * from the OpenAPI document, so a new one is covered), as every role, for an open and a closed
 * election, with every voter's receipt — no answer holds a voter's member id, so none holds a voter
 * together with a ballot. The test gate shows these elections to everyone: the most that can be seen.
 */

let t: TestApp;
let callers: (Member | null)[];
let voters: Member[];
let getRoutes: string[];
before(async () => {
  t = await createTestApp();
  voters = [];
  for (const role of ROLES) voters.push(await t.signIn({ roles: [role], displayName: `Voter ${role}` }));
  callers = [null, ...voters, await t.signIn({ roles: ['organiser'], trusted: false })];
  const doc = (await (await t.call('GET', '/api/openapi.json')).json()) as {
    paths: Record<string, Record<string, { [ACCESS_EXTENSION]?: unknown }>>;
  };
  getRoutes = Object.entries(doc.paths).flatMap(([path, ops]) => (path.startsWith('/api/elections') && ops.get ? [path] : []));
});
after(() => t.close());

test('no GET route of elections, as any caller, returns a voter, let alone with their ballot', async () => {
  assert.deepEqual(getRoutes.sort(), [
    '/api/elections/{id}',
    '/api/elections/{id}/ballots',
    '/api/elections/{id}/receipt/{code}',
    '/api/elections/{id}/results',
  ]);
  const names = ['Hodan', 'Tou', 'Marisol'];
  const open = await testElection(t, { names, voters });
  const closed = await testElection(t, { names, voters });
  const receipts: string[] = [];
  for (const [i, voter] of voters.entries()) {
    const ranking = [names[i % 3] as string, names[(i + 1) % 3] as string];
    receipts.push(await vote(t, open.election.id, voter, ranking, open.candidates));
    receipts.push(await vote(t, closed.election.id, voter, ranking, closed.candidates));
  }
  await closeTestElection(t, closed.election.id);

  const voterIds = voters.map((v) => v.id);
  let answered = 0;
  let receiptsShown = 0;
  for (const electionId of [open.election.id, closed.election.id]) {
    for (const route of getRoutes) {
      const codes = route.includes('{code}') ? receipts : [''];
      for (const code of codes) {
        const path = route.replace('{id}', electionId).replace('{code}', code);
        for (const caller of callers) {
          const res = await t.call('GET', path, { cookie: caller?.cookie });
          const body = await res.text();
          assert.ok(res.status < 500, `${path}: ${res.status}`);
          if (res.status === 200) answered++;
          const leaked = voterIds.filter((id) => body.includes(id));
          assert.deepEqual(leaked, [], `GET ${path} as ${caller?.id ?? 'anonymous'} names a voter`);
          if (receipts.some((r) => body.includes(r))) receiptsShown++;
        }
      }
    }
  }
  // The scan saw ballots (and their receipts) where they are published: it would have seen a voter beside them.
  assert.ok(answered > 100, `only ${answered} answers`);
  assert.ok(receiptsShown > 50, `receipts seen in only ${receiptsShown} answers`);
});
