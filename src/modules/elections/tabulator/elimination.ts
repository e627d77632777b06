import { add, compare, type Decimal, signum, times, ZERO } from './decimal';
import { fail } from './input-error';
import type { CountState } from './state';
import type { TieBreaker } from './tie-break';

/**
 * Who is defeated in a round without a winner, in RCTab's order of precedence: undeclared
 * write-ins holding votes; everyone below the minimum vote threshold; with batch elimination, every
 * candidate who cannot catch up (their votes together are fewer than the next candidate's); else the
 * last candidate, by tie-break if several share last place.
 */

interface Level {
  votes: Decimal;
  candidates: number[];
}

/** The tally as ascending levels of equal votes, candidates in config order within a level. */
function levelsOf(tally: ReadonlyMap<number, Decimal>): Level[] {
  const entries = [...tally].sort(([a, va], [b, vb]) => compare(va, vb) || a - b);
  const levels: Level[] = [];
  for (const [c, votes] of entries) {
    const last = levels.at(-1);
    if (last && compare(last.votes, votes) === 0) last.candidates.push(c);
    else levels.push({ votes, candidates: [c] });
  }
  return levels;
}

/**
 * Candidates whose combined votes, with everyone below them, stay under the next level's. The batch
 * never leaves fewer candidates than must remain: two when continuing until two remain (RCTab's
 * caveat), else the open seats — which only binds in a multi-seat count, where RCTab's rule alone
 * could defeat candidates needed to fill the seats.
 */
function batchEliminations(s: CountState, levels: Level[], remaining: number): number[] {
  const mustRemain = s.rules.continueUntilTwoCandidatesRemain ? 2 : s.rules.numberOfWinners - s.winnerRound.size;
  let running = ZERO;
  const seen: number[] = [];
  let eliminated: number[] = [];
  for (const level of levels) {
    if (compare(running, level.votes) < 0 && seen.length > eliminated.length && remaining - seen.length >= mustRemain)
      eliminated = [...seen];
    running = add(running, times(level.votes, BigInt(level.candidates.length)));
    seen.push(...level.candidates);
  }
  return eliminated;
}

export function chooseEliminations(s: CountState, tally: ReadonlyMap<number, Decimal>, round: number, tieBreaker: TieBreaker): number[] {
  const writeInVotes = s.writeIn >= 0 ? tally.get(s.writeIn) : undefined;
  if (writeInVotes && signum(writeInVotes) > 0) return [s.writeIn];
  const levels = levelsOf(tally);
  const lowest = levels[0];
  if (!lowest) return [];
  const minimum = s.rules.minimumVoteThreshold;
  if (signum(minimum) > 0 && compare(lowest.votes, minimum) < 0) {
    const below = levels.filter((l) => compare(l.votes, minimum) < 0).flatMap((l) => l.candidates);
    if (below.filter((c) => c !== s.writeIn).length === [...tally.keys()].filter((c) => c !== s.writeIn).length)
      fail('rules.minimumVoteThreshold', `no candidate reaches it in round ${round}, so nobody can be elected`);
    return below;
  }
  if (s.rules.batchElimination) {
    const batch = batchEliminations(s, levels, tally.size);
    if (batch.length > 1) return batch;
  }
  if (lowest.candidates.length === 1) return lowest.candidates;
  const tie = tieBreaker.select(lowest.candidates, 'eliminate', round, lowest.votes);
  s.tieBreaks.push(tie);
  return [tie.selected];
}
