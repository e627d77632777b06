import type { ElectionCandidateTable, ElectionTable } from './schema';
import { detailedReport, minneapolisRules, parseContestConfig, RESERVED_NAMES, tabulate } from './tabulator';

/**
 * Between the ballot box and the tabulator: an election's rules and its anonymous ballots as an
 * RCTab contest (candidates by name, one cast vote record per ballot, keyed by its receipt), counted
 * into RCTab's detailed report — the same report RCTab would print for the same config and ballots.
 */

/** Minneapolis rules with every candidate rankable: a members' ballot has no paper columns to run out of. */
export function electionRules(seats: number, seed: string): string {
  return JSON.stringify({ ...minneapolisRules(seats, { randomSeed: seed }), maxRankingsAllowed: 'max' });
}

/** Words the report uses for itself (RCTab refuses a candidate named so). */
export const isReservedName = (name: string) => RESERVED_NAMES.some((r) => r.toLowerCase() === name.trim().toLowerCase());

export interface RankedBallot {
  receipt: string;
  content: { ranking: string[] };
}

/** The RCTab config the election is counted with (also what an observer would load into RCTab). */
export function contestConfig(election: ElectionTable, candidates: readonly ElectionCandidateTable[], countedAt: number) {
  return {
    outputSettings: { contestName: election.title, contestDate: new Date(countedAt).toISOString().slice(0, 10) },
    candidates: candidates.map((c) => ({ name: c.name, excluded: false })),
    rules: JSON.parse(election.rules) as unknown,
  };
}

/** Counts the ballots; null when there are none (nobody can be elected by no one). */
export function countBallots(
  election: ElectionTable,
  candidates: readonly ElectionCandidateTable[],
  ballots: readonly RankedBallot[],
  countedAt: number,
) {
  if (ballots.length === 0) return null;
  const config = parseContestConfig(contestConfig(election, candidates, countedAt));
  const nameOf = new Map(candidates.map((c) => [c.id, c.name]));
  const cvrs = ballots.map((b) => ({
    id: b.receipt,
    rankings: b.content.ranking.flatMap((id, i) => {
      const name = nameOf.get(id);
      return name === undefined ? [] : [[i + 1, name] as const];
    }),
  }));
  const tabulation = tabulate(config, cvrs);
  const idOf = new Map(candidates.map((c) => [c.name, c.id]));
  return {
    report: detailedReport(tabulation),
    winners: tabulation.winners.map((i) => idOf.get(tabulation.names[i] as string) as string),
  };
}
