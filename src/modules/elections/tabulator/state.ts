import type { BallotGroup } from './ballots';
import { add, type Decimal, ONE, ZERO } from './decimal';
import type { TieBreak } from './tie-break';
import type { InactiveReason, Rules } from './types';

/** Where a transfer went: a candidate's index, or the report's two pseudo-targets. */
export type TransferTarget = number | 'exhausted' | 'residual surplus';

export interface Round {
  round: number;
  /** Votes of every continuing candidate, and (multi-seat) of every earlier winner, by candidate index. */
  tally: Map<number, Decimal>;
  /** Sum of the active ballots' values this round (the tally of continuing candidates). */
  active: Decimal;
  threshold: Decimal;
  /** Inactive ballots by reason, as counted this round. */
  inactive: Record<InactiveReason, Decimal>;
  /** Residual surplus accumulated up to and including this round. */
  residualSurplus: Decimal;
  elected: number[];
  eliminated: number[];
  /** Where the votes of this round's elected and eliminated candidates went, moved while counting the next round. */
  transfers: Map<number, Map<TransferTarget, Decimal>>;
}

export const INACTIVE_REASONS: readonly InactiveReason[] = [
  'overvote',
  'skippedRankings',
  'repeatedRankings',
  'exhaustedChoices',
  'finalRoundSurplus',
  'undervote',
];

const noInactive = (): Record<InactiveReason, Decimal> =>
  Object.fromEntries(INACTIVE_REASONS.map((r) => [r, ZERO])) as Record<InactiveReason, Decimal>;

/** Everything a count keeps between rounds. Group-indexed arrays hold one entry per BallotGroup. */
export interface CountState {
  rules: Rules;
  /** Index of the "Undeclared Write-ins" pseudo-candidate, or -1. */
  writeIn: number;
  groups: BallotGroup[];
  /** 1 while a candidate can still receive votes. */
  continuing: Uint8Array;
  /** Winner → round won, in the order they were elected. */
  winnerRound: Map<number, number>;
  eliminatedRound: Map<number, number>;
  /** Group → candidate its ballots count for, or -1. */
  recipient: Int32Array;
  /** Group → value of each of its ballots still to be counted (1 until part of it helped elect someone). */
  value: Decimal[];
  /** Group → the part of each ballot kept by each winner it helped elect. */
  kept: ([winner: number, part: Decimal][] | undefined)[];
  /** Candidate → groups counting for them. */
  holders: number[][];
  /** Winner → the groups that elected them (multi-seat), for their later tally. */
  electedBy: Map<number, number[]>;
  /** Candidate → votes, kept up to date while they are continuing. */
  tally: Decimal[];
  inactive: Record<InactiveReason, Decimal>;
  residualSurplus: Decimal;
  rounds: Round[];
  tieBreaks: TieBreak[];
}

export function createState(rules: Rules, names: string[], writeIn: number, excluded: boolean[], groups: BallotGroup[]): CountState {
  return {
    rules,
    writeIn,
    groups,
    continuing: Uint8Array.from(names, (_, i) => (excluded[i] ? 0 : 1)),
    winnerRound: new Map(),
    eliminatedRound: new Map(),
    recipient: new Int32Array(groups.length).fill(-1),
    value: groups.map(() => ONE),
    kept: groups.map(() => undefined),
    holders: names.map(() => []),
    electedBy: new Map(),
    tally: names.map(() => ZERO),
    inactive: noInactive(),
    residualSurplus: ZERO,
    rounds: [],
    tieBreaks: [],
  };
}

/** Seats filled with surplus transfer: more than one seat, and not "bottoms-up" (which only eliminates). */
export const usesSurpluses = (rules: Rules) => rules.numberOfWinners > 1 && rules.winnerElectionMode !== 'bottomsUp';

export function addTransfer(round: Round, from: number, to: TransferTarget, amount: Decimal) {
  const out = round.transfers.get(from) ?? new Map<TransferTarget, Decimal>();
  round.transfers.set(from, out);
  const before = out.get(to);
  out.set(to, before === undefined ? amount : add(before, amount));
}
