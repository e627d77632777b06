import type { PostStatus } from './limits';

/**
 * The ratio planner: pure arithmetic shared by the server (plan figures, board) and the web app
 * (figures while the organiser types). One marshal per `ratio` people, rounded up.
 */
export function recommendedMarshals(expectedCrowd: number, ratio: number): number {
  if (expectedCrowd <= 0 || ratio <= 0) return 0;
  return Math.ceil(expectedCrowd / ratio);
}

export interface PostCounts {
  needed: number;
  assigned: number;
  checkedIn: number;
}

export interface PlanFigures {
  /** What the ratio asks for. */
  recommended: number;
  /** What the posts ask for, together. */
  requested: number;
  assigned: number;
  checkedIn: number;
  /** Marshals still to assign to reach the larger of the two. */
  short: number;
  /** How many fewer the posts ask for than the ratio recommends (0 when they ask for enough). */
  postsBelowRatio: number;
}

const sum = (posts: readonly PostCounts[], key: keyof PostCounts) => posts.reduce((n, p) => n + p[key], 0);

export function planFigures(plan: { expectedCrowd: number; ratio: number }, posts: readonly PostCounts[]): PlanFigures {
  const recommended = recommendedMarshals(plan.expectedCrowd, plan.ratio);
  const requested = sum(posts, 'needed');
  const assigned = sum(posts, 'assigned');
  return {
    recommended,
    requested,
    assigned,
    checkedIn: sum(posts, 'checkedIn'),
    short: Math.max(0, Math.max(recommended, requested) - assigned),
    postsBelowRatio: Math.max(0, recommended - requested),
  };
}

/** A post on the board: green once as many are checked in as it needs, amber with some, red with none. */
export function postStatus(needed: number, checkedIn: number): PostStatus {
  if (checkedIn >= needed) return 'green';
  return checkedIn > 0 ? 'amber' : 'red';
}
