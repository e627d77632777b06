import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDecimal } from './decimal';
import { prettyJson } from './pretty-json';
import { detailedReport } from './report';
import { tabulate } from './tabulate';
import { ballots, contest, namesOf, tallyOf } from './test-helpers';

const five = ['A', 'B', 'C', 'D', 'E'];
const field = { A: 40, B: 30, 'C B': 15, 'D A': 10, E: 4 };

test('IRV with batch elimination defeats every candidate who cannot catch up in one round', () => {
  const t = tabulate(contest(five, { batchElimination: true }), ballots(field));
  assert.equal(t.rounds.length, 2);
  assert.deepEqual(namesOf(t, t.rounds[0]?.eliminated ?? []), ['E', 'D', 'C']);
  const round1 = detailedReport(t).results as { tallyResults: unknown[] }[];
  assert.deepEqual(round1[0]?.tallyResults, [
    { eliminated: 'E', transfers: { exhausted: '4' } },
    { eliminated: 'D', transfers: { A: '10' } },
    { eliminated: 'C', transfers: { B: '15' } },
  ]);
  assert.deepEqual(tallyOf(t, 2), { A: '50', B: '45' });
  assert.equal(formatDecimal(t.rounds[1]?.threshold ?? t.totalBallots), '48');
  assert.deepEqual(namesOf(t, t.winners), ['A']);
});

test('IRV without batch elimination defeats one candidate per round, to the same winner (A has 50 of 95 after D)', () => {
  const t = tabulate(contest(five), ballots(field));
  assert.deepEqual(
    t.rounds.map((r) => namesOf(t, r.eliminated)),
    [['E'], ['D'], []],
  );
  assert.deepEqual(namesOf(t, t.winners), ['A']);
});

test('Hare quota: threshold is votes ÷ seats rounded up, where Droop is votes ÷ (seats + 1) + 1', () => {
  const votes = ballots({ 'A B': 60, B: 25, 'C B': 15 });
  const hare = tabulate(
    contest(['A', 'B', 'C'], { winnerElectionMode: 'multiWinnerAllowMultipleWinnersPerRound', numberOfWinners: '2', hareQuota: true }),
    votes,
  );
  const droop = tabulate(
    contest(['A', 'B', 'C'], { winnerElectionMode: 'multiWinnerAllowMultipleWinnersPerRound', numberOfWinners: '2' }),
    votes,
  );
  assert.equal(formatDecimal(hare.rounds[0]?.threshold ?? hare.totalBallots), '50');
  assert.equal(formatDecimal(droop.rounds[0]?.threshold ?? droop.totalBallots), '34');
  // A's surplus: 10 of 60 → fraction 0.1666 per ballot; A keeps 60 × 0.8334 = 50.0040, so 0.0040 is residual.
  const results = detailedReport(hare).results as { tallyResults: unknown[] }[];
  assert.deepEqual(results[0]?.tallyResults, [{ elected: 'A', transfers: { B: '9.9960', 'residual surplus': '0.0040' } }]);
  assert.deepEqual(tallyOf(hare, 2), { A: '50', B: '34.9960', C: '15' });
  assert.deepEqual(namesOf(hare, hare.winners), ['A', 'B']);
});

test('a random tie-break is drawn from the seed: the same seed breaks it the same way, and the report records it', () => {
  const votes = ballots({ 'A C': 2, 'B C': 2, C: 4 });
  const run = (seed: string) => tabulate(contest(['A', 'B', 'C'], { tiebreakMode: 'random', randomSeed: seed }), votes);
  const first = run('7');
  assert.equal(prettyJson(detailedReport(run('7'))), prettyJson(detailedReport(first)));
  const report = detailedReport(first);
  assert.equal((report.config as Record<string, unknown>).randomSeed, '7');
  const [tie] = report.tieBreaks as Record<string, unknown>[];
  assert.deepEqual(
    { ...tie, selected: undefined },
    {
      round: 1,
      kind: 'eliminate',
      tied: ['A', 'B'],
      votes: '2',
      selected: undefined,
      explanation: 'Drawn by lot (seed 7).',
    },
  );
  assert.deepEqual(namesOf(first, first.rounds[0]?.eliminated ?? []), [tie?.selected]);
  const losers = new Set(
    Array.from({ length: 20 }, (_, seed) => {
      const t = run(String(seed));
      return namesOf(t, t.rounds[0]?.eliminated ?? [])[0];
    }),
  );
  assert.deepEqual([...losers].sort(), ['A', 'B'], 'over 20 seeds both candidates lose the draw sometimes');
});

test('candidate order breaks ties: the last-listed loses, the first-listed wins', () => {
  const loser = tabulate(contest(['A', 'B', 'C']), ballots({ 'A C': 2, 'B C': 2, C: 4 }));
  assert.deepEqual(namesOf(loser, loser.rounds[0]?.eliminated ?? []), ['B']);
  // Two left, level, neither at the threshold of 3: the seat goes by the order too.
  const winner = tabulate(contest(['B', 'A']), ballots({ A: 2, B: 2, '!': 1 }));
  assert.deepEqual(namesOf(winner, winner.winners), ['B']);
  assert.equal(winner.tieBreaks[0]?.kind, 'elect');
});

test('previous round counts break a tie by the earlier rounds before any draw', () => {
  // Round 2: A 4, B 4 after D's transfer; in round 1 A had 3 and B 4, so A is defeated.
  const t = tabulate(
    contest(['A', 'B', 'C', 'D'], { tiebreakMode: 'previousRoundCountsThenRandom', randomSeed: '1' }),
    ballots({ 'A C': 3, 'B C': 4, C: 6, 'D A': 1 }),
  );
  assert.deepEqual(tallyOf(t, 2), { A: '4', B: '4', C: '6' });
  assert.deepEqual(namesOf(t, t.rounds[1]?.eliminated ?? []), ['A']);
  assert.equal(t.tieBreaks[0]?.explanation, 'A had the fewest votes (3) in round 1.');
});

test('the minimum vote threshold defeats everyone below it at once', () => {
  const t = tabulate(contest(five, { minimumVoteThreshold: '12' }), ballots(field));
  assert.deepEqual(namesOf(t, t.rounds[0]?.eliminated ?? []), ['E', 'D']);
  assert.throws(
    () => tabulate(contest(['A', 'B'], { minimumVoteThreshold: '100' }), ballots({ A: 3, B: 2 })),
    /rules\.minimumVoteThreshold/,
  );
});

test('an excluded candidate is passed over on every ballot and never shown', () => {
  const config = contest(['A', 'B', 'C']);
  (config.candidates[0] as { excluded: boolean }).excluded = true;
  const t = tabulate(config, ballots({ 'A B': 3, C: 2, B: 1 }));
  assert.deepEqual(tallyOf(t, 1), { B: '4', C: '2' });
});

test('undeclared write-ins count, are defeated first, and cannot win', () => {
  const t = tabulate(contest(['A', 'B']), ballots({ '? A': 5, A: 3, B: 4 }));
  assert.deepEqual(tallyOf(t, 1), { A: '3', B: '4', 'Undeclared Write-ins': '5' });
  assert.deepEqual(namesOf(t, t.rounds[0]?.eliminated ?? []), ['Undeclared Write-ins']);
  assert.deepEqual(tallyOf(t, 2), { A: '8', B: '4' });
});

test('overvote rules: exhaust, skip to the next rank, or exhaust only when two marks are still continuing', () => {
  const votes = ballots({ 'A+B C': 1, 'C+D B': 1, A: 2, B: 2, C: 2 });
  const round1 = (rule: string) => {
    const t = tabulate(contest(['A', 'B', 'C', 'D'], { overvoteRule: rule }), votes);
    return { tally: tallyOf(t, 1), overvotes: formatDecimal(t.rounds[0]?.inactive.overvote ?? t.totalBallots) };
  };
  assert.deepEqual(round1('exhaustImmediately'), { tally: { A: '2', B: '2', C: '2', D: '0' }, overvotes: '2' });
  assert.deepEqual(round1('alwaysSkipToNextRank'), { tally: { A: '2', B: '3', C: '3', D: '0' }, overvotes: '0' });
  assert.deepEqual(round1('exhaustIfMultipleContinuing'), { tally: { A: '2', B: '2', C: '2', D: '0' }, overvotes: '2' });
});

test('continue until two candidates remain goes on past the majority winner', () => {
  const t = tabulate(
    contest(['A', 'B', 'C', 'D'], { continueUntilTwoCandidatesRemain: true }),
    ballots({ A: 6, B: 2, 'C B': 1, 'D C': 1 }),
  );
  assert.deepEqual(namesOf(t, t.rounds[0]?.elected ?? []), ['A']);
  assert.deepEqual(tallyOf(t, t.rounds.length), { A: '6', B: '3' });
  assert.deepEqual(namesOf(t, t.winners), ['A']);
});

test('stopTabulationEarlyAfterRound stops the count', () => {
  const t = tabulate(contest(five, { stopTabulationEarlyAfterRound: '2' }), ballots(field));
  assert.equal(t.rounds.length, 2);
  assert.deepEqual(t.winners, []);
});
