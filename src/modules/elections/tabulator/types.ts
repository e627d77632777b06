import type { Decimal } from './decimal';

/** The label a ballot's explicit overvote is read as (RCTab's normalised "overvote"). */
export const OVERVOTE = 'overvote';
/** The pseudo-candidate all undeclared write-ins count for (RCTab's name for it). */
export const UNDECLARED_WRITE_IN = 'Undeclared Write-ins';
/** Names the report uses for itself, so no candidate may have them. */
export const RESERVED_NAMES = [OVERVOTE, UNDECLARED_WRITE_IN, 'exhausted', 'residual surplus', 'uncounted'] as const;

export const TIEBREAK_MODES = ['random', 'useCandidateOrder', 'previousRoundCountsThenRandom', 'generatePermutation'] as const;
export type TiebreakMode = (typeof TIEBREAK_MODES)[number];
export type OvervoteRule = 'alwaysSkipToNextRank' | 'exhaustImmediately' | 'exhaustIfMultipleContinuing';
export const WINNER_ELECTION_MODES = [
  'singleWinnerMajority',
  'multiWinnerAllowOnlyOneWinnerPerRound',
  'multiWinnerAllowMultipleWinnersPerRound',
  'bottomsUp',
] as const;
export type WinnerElectionMode = (typeof WINNER_ELECTION_MODES)[number];

/** The `rules` object of an RCTab config as RCTab writes it: numbers as text, flags as booleans. */
export interface RctabRules {
  tiebreakMode: string;
  overvoteRule: string;
  winnerElectionMode: string;
  randomSeed: string;
  numberOfWinners: string;
  multiSeatBottomsUpPercentageThreshold: string;
  decimalPlacesForVoteArithmetic: string;
  minimumVoteThreshold: string;
  maxSkippedRanksAllowed: string;
  maxRankingsAllowed: string;
  nonIntegerWinningThreshold: boolean;
  doesFirstRoundDetermineThreshold: boolean;
  hareQuota: boolean;
  batchElimination: boolean;
  continueUntilTwoCandidatesRemain: boolean;
  stopTabulationEarlyAfterRound: string;
  exhaustOnDuplicateCandidate: boolean;
  rulesDescription: string;
  treatBlankAsUndeclaredWriteIn: boolean;
}

export interface Rules {
  tiebreakMode: TiebreakMode;
  /** Seeds every random draw; null only when ties go by candidate order. */
  randomSeed: bigint | null;
  overvoteRule: OvervoteRule;
  winnerElectionMode: WinnerElectionMode;
  numberOfWinners: number;
  /** Decimal places of vote arithmetic; transfers and surplus fractions are truncated to it. */
  decimalPlaces: number;
  minimumVoteThreshold: Decimal;
  /** Infinity for "unlimited". */
  maxSkippedRanksAllowed: number;
  maxRankingsAllowed: number;
  nonIntegerWinningThreshold: boolean;
  firstRoundDeterminesThreshold: boolean;
  hareQuota: boolean;
  batchElimination: boolean;
  continueUntilTwoCandidatesRemain: boolean;
  exhaustOnDuplicateCandidate: boolean;
  /** Infinity when unset. */
  stopTabulationEarlyAfterRound: number;
  rulesDescription: string;
}

export type CvrProvider = 'cdf' | 'rankingsCsv';

export interface CvrSource {
  filePath: string;
  provider: CvrProvider;
  /** CDF: the Name of the Contest to tabulate. */
  contestId: string;
  /** rankingsCsv: 1-based column of the first rank and row of the first ballot. */
  firstVoteColumnIndex: number;
  firstVoteRowIndex: number;
  /** rankingsCsv: 1-based columns of the ballot id and of how many identical ballots the row stands for. */
  idColumnIndex: number | null;
  countColumnIndex: number | null;
  overvoteLabel: string;
  skippedRankLabel: string;
  undeclaredWriteInLabel: string;
  /** rankingsCsv: splits one cell into several candidates (an overvote). */
  overvoteDelimiter: string;
  treatBlankAsUndeclaredWriteIn: boolean;
}

export interface Candidate {
  name: string;
  aliases: string[];
  excluded: boolean;
}

export interface ContestInfo {
  name: string;
  date: string;
  jurisdiction: string;
  office: string;
}

export interface ContestConfig {
  contest: ContestInfo;
  candidates: Candidate[];
  sources: CvrSource[];
  rules: Rules;
  /** Whether an "Undeclared Write-ins" pseudo-candidate takes part. */
  usesUndeclaredWriteIns: boolean;
}

/**
 * One cast vote record as read from a file: its rankings as (rank, label) pairs, where a label is a
 * candidate name or alias, OVERVOTE or UNDECLARED_WRITE_IN. A rank may appear more than once (an
 * overvote); a missing rank is a skipped one.
 */
export interface CastVoteRecord {
  id: string;
  rankings: ReadonlyArray<readonly [rank: number, label: string]>;
  /** How many identical ballots this record stands for (default 1). */
  count?: number;
  /** Where the record came from, for error messages (file and line). */
  origin?: string;
}

/** Why a ballot stopped counting; RCTab's inactive-ballot categories. */
export type InactiveReason = 'overvote' | 'skippedRankings' | 'repeatedRankings' | 'exhaustedChoices' | 'finalRoundSurplus' | 'undervote';
