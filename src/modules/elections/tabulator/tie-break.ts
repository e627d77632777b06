import { compare, type Decimal, formatDecimal } from './decimal';
import type { Rules } from './types';

/**
 * Deterministic tie-breaks. "Random" ones draw from SplitMix64 seeded with the config's randomSeed,
 * so a count re-run with the same seed breaks every tie the same way; the draws are this
 * tabulator's own (RCTab uses java.util.Random), so a random tie need not go the way RCTab's would.
 * Tied candidates are put in config order before a draw.
 */

const MASK = (1n << 64n) - 1n;

/** SplitMix64 (Steele, Lea, Flood 2014): a 64-bit generator whose whole state is the seed. */
export function splitMix64(seed: bigint): () => bigint {
  let state = BigInt.asUintN(64, seed);
  return () => {
    state = (state + 0x9e3779b97f4a7c15n) & MASK;
    let z = state;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK;
    return z ^ (z >> 31n);
  };
}

/** A uniform integer in [0, n), without modulo bias (draws above the last whole multiple of n are redrawn). */
export function drawBelow(next: () => bigint, n: number): number {
  const bound = BigInt(n);
  const limit = (1n << 64n) - ((1n << 64n) % bound);
  for (;;) {
    const x = next();
    if (x < limit) return Number(x % bound);
  }
}

export interface TieBreak {
  round: number;
  /** 'elect' when the tie is for a seat, 'eliminate' when it is for last place. */
  kind: 'elect' | 'eliminate';
  tied: number[];
  votes: Decimal;
  selected: number;
  explanation: string;
}

export interface TieBreaker {
  select(tied: number[], kind: TieBreak['kind'], round: number, votes: Decimal): TieBreak;
  /** The candidate order ties follow in the permutation modes (null in the others). */
  permutation: number[] | null;
}

/** Tallies of earlier rounds, by round number (1-based), for "previous round counts". */
export type TallyHistory = (round: number) => ReadonlyMap<number, Decimal>;

function previousRounds(tied: number[], kind: TieBreak['kind'], round: number, history: TallyHistory, names: readonly string[]) {
  let contenders = tied;
  for (let r = round - 1; r >= 1; r--) {
    const tallies = history(r);
    const votes = (c: number) => tallies.get(c) as Decimal;
    const best = contenders.reduce((a, b) => {
      const order = compare(votes(a), votes(b));
      return kind === 'elect' ? (order >= 0 ? a : b) : order <= 0 ? a : b;
    });
    const level = votes(best);
    const atLevel = contenders.filter((c) => compare(votes(c), level) === 0);
    if (atLevel.length === 1)
      return {
        selected: best,
        explanation: `${names[best]} had the ${kind === 'elect' ? 'most' : 'fewest'} votes (${formatDecimal(level)}) in round ${r}.`,
      };
    contenders = atLevel;
  }
  return null;
}

export function createTieBreaker(rules: Rules, names: readonly string[], history: TallyHistory): TieBreaker {
  const next = splitMix64(rules.randomSeed ?? 0n);
  const random = (tied: number[]) => {
    const ordered = [...tied].sort((a, b) => a - b);
    return { selected: ordered[drawBelow(next, ordered.length)] as number, explanation: `Drawn by lot (seed ${rules.randomSeed}).` };
  };
  let permutation: number[] | null = null;
  if (rules.tiebreakMode === 'useCandidateOrder') permutation = names.map((_, i) => i);
  if (rules.tiebreakMode === 'generatePermutation') {
    permutation = names.map((_, i) => i).sort((a, b) => ((names[a] as string) < (names[b] as string) ? -1 : 1));
    for (let i = permutation.length - 1; i > 0; i--) {
      const j = drawBelow(next, i + 1);
      [permutation[i], permutation[j]] = [permutation[j] as number, permutation[i] as number];
    }
  }
  const byPermutation = (tied: number[], kind: TieBreak['kind']) => {
    const order = kind === 'elect' ? (permutation as number[]) : [...(permutation as number[])].reverse();
    const selected = order.find((c) => tied.includes(c)) as number;
    return { selected, explanation: `${names[selected]} comes ${kind === 'elect' ? 'first' : 'last'} in the tie-break order.` };
  };
  return {
    permutation,
    select(tied, kind, round, votes) {
      const choice = permutation
        ? byPermutation(tied, kind)
        : rules.tiebreakMode === 'previousRoundCountsThenRandom'
          ? (previousRounds(tied, kind, round, history, names) ?? random(tied))
          : random(tied);
      return { round, kind, tied: [...tied], votes, ...choice };
    },
  };
}
