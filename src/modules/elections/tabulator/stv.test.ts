import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDecimal } from './decimal';
import { tabulate } from './tabulate';
import { ballots, contest, namesOf, tallyOf } from './test-helpers';

const multi = (seats: number, extra: Record<string, string | boolean> = {}) => ({
  winnerElectionMode: 'multiWinnerAllowMultipleWinnersPerRound',
  numberOfWinners: String(seats),
  ...extra,
});

test('several candidates over the threshold are elected together; a last round shows the final surpluses', () => {
  const t = tabulate(contest(['A', 'B', 'C'], multi(2)), ballots({ 'A C': 40, 'B C': 40, C: 20 }));
  assert.deepEqual(namesOf(t, t.rounds[0]?.elected ?? []), ['A', 'B']);
  assert.equal(t.rounds.length, 2);
  // Threshold 34: A and B each pass 6/40 = 0.15 of each ballot to C.
  assert.deepEqual(tallyOf(t, 2), { A: '34.0000', B: '34.0000', C: '20' });
  assert.equal(formatDecimal(t.rounds[1]?.inactive.finalRoundSurplus ?? t.totalBallots), '12.0000');
});

test('one winner per round: only the top candidate is elected, the others wait for the next round', () => {
  const t = tabulate(
    contest(['A', 'B', 'C'], multi(2, { winnerElectionMode: 'multiWinnerAllowOnlyOneWinnerPerRound' })),
    ballots({ 'A B': 45, 'B C': 40, C: 15 }),
  );
  assert.deepEqual(
    t.rounds.map((r) => namesOf(t, r.elected)),
    [['A'], ['B'], []],
  );
  // A's surplus (11 of 45 at 0.2444) reached B before B was elected.
  assert.deepEqual(tallyOf(t, 2), { A: '34', B: '50.9980', C: '15' });
});

test('bottoms-up: candidates are defeated until as many remain as there are seats, without surplus transfer', () => {
  const t = tabulate(
    contest(['A', 'B', 'C', 'D'], multi(2, { winnerElectionMode: 'bottomsUp' })),
    ballots({ A: 50, 'B C': 30, C: 15, 'D C': 5 }),
  );
  assert.deepEqual(
    t.rounds.map((r) => [namesOf(t, r.elected), namesOf(t, r.eliminated)]),
    [
      [[], ['D']],
      [[], ['C']],
      [['A', 'B'], []],
    ],
  );
});

test('batch elimination in a multi-seat count never leaves fewer candidates than open seats', () => {
  const t = tabulate(contest(['A', 'B', 'C', 'D'], multi(3, { batchElimination: true })), ballots({ A: 90, B: 4, C: 3, D: 1 }));
  assert.deepEqual(namesOf(t, t.winners).sort(), ['A', 'B', 'C']);
  assert.deepEqual(namesOf(t, t.rounds[0]?.elected ?? []), ['A']);
});

test('with no more candidates than seats everyone is elected at once', () => {
  const t = tabulate(contest(['A', 'B'], multi(3)), ballots({ A: 3, B: 1 }));
  assert.deepEqual(namesOf(t, t.winners), ['A', 'B']);
  assert.deepEqual(namesOf(t, t.rounds[0]?.elected ?? []), ['A', 'B']);
  assert.equal(t.rounds.length, 1);
});
