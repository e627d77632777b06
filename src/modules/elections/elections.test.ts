import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { HOUR } from '../../core/clock';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import type { Election, ElectionResults, FoundBallot, PublishedBallots } from './contract';
import { createElection } from './service';
import { closeTestElection, errorOf, type Member, testElection, vote } from './test-helpers';

let t: TestApp;
let voters: Member[];
let outsider: Member;
before(async () => {
  t = await createTestApp();
  voters = [];
  for (let i = 0; i < 11; i++) voters.push(await t.signIn({ displayName: `Voter ${i}` }));
  outsider = await t.signIn({ displayName: 'Not in the assembly' });
});
after(() => t.close());

const get = (path: string, who: Member) => t.call('GET', path, { cookie: who.cookie });

test('a ballot ranks known candidates once each; only the electorate votes, once, while voting is open', async () => {
  const { election, candidates } = await testElection(t, { names: ['Hodan', 'Tou', 'Marisol'], voters, opensAt: t.clock.now() + HOUR });
  const path = `/api/elections/${election.id}`;
  const [alice, bob] = voters as [Member, Member];
  const ids = (...names: string[]) => names.map((n) => candidates.get(n)?.id);
  const cast = (who: Member, ranking: unknown) => t.call('POST', `${path}/ballot`, { cookie: who.cookie, body: { ranking } });

  const early = await cast(alice, ids('Hodan'));
  assert.deepEqual([early.status, (await errorOf(early)).code], [409, 'voting_not_open']);
  t.clock.advance(HOUR);
  const unknown = await cast(alice, [...ids('Hodan'), 'nobody']);
  assert.deepEqual([unknown.status, (await errorOf(unknown)).field], [400, 'ranking.1']);
  const twice = await cast(alice, ids('Tou', 'Hodan', 'Tou'));
  assert.deepEqual(
    [twice.status, (await errorOf(twice)).code, (await errorOf(await cast(alice, ids('Tou', 'Tou')))).field],
    [400, 'invalid_ranking', 'ranking.1'],
  );
  assert.equal((await cast(alice, [])).status, 400);
  const stranger = await cast(outsider, ids('Hodan'));
  assert.deepEqual([stranger.status, (await errorOf(stranger)).code], [403, 'not_eligible']);
  assert.equal((await t.db.selectFrom('ballotBoxBallot').select('receipt').where('boxId', '=', election.ballotBoxId).execute()).length, 0);

  const before = (await (await get(path, alice)).json()) as Election;
  assert.deepEqual([before.phase, before.mine, before.ballotsCast], ['open', { canVote: true, voted: false }, 0]);
  const receipt = await vote(t, election.id, alice, ['Tou', 'Hodan'], candidates);
  const again = await cast(alice, ids('Hodan'));
  assert.deepEqual([again.status, (await errorOf(again)).code], [409, 'already_voted']);
  const after = (await (await get(path, alice)).json()) as Election;
  assert.deepEqual([after.mine, after.ballotsCast], [{ canVote: false, voted: true }, 1]);
  assert.deepEqual(((await (await get(path, outsider)).json()) as Election).mine, { canVote: false, voted: false });

  // Before the close: the voter finds their ballot by receipt; nothing else is published.
  const mine = (await (await get(`${path}/receipt/${receipt.toLowerCase().replaceAll('-', '')}`, bob)).json()) as FoundBallot;
  assert.deepEqual(mine, { receipt, ranking: ids('Tou', 'Hodan') });
  assert.equal((await get(`${path}/receipt/AAAA-AAAA-AAAA`, bob)).status, 404);
  for (const hidden of ['results', 'ballots']) {
    const res = await get(`${path}/${hidden}`, alice);
    assert.deepEqual([res.status, (await errorOf(res)).code], [409, 'election_not_closed']);
  }
  await closeTestElection(t, election.id);
  const late = await cast(bob, ids('Hodan'));
  assert.deepEqual([late.status, (await errorOf(late)).code], [409, 'ballot_closed']);
});

test('one seat: an instant runoff, round by round, with the transfers of each round and the published ballots', async () => {
  const { election, candidates } = await testElection(t, { names: ['Hodan', 'Tou', 'Marisol'], voters });
  const rankings = [
    ['Hodan'],
    ['Hodan', 'Tou'],
    ['Hodan'],
    ['Hodan'],
    ['Tou', 'Hodan'],
    ['Tou'],
    ['Tou'],
    ['Tou'],
    ['Marisol', 'Tou'],
    ['Marisol', 'Tou'],
    ['Marisol'],
  ];
  const receipts = [];
  for (const [i, ranking] of rankings.entries()) receipts.push(await vote(t, election.id, voters[i] as Member, ranking, candidates));
  const winners = await closeTestElection(t, election.id);
  const id = (name: string) => candidates.get(name)?.id as string;
  assert.deepEqual(
    winners.map((w) => w.name),
    ['Tou'],
  );

  const results = (await (await get(`/api/elections/${election.id}/results`, outsider)).json()) as ElectionResults;
  assert.equal(results.election.phase, 'closed');
  assert.deepEqual(results.winners, [id('Tou')]);
  assert.equal(results.totalBallots, '11');
  const [first, second] = results.rounds;
  assert.deepEqual(
    first?.tally.map((x) => [x.candidateId, x.votes]),
    [
      [id('Hodan'), '4'],
      [id('Tou'), '4'],
      [id('Marisol'), '3'],
    ],
  );
  assert.deepEqual([first?.threshold, first?.eliminated, first?.elected], ['6', [id('Marisol')], []]);
  assert.deepEqual(first?.transfers, [
    { from: id('Marisol'), to: id('Tou'), sink: null, votes: '2' },
    { from: id('Marisol'), to: null, sink: 'exhausted', votes: '1' },
  ]);
  assert.deepEqual(
    [second?.elected, second?.inactive, second?.tally.find((x) => x.candidateId === id('Tou'))?.votes],
    [[id('Tou')], '1', '6'],
  );
  assert.equal(results.election.seed, String(JSON.parse(election.rules).randomSeed));

  const published = (await (await get(`/api/elections/${election.id}/ballots`, outsider)).json()) as PublishedBallots;
  assert.deepEqual(published.ballots.map((b) => b.receipt).sort(), [...receipts].sort());
  assert.deepEqual(
    published.ballots.map((b) => b.ranking.map((c) => published.candidates.find((x) => x.id === c)?.name)).sort(),
    rankings.map((r) => [...r]).sort(),
  );
});

test("several seats: single transferable vote moves a winner's surplus on at a fraction of each ballot", async () => {
  const { election, candidates } = await testElection(t, { seats: 2, names: ['Ayaan', 'Grace', 'Sam', 'Tou'], voters });
  const rankings = [
    ...Array.from({ length: 3 }, () => ['Ayaan', 'Grace']),
    ...Array.from({ length: 2 }, () => ['Ayaan', 'Sam']),
    ['Grace'],
    ['Grace'],
    ['Sam'],
    ['Sam'],
    ['Tou', 'Sam'],
  ];
  for (const [i, ranking] of rankings.entries()) await vote(t, election.id, voters[i] as Member, ranking, candidates);
  const winners = await closeTestElection(t, election.id);
  assert.deepEqual(
    winners.map((w) => w.name),
    ['Ayaan', 'Sam'],
  );
  const id = (name: string) => candidates.get(name)?.id as string;
  const results = (await (await get(`/api/elections/${election.id}/results`, outsider)).json()) as ElectionResults;
  const [first] = results.rounds;
  assert.deepEqual([first?.threshold, first?.elected], ['4', [id('Ayaan')]]);
  assert.deepEqual(
    first?.transfers.map((x) => [x.to ?? x.sink, x.votes]).sort((a, b) => String(b[1]).localeCompare(String(a[1]))),
    [
      [id('Grace'), '0.6000'],
      [id('Sam'), '0.4000'],
    ],
  );
  assert.deepEqual(results.winners, [id('Ayaan'), id('Sam')]);
});

test('an election that no module claims is shown to nobody and takes no ballot', async () => {
  const unclaimed = await t.db.transaction().execute((tx) =>
    createElection(t.ctx, tx, {
      title: 'Unclaimed',
      seats: 1,
      candidates: [{ name: 'Tou', memberId: null }],
      opensAt: 0,
      closesAt: null,
      createdBy: null,
    }),
  );
  const candidate = await t.db
    .selectFrom('electionCandidate')
    .select('id')
    .where('electionId', '=', unclaimed.id)
    .executeTakeFirstOrThrow();
  assert.equal((await get(`/api/elections/${unclaimed.id}`, outsider)).status, 404);
  const cast = await t.call('POST', `/api/elections/${unclaimed.id}/ballot`, {
    cookie: outsider.cookie,
    body: { ranking: [candidate.id] },
  });
  assert.equal(cast.status, 404);
});

test('no ballot after the time voting closes, even before a facilitator counts', async () => {
  const [early, late] = voters as [Member, Member];
  const { election, candidates } = await testElection(t, { names: ['Hodan', 'Tou'], voters, closesAt: t.clock.now() + HOUR });
  await vote(t, election.id, early, ['Tou'], candidates);
  t.clock.advance(HOUR);
  const refused = await t.call('POST', `/api/elections/${election.id}/ballot`, {
    cookie: late.cookie,
    body: { ranking: [candidates.get('Hodan')?.id] },
  });
  assert.deepEqual([refused.status, (await errorOf(refused)).code], [409, 'ballot_closed']);
  const seen = (await (await get(`/api/elections/${election.id}`, late)).json()) as Election;
  assert.deepEqual([seen.phase, seen.mine], ['open', { canVote: false, voted: false }]);
});
