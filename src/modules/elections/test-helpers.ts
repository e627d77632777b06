import assert from 'node:assert/strict';
import type { TestApp } from '../../test-support/test-app';
import { type ElectionAccess, registerElectionGate } from './gate';
import type { ElectionCandidateTable, ElectionTable } from './schema';
import { closeElection, createElection } from './service';

export type Member = Awaited<ReturnType<TestApp['signIn']>>;

/** Elections these tests made: everyone signed in sees them, the members listed vote. */
const electorates = new Map<string, Set<string>>();
registerElectionGate(async (_ctx, electionId, principal): Promise<ElectionAccess | null> => {
  const voters = electorates.get(electionId);
  if (!voters) return null;
  return { view: true, vote: voters.has(principal.memberId), context: { title: 'Test assembly', path: '/assemblies/test' } };
});

export async function testElection(
  t: TestApp,
  opts: { seats?: number; names: string[]; voters: readonly Member[]; opensAt?: number; closesAt?: number },
): Promise<{ election: ElectionTable; candidates: Map<string, ElectionCandidateTable> }> {
  const election = await t.db.transaction().execute((tx) =>
    createElection(t.ctx, tx, {
      title: 'Delegates to the citywide assembly',
      seats: opts.seats ?? 1,
      candidates: opts.names.map((name) => ({ name, memberId: null })),
      opensAt: opts.opensAt ?? t.clock.now(),
      closesAt: opts.closesAt ?? null,
      createdBy: null,
    }),
  );
  electorates.set(election.id, new Set(opts.voters.map((v) => v.id)));
  const rows = await t.db.selectFrom('electionCandidate').selectAll().where('electionId', '=', election.id).execute();
  return { election, candidates: new Map(rows.map((c) => [c.name, c])) };
}

/** Casts `voter`'s ranking (by candidate names) and returns the receipt. */
export async function vote(
  t: TestApp,
  electionId: string,
  voter: Member,
  ranking: readonly string[],
  ids: Map<string, ElectionCandidateTable>,
) {
  const res = await t.call('POST', `/api/elections/${electionId}/ballot`, {
    cookie: voter.cookie,
    body: { ranking: ranking.map((name) => ids.get(name)?.id ?? name) },
  });
  assert.equal(res.status, 201, await res.clone().text());
  return ((await res.json()) as { receipt: string }).receipt;
}

export const closeTestElection = (t: TestApp, electionId: string) =>
  t.db.transaction().execute((tx) => closeElection(t.ctx, tx, electionId));

export async function errorOf(res: Response): Promise<{ code: string; field?: string; message: string }> {
  return ((await res.json()) as { error: { code: string; field?: string; message: string } }).error;
}
