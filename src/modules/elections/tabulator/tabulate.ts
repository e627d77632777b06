import { groupBallots } from './ballots';
import { countRound } from './count-round';
import { add, type Decimal, ZERO } from './decimal';
import { chooseEliminations } from './elimination';
import { fail } from './input-error';
import { type CountState, createState, INACTIVE_REASONS, type Round, usesSurpluses } from './state';
import { createTieBreaker, type TieBreak } from './tie-break';
import { type CastVoteRecord, type ContestConfig, UNDECLARED_WRITE_IN } from './types';
import { identifyWinners, transferSurplus, updateWinnerTallies, winningThreshold } from './winners';

/**
 * Instant-runoff (one seat) and single transferable vote (several seats) with RCTab's rules and
 * arithmetic: each round counts the ballots, sets the threshold, then either elects (moving the
 * winners' surpluses at fractional value) or defeats candidates; the ballots of both move on when the
 * next round is counted. A multi-seat count ends with one more round that shows the last surpluses.
 */

export interface Tabulation {
  config: ContestConfig;
  /** Candidate names by index; the last is "Undeclared Write-ins" when write-ins take part. */
  names: string[];
  rounds: Round[];
  /** Winners in the order they were elected. */
  winners: number[];
  tieBreaks: TieBreak[];
  /** The candidate order used to break ties, in the permutation modes. */
  tieBreakOrder: number[] | null;
  /** All ballots read, active or not. */
  totalBallots: Decimal;
  /** Ballots that ranked nobody. */
  undervotes: Decimal;
}

function candidateIndex(config: ContestConfig, cvrs: readonly CastVoteRecord[]) {
  const names = config.candidates.map((c) => c.name);
  const index = new Map<string, number>();
  config.candidates.forEach((c, i) => {
    index.set(c.name, i);
    for (const alias of c.aliases) index.set(alias, i);
  });
  const writeIns = config.usesUndeclaredWriteIns || cvrs.some((r) => r.rankings.some(([, label]) => label === UNDECLARED_WRITE_IN));
  const writeIn = writeIns ? names.push(UNDECLARED_WRITE_IN) - 1 : -1;
  if (writeIn >= 0) index.set(UNDECLARED_WRITE_IN, writeIn);
  const excluded = [...config.candidates.map((c) => c.excluded), false];
  return { names, index, writeIn, excluded };
}

function shouldContinue(s: CountState, round: number): boolean {
  const { rules } = s;
  if (round >= rules.stopTabulationEarlyAfterRound) return false;
  const continuing = s.continuing.reduce((n, c) => n + c, 0);
  // One more round after the last elimination shows the final two.
  if (rules.continueUntilTwoCandidatesRemain) return continuing > s.winnerRound.size + 1 || [...s.eliminatedRound.values()].includes(round);
  // More seats than candidates: everyone is elected and there is nothing left to show (RCTab stops too).
  if (continuing === 0 && s.winnerRound.size < rules.numberOfWinners) return false;
  if (usesSurpluses(rules) && [...s.winnerRound.values()].includes(round)) return true;
  return s.winnerRound.size < rules.numberOfWinners;
}

function runRound(s: CountState, round: number, tieBreaker: ReturnType<typeof createTieBreaker>): Round {
  const { rules } = s;
  const previous = s.rounds.at(-1);
  countRound(s, previous, usesSurpluses(rules) && s.winnerRound.size === rules.numberOfWinners);
  // Continuing candidates only: earlier winners join the round's tally after the round's decisions.
  const tally = new Map<number, Decimal>();
  let active = ZERO;
  s.continuing.forEach((c, i) => {
    if (c !== 1) return;
    tally.set(i, s.tally[i] as Decimal);
    active = add(active, s.tally[i] as Decimal);
  });
  const recompute = rules.numberOfWinners > 1 ? round === 1 : !rules.firstRoundDeterminesThreshold || round === 1;
  const threshold = recompute || !previous ? winningThreshold(rules, active) : previous.threshold;
  const current: Round = {
    round,
    tally,
    active,
    threshold,
    inactive: { ...s.inactive },
    residualSurplus: s.residualSurplus,
    elected: [],
    eliminated: [],
    transfers: new Map(),
  };
  const winners = identifyWinners(s, tally, threshold, round, tieBreaker);
  if (winners.length > 0) {
    current.elected = winners;
    for (const w of winners) {
      s.winnerRound.set(w, round);
      if (!rules.continueUntilTwoCandidatesRemain) s.continuing[w] = 0;
      if (usesSurpluses(rules)) transferSurplus(s, w, threshold);
    }
  } else if (s.winnerRound.size < rules.numberOfWinners || (rules.continueUntilTwoCandidatesRemain && tally.size > 2)) {
    const eliminated = chooseEliminations(s, tally, round, tieBreaker);
    if (eliminated.length === 0) fail(`round ${round}`, 'no candidate could be elected or eliminated');
    current.eliminated = eliminated;
    for (const c of eliminated) {
      s.eliminatedRound.set(c, round);
      s.continuing[c] = 0;
    }
  }
  if (rules.numberOfWinners > 1) updateWinnerTallies(s, current, previous);
  return current;
}

/** Tabulates a contest: the config's rules over the cast vote records. Deterministic for a given seed. */
export function tabulate(config: ContestConfig, cvrs: readonly CastVoteRecord[]): Tabulation {
  const { names, index, writeIn, excluded } = candidateIndex(config, cvrs);
  const groups = groupBallots(cvrs, index, config.rules.maxRankingsAllowed);
  const s = createState(config.rules, names, writeIn, excluded, groups);
  const tieBreaker = createTieBreaker(config.rules, names, (r) => (s.rounds[r - 1] as Round).tally);
  for (let round = 1; round === 1 || shouldContinue(s, round - 1); round++) s.rounds.push(runRound(s, round, tieBreaker));
  const first = s.rounds[0] as Round;
  const totalBallots = INACTIVE_REASONS.reduce((sum, r) => add(sum, first.inactive[r]), first.active);
  return {
    config,
    names,
    rounds: s.rounds,
    winners: [...s.winnerRound.keys()],
    tieBreaks: s.tieBreaks,
    tieBreakOrder: tieBreaker.permutation,
    totalBallots,
    undervotes: first.inactive.undervote,
  };
}
