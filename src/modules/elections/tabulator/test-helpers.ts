import path from 'node:path';
import { parseContestConfig } from './config';
import { formatDecimal } from './decimal';
import type { Tabulation } from './tabulate';
import { type CastVoteRecord, type ContestConfig, OVERVOTE, type RctabRules, UNDECLARED_WRITE_IN } from './types';

/** RCTab rules for a plain single-winner count; tests override what they are about. */
export const baseRules: RctabRules = {
  tiebreakMode: 'useCandidateOrder',
  overvoteRule: 'alwaysSkipToNextRank',
  winnerElectionMode: 'singleWinnerMajority',
  randomSeed: '',
  numberOfWinners: '1',
  multiSeatBottomsUpPercentageThreshold: '',
  decimalPlacesForVoteArithmetic: '4',
  minimumVoteThreshold: '0',
  maxSkippedRanksAllowed: 'unlimited',
  maxRankingsAllowed: 'max',
  nonIntegerWinningThreshold: false,
  doesFirstRoundDetermineThreshold: false,
  hareQuota: false,
  batchElimination: false,
  continueUntilTwoCandidatesRemain: false,
  stopTabulationEarlyAfterRound: '',
  exhaustOnDuplicateCandidate: false,
  rulesDescription: 'test',
  treatBlankAsUndeclaredWriteIn: false,
};

export function rctabConfig(candidates: string[], rules: Partial<RctabRules> = {}, sources: unknown[] = []) {
  return {
    outputSettings: { contestName: 'Test contest', contestDate: '2026-01-01', contestJurisdiction: 'Test', contestOffice: 'Test office' },
    candidates: candidates.map((name) => ({ name, excluded: false, aliases: [] })),
    cvrFileSources: sources,
    rules: { ...baseRules, ...rules },
  };
}

export const contest = (candidates: string[], rules: Partial<RctabRules> = {}): ContestConfig =>
  parseContestConfig(rctabConfig(candidates, rules));

/**
 * Ballots from a compact spec: `{ 'A B C': 5 }` is five ballots ranking A, B, C; `_` skips a rank,
 * `A+B` marks two candidates at one rank (an overvote), `!` is an explicit overvote mark and `?` an
 * undeclared write-in.
 */
const SPECIAL: Record<string, string> = { '!': OVERVOTE, '?': UNDECLARED_WRITE_IN };

export function ballots(spec: Record<string, number>): CastVoteRecord[] {
  return Object.entries(spec).map(([marks, count], i) => ({
    id: `b${i + 1}`,
    count,
    rankings: marks
      .split(' ')
      .filter((t) => t !== '')
      .flatMap((token, r) => (token === '_' ? [] : token.split('+').map((c) => [r + 1, SPECIAL[c] ?? c] as const))),
  }));
}

/** A round's tally as { name: "votes" }, for readable assertions. */
export function tallyOf(t: Tabulation, round: number): Record<string, string> {
  const r = t.rounds[round - 1];
  if (!r) throw new Error(`no round ${round}`);
  return Object.fromEntries([...r.tally].map(([c, v]) => [t.names[c], formatDecimal(v)]));
}

export const namesOf = (t: Tabulation, cs: number[]) => cs.map((c) => t.names[c]);

/** RCTab's test sets, copied into the repository (../fixtures/README.md). */
export const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'rcv');

export const fixtureFiles = (set: string) => ({
  config: path.join(FIXTURES, set, `${set}_config.json`),
  expected: path.join(FIXTURES, set, `${set}_expected_detailed_report.json`),
});
