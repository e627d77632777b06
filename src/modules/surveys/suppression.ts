/**
 * Small-group suppression of survey results. No figure is published for a group with fewer than
 * MIN_GROUP respondents: such groups are pooled into "other groups". If that pool is itself smaller
 * than MIN_GROUP (but not empty), the smallest shown groups join it until it is large enough, so the
 * overall total minus the shown groups never isolates a small group (complementary suppression). If
 * fewer than MIN_GROUP answered at all, nothing is published.
 *
 * The threshold is on respondents per group; within a published row (a group, the pool, everyone)
 * the answers are given in full, as no one outside knows who in the group answered.
 */
export const MIN_GROUP = 10;

export interface GroupTally {
  key: string;
  label: string;
  /** Respondents per option, in the survey's option order. */
  counts: number[];
}

export interface ResultRow {
  total: number;
  counts: number[];
}

export interface ShownGroup extends ResultRow {
  key: string;
  label: string;
}

export interface PublishedResults {
  minimum: number;
  /** Everyone who answered; null while fewer than `minimum` have. */
  overall: ResultRow | null;
  groups: ShownGroup[];
  /** The pooled groups together; null when no group is pooled. */
  otherGroups: ResultRow | null;
}

const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0);

function addRows(rows: ResultRow[], optionCount: number): ResultRow {
  const counts = Array.from({ length: optionCount }, (_, i) => sum(rows.map((r) => r.counts[i] ?? 0)));
  return { total: sum(counts), counts };
}

/** Smallest first; equal sizes in key order, so the same answers always give the same table. */
const bySizeThenKey = (a: ShownGroup, b: ShownGroup) => a.total - b.total || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export function suppressSmallGroups(tallies: GroupTally[], optionCount: number, minimum = MIN_GROUP): PublishedResults {
  const rows: ShownGroup[] = tallies
    .map((g) => ({ key: g.key, label: g.label, counts: g.counts.slice(0, optionCount), total: sum(g.counts.slice(0, optionCount)) }))
    .filter((g) => g.total > 0);
  const overall = addRows(rows, optionCount);
  if (overall.total < minimum) return { minimum, overall: null, groups: [], otherGroups: null };

  const shown = rows.filter((g) => g.total >= minimum).sort(bySizeThenKey);
  const pooled = rows.filter((g) => g.total < minimum);
  let poolTotal = sum(pooled.map((g) => g.total));
  // Terminates: the overall total is at least `minimum`, so pooling everything would be enough.
  while (poolTotal > 0 && poolTotal < minimum) {
    const smallest = shown.shift() as ShownGroup;
    pooled.push(smallest);
    poolTotal += smallest.total;
  }
  return {
    minimum,
    overall,
    groups: shown.sort((a, b) => a.label.localeCompare(b.label, 'en') || bySizeThenKey(a, b)),
    otherGroups: pooled.length ? addRows(pooled, optionCount) : null,
  };
}
