import { fail, shown } from './input-error';
import { type CastVoteRecord, type InactiveReason, OVERVOTE, type OvervoteRule } from './types';

/**
 * Cast vote records become groups of identical ballots (same marks at the same ranks), each with a
 * count, so that 100,000 ballots with a few thousand distinct rankings are tabulated as a few
 * thousand groups. A group's next choice is worked out lazily in each round that needs it, because
 * which candidates are still continuing changes between rounds.
 */

/** The candidate index an explicit overvote mark is given. */
export const OVERVOTE_MARK = -1;

export interface BallotGroup {
  /** The ranks marked, ascending; a rank missing between them was skipped. */
  ranks: number[];
  /** Candidate indices marked at each rank (more than one is an overvote), or OVERVOTE_MARK. */
  marks: number[][];
  count: bigint;
  /** The first record of the group, for messages. */
  id: string;
}

function normalise(cvr: CastVoteRecord, index: ReadonlyMap<string, number>, maxRankings: number) {
  const where = cvr.origin ?? `ballot ${shown(cvr.id)}`;
  const byRank = new Map<number, Set<number>>();
  for (const [rank, label] of cvr.rankings) {
    if (!Number.isInteger(rank) || rank < 1 || rank > maxRankings)
      fail(where, `rank ${rank} is outside 1–${maxRankings} (rules.maxRankingsAllowed)`);
    const candidate = label === OVERVOTE ? OVERVOTE_MARK : index.get(label);
    if (candidate === undefined) fail(where, `${shown(label)} is not a candidate of the config (nor an alias of one)`);
    const marks = byRank.get(rank) ?? new Set<number>();
    marks.add(candidate as number);
    byRank.set(rank, marks);
  }
  const ranks = [...byRank.keys()].sort((a, b) => a - b);
  const marks = ranks.map((r) => [...(byRank.get(r) as Set<number>)].sort((a, b) => a - b));
  if (marks.some((m) => m.length > 1 && m.includes(OVERVOTE_MARK))) fail(where, 'a rank holds both the overvote label and a candidate');
  return { ranks, marks };
}

/** Records written alike, mark by mark: a path of (rank, label) steps ending at their group. */
interface Writing {
  next?: Map<number, Map<string, Writing>>;
  group?: BallotGroup;
}

function writingOf(root: Writing, cvr: CastVoteRecord): Writing {
  let node = root;
  for (const [rank, label] of cvr.rankings) {
    let next = node.next;
    if (!next) {
      next = new Map();
      node.next = next;
    }
    let byLabel = next.get(rank);
    if (!byLabel) {
      byLabel = new Map();
      next.set(rank, byLabel);
    }
    let child = byLabel.get(label);
    if (!child) {
      child = {};
      byLabel.set(label, child);
    }
    node = child;
  }
  return node;
}

/** Groups identical ballots. `index` maps every candidate name and alias (and write-in label) to its index. */
export function groupBallots(cvrs: readonly CastVoteRecord[], index: ReadonlyMap<string, number>, maxRankings: number): BallotGroup[] {
  const groups = new Map<string, BallotGroup>();
  // Records written the same way share a group without being checked and normalised again.
  const written: Writing = {};
  for (const cvr of cvrs) {
    const count = cvr.count ?? 1;
    if (!Number.isSafeInteger(count) || count < 0)
      fail(cvr.origin ?? `ballot ${shown(cvr.id)}`, `count must be a whole number ≥ 0, got ${count}`);
    const writing = writingOf(written, cvr);
    if (!writing.group) {
      const { ranks, marks } = normalise(cvr, index, maxRankings);
      const key = ranks.map((r, i) => `${r}:${(marks[i] as number[]).join(',')}`).join('|');
      writing.group = groups.get(key) ?? { ranks, marks, count: 0n, id: cvr.id };
      groups.set(key, writing.group);
    }
    writing.group.count += BigInt(count);
  }
  return [...groups.values()];
}

export interface ChoiceRules {
  overvoteRule: OvervoteRule;
  maxSkippedRanksAllowed: number;
  exhaustOnDuplicateCandidate: boolean;
}

type OvervoteDecision = 'none' | 'exhaust' | 'skip';

function overvoteDecision(marks: number[], rule: OvervoteRule, continuing: Uint8Array): OvervoteDecision {
  if (marks[0] === OVERVOTE_MARK) return rule === 'exhaustImmediately' ? 'exhaust' : 'skip';
  if (marks.length <= 1) return 'none';
  if (rule === 'exhaustImmediately') return 'exhaust';
  if (rule === 'alwaysSkipToNextRank') return 'skip';
  return marks.filter((c) => continuing[c] === 1).length > 1 ? 'exhaust' : 'none';
}

/**
 * The candidate a ballot counts for now, or why it is inactive — read from its first rank each time,
 * as RCTab does: too many skipped ranks, a repeated candidate (when that exhausts), an overvote,
 * or no continuing candidate left. Once every seat is filled, a surplus ballot that would move on
 * is the final round's surplus instead.
 */
export function nextChoice(group: BallotGroup, continuing: Uint8Array, rules: ChoiceRules, seatsFilled: boolean): number | InactiveReason {
  const { ranks, marks } = group;
  if (ranks.length === 0) return 'undervote';
  const seen = rules.exhaustOnDuplicateCandidate ? new Set<number>() : null;
  let lastRank = 0;
  for (let i = 0; i < ranks.length; i++) {
    if (seatsFilled) return 'finalRoundSurplus';
    const rank = ranks[i] as number;
    const atRank = marks[i] as number[];
    if (rank - lastRank > rules.maxSkippedRanksAllowed + 1) return 'skippedRankings';
    lastRank = rank;
    if (seen) {
      for (const c of atRank) {
        if (seen.has(c)) return 'repeatedRankings';
        seen.add(c);
      }
    }
    const last = i === ranks.length - 1;
    const decision = overvoteDecision(atRank, rules.overvoteRule, continuing);
    if (decision === 'exhaust') return 'overvote';
    if (decision === 'skip') {
      // An overvote in the last rank leaves nothing to skip to: RCTab calls that exhausted choices.
      if (last) return 'exhaustedChoices';
      continue;
    }
    for (const c of atRank) if (continuing[c] === 1) return c;
    if (last) return 'exhaustedChoices';
  }
  return 'exhaustedChoices';
}
