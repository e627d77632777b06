import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseContestConfig } from './config';
import { formatDecimal } from './decimal';
import { minneapolisRules } from './minneapolis';
import { detailedReport } from './report';
import { tabulate } from './tabulate';
import { ballots, namesOf, rctabConfig, tallyOf } from './test-helpers';

test('the preset is a valid RCTab rules object for one seat and for several', () => {
  const one = parseContestConfig(rctabConfig(['A', 'B'], minneapolisRules(1, { randomSeed: 42 }))).rules;
  assert.equal(one.winnerElectionMode, 'singleWinnerMajority');
  assert.equal(one.overvoteRule, 'exhaustImmediately');
  assert.equal(one.maxSkippedRanksAllowed, 1);
  assert.equal(one.exhaustOnDuplicateCandidate, false);
  assert.equal(one.batchElimination, true);
  assert.equal(one.nonIntegerWinningThreshold, false);
  assert.equal(one.firstRoundDeterminesThreshold, true);
  assert.equal(one.decimalPlaces, 4);
  assert.equal(one.tiebreakMode, 'random');
  assert.equal(one.randomSeed, 42n);
  const three = parseContestConfig(rctabConfig(['A', 'B', 'C', 'D'], minneapolisRules(3, { randomSeed: '7', maxRankings: 6 }))).rules;
  assert.equal(three.winnerElectionMode, 'multiWinnerAllowMultipleWinnersPerRound');
  assert.equal(three.numberOfWinners, 3);
  assert.equal(three.maxRankingsAllowed, 6);
  assert.throws(() => minneapolisRules(0), RangeError);
});

test('without a seed one is drawn, and it is in the rules (so in the report)', () => {
  const rules = minneapolisRules(1);
  assert.match(rules.randomSeed, /^-?\d+$/);
  assert.ok(Math.abs(Number(rules.randomSeed)) <= 2 ** 47);
  const t = tabulate(parseContestConfig(rctabConfig(['A', 'B'], rules)), ballots({ A: 2, B: 1 }));
  assert.equal((detailedReport(t).config as Record<string, unknown>).randomSeed, rules.randomSeed);
});

test('a Minneapolis single-seat count: overvote exhausts, one skip is passed over and two are not, duplicates skip, batch elimination', () => {
  const config = parseContestConfig(rctabConfig(['A', 'B', 'C', 'D', 'E', 'F'], minneapolisRules(1, { randomSeed: 1 })));
  const t = tabulate(config, ballots({ A: 30, B: 25, C: 20, 'D _ C': 5, 'D D B': 4, 'A+B C': 3, '_ _ C': 2, E: 1, F: 1 }));
  const [round1, round2] = t.rounds;
  assert.equal(formatDecimal(round1?.inactive.overvote ?? t.totalBallots), '3');
  assert.equal(formatDecimal(round1?.inactive.skippedRankings ?? t.totalBallots), '2');
  // Threshold from the first round's 86 votes, fixed: 86 ÷ 2 + 1.
  assert.deepEqual(
    t.rounds.map((r) => formatDecimal(r.threshold)),
    ['44', '44', '44'],
  );
  assert.deepEqual(namesOf(t, round1?.eliminated ?? []), ['E', 'F', 'D']);
  assert.deepEqual(tallyOf(t, 2), { A: '30', B: '29', C: '25' });
  assert.deepEqual(namesOf(t, round2?.eliminated ?? []), ['C']);
  // Two left and nobody at the threshold: the one with more votes wins.
  assert.deepEqual(tallyOf(t, 3), { A: '30', B: '29' });
  assert.deepEqual(namesOf(t, t.winners), ['A']);
});

test('a Minneapolis multi-seat count moves surpluses at four-place fractional value', () => {
  const config = parseContestConfig(rctabConfig(['A', 'B', 'C'], minneapolisRules(2, { randomSeed: 1 })));
  const t = tabulate(config, ballots({ 'A C': 50, B: 30, C: 20 }));
  // Threshold 100 ÷ 3 + 1 = 34; A passes 16/50 = 0.32 of each ballot to C.
  const results = detailedReport(t).results as { tallyResults: unknown[] }[];
  assert.deepEqual(results[0]?.tallyResults, [{ elected: 'A', transfers: { C: '16.0000' } }]);
  assert.deepEqual(namesOf(t, t.winners), ['A', 'C']);
});
