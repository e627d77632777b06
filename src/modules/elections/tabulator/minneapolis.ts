import { randomInt } from 'node:crypto';
import type { RctabRules } from './types';

export interface MinneapolisOptions {
  /** Seed of the drawing by lot; a fresh one is drawn (and returned in the rules) when absent. */
  randomSeed?: bigint | number | string;
  /** Ranks on the ballot (3 on Minneapolis ballots to date). */
  maxRankings?: number;
}

// RCTab accepts seeds in ±2^47; keep the drawn seed inside so the rules also run in RCTab.
const SEED_RANGE = 2 ** 47;

/**
 * RCTab `rules` for a Minneapolis ranked-choice count, Minneapolis Code of Ordinances, Title 8.5,
 * ch. 167 (Municipal Elections: Rules of Conduct):
 * - 167.20 "Threshold": votes counted in the first round ÷ (seats + 1), plus one, fractions
 *   disregarded → Droop quota in whole votes, fixed in round 1. One seat: instant runoff (167.60),
 *   where with two candidates left the one with more votes wins; several seats: single transferable
 *   vote (167.70), more than one winner per round.
 * - 167.70 surplus: each ballot of a winner moves on at its transfer value (surplus ÷ votes),
 *   fractional, truncated to four decimal places.
 * - 167.20 "Batch elimination", "Mathematically impossible to be elected": every candidate whose
 *   votes, with all below them, cannot reach the next candidate's is defeated at once.
 * - 167.60(c)(2) / 167.70(c)(2), how a ballot advances: an overvote exhausts the ballot at that
 *   rank; a duplicate ranking is skipped to the next rank; two skipped ranks in a row exhaust it
 *   (one is allowed).
 * - Ties (for last place or for a seat) are decided by lot: a seeded draw, the seed kept in the rules
 *   and printed in the report, so the count can be re-run to the same result.
 */
export function minneapolisRules(seats: number, options: MinneapolisOptions = {}): RctabRules {
  if (!Number.isInteger(seats) || seats < 1) throw new RangeError(`seats must be a whole number ≥ 1, got ${seats}`);
  const seed = options.randomSeed ?? randomInt(1 - SEED_RANGE, SEED_RANGE);
  return {
    tiebreakMode: 'random',
    overvoteRule: 'exhaustImmediately',
    winnerElectionMode: seats === 1 ? 'singleWinnerMajority' : 'multiWinnerAllowMultipleWinnersPerRound',
    randomSeed: String(seed),
    numberOfWinners: String(seats),
    multiSeatBottomsUpPercentageThreshold: '',
    decimalPlacesForVoteArithmetic: '4',
    minimumVoteThreshold: '0',
    maxSkippedRanksAllowed: '1',
    maxRankingsAllowed: String(options.maxRankings ?? 3),
    nonIntegerWinningThreshold: false,
    // Multi-seat counts fix the threshold in round 1 anyway; one seat needs the flag.
    doesFirstRoundDetermineThreshold: seats === 1,
    hareQuota: false,
    batchElimination: true,
    continueUntilTwoCandidatesRemain: false,
    stopTabulationEarlyAfterRound: '',
    exhaustOnDuplicateCandidate: false,
    rulesDescription: 'Minneapolis Code of Ordinances, ch. 167',
    treatBlankAsUndeclaredWriteIn: false,
  };
}
