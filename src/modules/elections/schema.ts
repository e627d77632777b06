/**
 * Ballots. A ballot box keeps who voted (`ballot_box_voter`) apart from what was voted
 * (`ballot_box_ballot`): the two tables share only the box's id, ballots carry no member, no time and
 * no sequential id, and the voter's receipt code is the only way back to a ballot — held by the voter.
 */

export type BallotBoxPurpose = 'proposal' | 'election';

export interface BallotBoxTable {
  id: string;
  purpose: BallotBoxPurpose;
  openedAt: number;
  closedAt: number | null;
}

/** Who has voted in a box, one row each. No time: a time would line up with the ballots' order. */
export interface BallotBoxVoterTable {
  boxId: string;
  memberId: string;
}

/**
 * What was voted. The key is (box, receipt) with a random receipt, so rows sort by chance, not by
 * arrival (SQLite stores it WITHOUT ROWID). `content` is JSON: `{"choice":"yes"}` or `{"ranking":["c1","c2"]}`.
 */
export interface BallotBoxBallotTable {
  boxId: string;
  receipt: string;
  content: string;
}

export type ElectionStatus = 'open' | 'closed';

/** A ranked-choice election: one seat (IRV) or several (STV), tabulated by `./tabulator`. */
export interface ElectionTable {
  id: string;
  title: string;
  seats: number;
  /** RCTab `rules` JSON used to tabulate (a preset, e.g. Minneapolis, filled in at creation). */
  rules: string;
  ballotBoxId: string;
  status: ElectionStatus;
  opensAt: number;
  closesAt: number | null;
  closedAt: number | null;
  /** The tie-break seed, recorded before any ballot is cast. */
  seed: string;
  /** RCTab detailed-report JSON, once closed. */
  report: string | null;
  createdAt: number;
  createdBy: string | null;
  demo: number;
}

export interface ElectionCandidateTable {
  id: string;
  electionId: string;
  name: string;
  memberId: string | null;
  position: number;
}

export interface ElectionsTables {
  ballotBox: BallotBoxTable;
  ballotBoxVoter: BallotBoxVoterTable;
  ballotBoxBallot: BallotBoxBallotTable;
  election: ElectionTable;
  electionCandidate: ElectionCandidateTable;
}
