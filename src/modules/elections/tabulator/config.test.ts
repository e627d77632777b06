import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseContestConfig } from './config';
import { formatDecimal } from './decimal';
import { rctabConfig } from './test-helpers';

const parse = (rules: Record<string, unknown>, sources: unknown[] = [], candidates = ['Ann', 'Bo']) =>
  parseContestConfig(rctabConfig(candidates, rules as never, sources));

test("RCTab's text-typed numbers and words are read", () => {
  const { rules } = parse({
    maxSkippedRanksAllowed: 'unlimited',
    maxRankingsAllowed: 'max',
    minimumVoteThreshold: '2.5',
    numberOfWinners: 1,
  });
  assert.equal(rules.maxSkippedRanksAllowed, Infinity);
  assert.equal(rules.maxRankingsAllowed, 2);
  assert.equal(formatDecimal(rules.minimumVoteThreshold), '2.5');
  assert.equal(rules.stopTabulationEarlyAfterRound, Infinity);
  assert.equal(rules.randomSeed, null);
});

test('every error names the field at fault', () => {
  const refuses = (rules: Record<string, unknown>, message: RegExp, sources: unknown[] = [], candidates?: string[]) =>
    assert.throws(() => parse(rules, sources, candidates), { name: 'TabulatorInputError', message });
  refuses({ numberOfWinners: '0' }, /^rules\.numberOfWinners: must be a whole number from 1 to 1000, got "0"$/);
  refuses({ numberOfWinners: '2' }, /^rules\.numberOfWinners: must be 1 with winnerElectionMode "singleWinnerMajority"$/);
  refuses({ winnerElectionMode: 'bottomsUp' }, /^rules\.numberOfWinners: must be at least 2/);
  refuses({ tiebreakMode: 'random', randomSeed: '' }, /^rules\.randomSeed: is required$/);
  refuses({ tiebreakMode: 'stopCountingAndAsk' }, /^rules\.tiebreakMode: "stopCountingAndAsk" asks an operator/);
  refuses({ overvoteRule: 'sometimes' }, /^rules\.overvoteRule: must be one of "alwaysSkipToNextRank"/);
  refuses({ hareQuota: 'yes' }, /^rules\.hareQuota: must be true or false, got "yes"$/);
  refuses({ decimalPlacesForVoteArithmetic: '21' }, /^rules\.decimalPlacesForVoteArithmetic: /);
  refuses({ minimumVoteThreshold: '-1' }, /^rules\.minimumVoteThreshold: /);
  refuses(
    { continueUntilTwoCandidatesRemain: true, winnerElectionMode: 'bottomsUp', numberOfWinners: '2' },
    /^rules\.continueUntilTwoCandidatesRemain: /,
  );
  refuses({}, /^candidates\[1\]\.name: "Ann" is already used by candidates\[0\]\.name$/, [], ['Ann', 'Ann']);
  refuses({}, /^candidates\[0\]\.name: "exhausted" is reserved/, [], ['exhausted']);
  refuses({}, /^cvrFileSources\[0\]\.provider: "ess" is not supported/, [{ filePath: 'x.xlsx', provider: 'ess' }]);
  refuses({}, /^cvrFileSources\[0\]\.contestId: is required$/, [{ filePath: 'x.json', provider: 'cdf' }]);
  refuses({}, /^cvrFileSources\[0\]\.firstVoteColumnIndex: is required$/, [
    { filePath: 'x.csv', provider: 'rankingsCsv', firstVoteRowIndex: '1' },
  ]);
  refuses({}, /^cvrFileSources\[0\]\.countColumnIndex: column 2 falls among the rank columns 1–2$/, [
    { filePath: 'x.csv', provider: 'rankingsCsv', firstVoteRowIndex: '1', firstVoteColumnIndex: '1', countColumnIndex: '2' },
  ]);
  refuses(
    { overvoteRule: 'exhaustIfMultipleContinuing' },
    /^cvrFileSources\[0\]\.overvoteLabel: cannot be used with overvoteRule "exhaustIfMultipleContinuing"$/,
    [{ filePath: 'x.json', provider: 'cdf', contestId: 'c', overvoteLabel: 'OV' }],
  );
  assert.throws(() => parseContestConfig([]), { message: /^config: must be an object/ });
});
