import type { TestApp } from '../../../test-support/test-app';
import type { Assembly } from '../contract';
import { createAssembly, joined, type Member, ok } from '../test-helpers';
import type { DelegateElection } from './contract';

export { errorOf, type Member, ok } from '../test-helpers';

export interface Federation {
  organiser: Member;
  citywide: Assembly;
  neighbourhood: Assembly;
  facilitator: Member;
  /** Members of the neighbourhood assembly (vouched for). */
  neighbours: Member[];
}

/** A citywide federation with one neighbourhood assembly: a facilitator and `count` members. */
export async function federation(t: TestApp, count = 5, seats = 1): Promise<Federation> {
  const organiser = await t.signIn({ roles: ['organiser'], displayName: 'Organiser' });
  const citywide = await createAssembly(t, organiser, {
    name: 'Citywide assembly',
    kind: 'federation',
    rules: { proposers: 'facilitators' },
  });
  const neighbourhood = await createAssembly(t, organiser, { name: 'Phillips assembly', parentId: citywide.id, delegateSeats: seats });
  const [facilitator] = await joined(t, neighbourhood.id, 1, 'Facilitator');
  await ok(
    t.call('PUT', `/api/assemblies/${neighbourhood.id}/members/${facilitator?.id}`, {
      cookie: organiser.cookie,
      body: { role: 'facilitator' },
    }),
  );
  return { organiser, citywide, neighbourhood, facilitator: facilitator as Member, neighbours: await joined(t, neighbourhood.id, count) };
}

export const electionsPath = (assemblyId: string) => `/api/assemblies/${assemblyId}/delegate-elections`;

export const startElection = (t: TestApp, who: Member, assemblyId: string, body: Record<string, unknown>) =>
  t.call('POST', electionsPath(assemblyId), { cookie: who.cookie, body: { title: 'Our delegate to the citywide assembly', ...body } });

export const electionAction = (t: TestApp, who: Member, assemblyId: string, electionId: string, action: string, body?: unknown) =>
  t.call('POST', `${electionsPath(assemblyId)}/${electionId}/${action}`, { cookie: who.cookie, body: body ?? {} });

/** Ranks candidates by member and returns the receipt. */
export async function rank(t: TestApp, voter: Member, election: DelegateElection, members: readonly Member[]) {
  const ranking = members.map((m) => election.candidates.find((c) => c.memberId === m.id)?.id);
  const cast = await ok<{ receipt: string }>(
    t.call('POST', `/api/elections/${election.electionId}/ballot`, { cookie: voter.cookie, body: { ranking } }),
    201,
  );
  return cast.receipt;
}

/** Starts an election open now with `candidates`, has `votes` cast, closes it and answers what was seated. */
export async function electDelegate(t: TestApp, f: Federation, candidates: Member[], votes: [Member, Member[]][]) {
  const election = await ok<DelegateElection>(
    startElection(t, f.facilitator, f.neighbourhood.id, { candidateIds: candidates.map((c) => c.id) }),
    201,
  );
  for (const [voter, ranking] of votes) await rank(t, voter, election, ranking);
  return ok<DelegateElection>(electionAction(t, f.facilitator, f.neighbourhood.id, election.electionId, 'close'));
}
