import type { Activity, DuplicateReason } from './contract';

/**
 * Duplicate suggestions: a pure score of how alike two sightings are. Callers only compare reports
 * in the same or a neighbouring zone seen within the duplicate window; the score ranks those.
 */
export interface Sighting {
  zoneId: string;
  cell: string | null;
  activity: Activity;
  people: number;
  vehicles: number;
  markings: string;
  equipment: string;
  activityNote: string;
  seenAt: number;
}

export interface Similarity {
  score: number;
  reasons: DuplicateReason[];
}

/** How much each kind of likeness counts; they add up to 1. */
const WEIGHTS = { place: 0.1, time: 0.1, activity: 0.3, size: 0.2, words: 0.3 } as const;
const SIMILAR_SIZE = 0.75;
const SIMILAR_WORDS = 0.25;

/** Words too common to say two descriptions match (English and Spanish, the languages most reports come in). */
const STOP_WORDS = new Set(
  'and the with for are was were there their they them from that this near por con los las del una unos unas que para esta este estan son muy'.split(
    ' ',
  ),
);

/** The words of a description that can tell sightings apart: folded, de-pluralised, no short or common words. */
export function significantWords(text: string): Set<string> {
  const words = text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !STOP_WORDS.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w));
  return new Set(words);
}

/** Jaccard index of two word sets: 1 for the same words, 0 for none shared (or nothing to compare). */
function wordOverlap(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** 1 for equal counts, falling towards 0 as one grows against the other (3 vs 4 people: 0.75). */
function countLikeness(a: number, b: number): number {
  if (a === b) return 1;
  return Math.min(a, b) / Math.max(a, b);
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * How alike `b` is to `a`, given that `b` lies in the same zone as `a` or in a zone next to it, and was
 * seen within `windowMs` of it.
 */
export function similarity(a: Sighting, b: Sighting, opts: { windowMs: number }): Similarity {
  const reasons: DuplicateReason[] = [];
  let score = 0;

  if (a.cell && a.cell === b.cell) {
    score += WEIGHTS.place;
    reasons.push('same_cell');
  } else if (a.zoneId === b.zoneId) {
    score += WEIGHTS.place * 0.7;
    reasons.push('same_zone');
  } else {
    score += WEIGHTS.place * 0.3;
    reasons.push('neighbour_zone');
  }

  const apart = Math.abs(a.seenAt - b.seenAt);
  const closeness = Math.max(0, 1 - apart / Math.max(opts.windowMs, 1));
  score += WEIGHTS.time * closeness;
  if (closeness >= 0.5) reasons.push('close_in_time');

  if (a.activity === b.activity) {
    score += WEIGHTS.activity;
    reasons.push('same_activity');
  }

  const size = (countLikeness(a.people, b.people) + countLikeness(a.vehicles, b.vehicles)) / 2;
  score += WEIGHTS.size * size;
  if (size >= SIMILAR_SIZE) reasons.push('similar_size');

  const describe = (s: Sighting) => significantWords(`${s.markings} ${s.equipment} ${s.activityNote}`);
  const words = wordOverlap(describe(a), describe(b));
  score += WEIGHTS.words * words;
  if (words >= SIMILAR_WORDS) reasons.push('similar_words');

  return { score: round2(score), reasons };
}

/** Candidates ranked best first (ties: the one seen closest in time), at most `limit`. */
export function rankDuplicates<T extends Sighting & { id: string }>(
  report: Sighting & { id: string },
  candidates: readonly T[],
  opts: { neighbours: ReadonlySet<string>; windowMs: number; limit: number },
): (Similarity & { candidate: T })[] {
  return candidates
    .filter((c) => c.id !== report.id && Math.abs(c.seenAt - report.seenAt) <= opts.windowMs)
    .filter((c) => c.zoneId === report.zoneId || opts.neighbours.has(c.zoneId))
    .map((candidate) => ({
      candidate,
      ...similarity(report, candidate, { windowMs: opts.windowMs }),
    }))
    .sort((x, y) => y.score - x.score || Math.abs(x.candidate.seenAt - report.seenAt) - Math.abs(y.candidate.seenAt - report.seenAt))
    .slice(0, opts.limit);
}
