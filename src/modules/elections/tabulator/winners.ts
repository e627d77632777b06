import { add, compare, type Decimal, divide, fromInteger, multiply, ONE, signum, subtract, times, unit, ZERO } from './decimal';
import { addTransfer, type CountState, type Round } from './state';
import type { TieBreaker } from './tie-break';
import type { Rules } from './types';

/**
 * Droop: floor(votes / (seats + 1)) plus the smallest step, i.e. "more than" a (seats + 1)th share;
 * Hare: ceil(votes / seats). In whole votes unless the threshold may be fractional. Never below the
 * minimum vote threshold.
 */
export function winningThreshold(rules: Rules, activeVotes: Decimal): Decimal {
  const places = rules.nonIntegerWinningThreshold ? rules.decimalPlaces : 0;
  const seats = rules.numberOfWinners;
  const threshold = rules.hareQuota
    ? divide(activeVotes, fromInteger(seats), places, 'up')
    : add(divide(activeVotes, fromInteger(seats + 1), places, 'down'), unit(places));
  const minimum = rules.minimumVoteThreshold;
  return signum(minimum) > 0 && compare(minimum, threshold) > 0 ? minimum : threshold;
}

/** Candidates of a round's tally with the most votes, in config order. */
function topOf(tally: ReadonlyMap<number, Decimal>): { votes: Decimal; candidates: number[] } {
  let votes: Decimal | null = null;
  let candidates: number[] = [];
  for (const [c, v] of tally) {
    const order = votes === null ? 1 : compare(v, votes);
    if (order > 0) [votes, candidates] = [v, [c]];
    else if (order === 0) candidates.push(c);
  }
  return { votes: votes ?? ZERO, candidates: candidates.sort((a, b) => a - b) };
}

/**
 * RCTab's rules for who is elected this round, given the continuing candidates' tallies: nobody
 * while undeclared write-ins still hold votes; everyone left when they are no more than the open
 * seats; otherwise all who reach the threshold — or only the top one when one winner per round is
 * allowed; and with two candidates left for one seat, the one ahead (by tie-break if level).
 */
export function identifyWinners(
  s: CountState,
  tally: ReadonlyMap<number, Decimal>,
  threshold: Decimal,
  round: number,
  tieBreaker: TieBreaker,
): number[] {
  const { rules } = s;
  const writeInVotes = s.writeIn >= 0 ? tally.get(s.writeIn) : undefined;
  if (writeInVotes && signum(writeInVotes) !== 0) return [];
  const seatsLeft = rules.numberOfWinners - s.winnerRound.size;
  const running = [...tally.keys()].filter((c) => c !== s.writeIn);
  let selected: number[] = [];
  if (seatsLeft > 0) {
    if (tally.size <= seatsLeft) selected = running;
    else if (rules.firstRoundDeterminesThreshold && tally.size - 1 === rules.numberOfWinners) selected = topOf(tally).candidates;
    else if (rules.winnerElectionMode !== 'bottomsUp') selected = running.filter((c) => compare(tally.get(c) as Decimal, threshold) >= 0);
  }
  // More reaching the threshold than there are seats happens only with no votes at all under a Hare
  // quota (a threshold of 0); they are then elected one per round, like the one-per-round mode.
  const onePerRound =
    selected.length > 1 &&
    (rules.winnerElectionMode === 'multiWinnerAllowOnlyOneWinnerPerRound' ||
      rules.firstRoundDeterminesThreshold ||
      selected.length > seatsLeft);
  const lastTwo =
    rules.numberOfWinners === 1 &&
    selected.length === 0 &&
    tally.size === 2 &&
    seatsLeft === 1 &&
    [...tally.values()].every((v) => compare(v, rules.minimumVoteThreshold) >= 0);
  if (onePerRound || lastTwo) {
    const top = topOf(tally);
    selected = top.candidates;
    if (selected.length > 1) {
      const tie = tieBreaker.select(selected, 'elect', round, top.votes);
      s.tieBreaks.push(tie);
      selected = [tie.selected];
    }
  }
  return selected.sort((a, b) => compare(tally.get(b) as Decimal, tally.get(a) as Decimal) || a - b);
}

/**
 * A winner keeps threshold ÷ votes of each ballot that elected them and passes on the rest: the
 * surplus fraction (votes − threshold) ÷ votes, truncated, times each ballot's value, truncated again,
 * so a winner never keeps less than the threshold. The remainder lost to truncation shows up as
 * residual surplus in the next round.
 */
export function transferSurplus(s: CountState, winner: number, threshold: Decimal): void {
  const places = s.rules.decimalPlaces;
  const votes = s.tally[winner] as Decimal;
  const extra = subtract(votes, threshold);
  const fraction = signum(extra) > 0 ? divide(extra, votes, places) : ZERO;
  const holders = s.holders[winner] as number[];
  for (const g of holders) {
    const value = s.value[g] as Decimal;
    const kept = subtract(value, multiply(value, fraction, places));
    const parts = s.kept[g] ?? [];
    parts.push([winner, kept]);
    s.kept[g] = parts;
    s.value[g] = parts.reduce((left, [, part]) => subtract(left, part), ONE);
  }
  s.electedBy.set(winner, holders);
}

/**
 * Multi-seat: a winner's tally in later rounds is what they kept of each ballot. In the round after
 * their election that is summed from the ballots; whatever exceeds the threshold (lost to
 * truncation) is residual surplus, and the winner is shown at exactly the threshold.
 */
export function updateWinnerTallies(s: CountState, round: Round, previous: Round | undefined): void {
  for (const [winner, wonIn] of s.winnerRound) {
    if (wonIn === round.round) continue;
    if (wonIn !== round.round - 1 || !previous) {
      round.tally.set(winner, previous?.tally.get(winner) ?? ZERO);
      continue;
    }
    let sum = ZERO;
    for (const g of s.electedBy.get(winner) ?? []) {
      const part = s.kept[g]?.find(([w]) => w === winner)?.[1];
      const group = s.groups[g];
      if (part && group) sum = add(sum, times(part, group.count));
    }
    const residual = subtract(sum, round.threshold);
    if (signum(residual) > 0) {
      s.residualSurplus = add(s.residualSurplus, residual);
      round.tally.set(winner, round.threshold);
      addTransfer(previous, winner, 'residual surplus', residual);
    } else {
      round.tally.set(winner, sum);
    }
  }
  round.residualSurplus = s.residualSurplus;
}
