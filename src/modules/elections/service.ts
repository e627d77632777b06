import { randomInt } from 'node:crypto';
import type { AppContext } from '../../context';
import { badRequest, conflict, forbidden, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import type { Db } from '../../database';
import { ballotsOf, castSecretBallot, closeBallotBox, findBallot, hasVoted, normaliseReceipt, openBallotBox } from './ballot-box';
import type { CastBallotInput, Election, ElectionResults, FoundBallot, PublishedBallots } from './contract';
import { electionAccess } from './gate';
import { phaseOf, presentElection, presentResults } from './present';
import { candidatesOf, findElection, insertCandidate, insertElection, lockElection, updateElection } from './repository';
import type { ElectionCandidateTable, ElectionTable } from './schema';
import { countBallots, electionRules, isReservedName, type RankedBallot } from './tabulation';

/**
 * Ranked-choice elections over a secret ballot box. Creating, adding candidates and closing run in
 * the caller's transaction (the module that owns the election checks who may); casting a ballot and
 * reading results are for whoever the owner's gate lets in.
 */

// RCTab's seeds are within ±2^47 (randomInt spans at most 2^48 - 1 values); drawn once, before any ballot, and published.
const SEED_RANGE = 2 ** 47;

export interface NewCandidate {
  name: string;
  memberId: string | null;
}

export interface NewElection {
  title: string;
  seats: number;
  candidates: NewCandidate[];
  opensAt: number;
  closesAt: number | null;
  createdBy: string | null;
  demo?: boolean;
}

/** A candidate's name as the count knows it: unique in the election, never one of the report's own words. */
function candidateName(wanted: string, taken: readonly string[]): string {
  const base = isReservedName(wanted) ? `${wanted.trim()} (candidate)` : wanted.trim();
  let name = base;
  for (let n = 2; taken.some((t) => t.toLowerCase() === name.toLowerCase()); n++) name = `${base} (${n})`;
  return name;
}

async function addCandidates(ctx: AppContext, tx: Db, electionId: string, candidates: readonly NewCandidate[]) {
  const existing = await candidatesOf(tx, electionId);
  const names = existing.map((c) => c.name);
  const added: ElectionCandidateTable[] = [];
  for (const c of candidates) {
    if (c.memberId && [...existing, ...added].some((x) => x.memberId === c.memberId))
      throw conflict('already_candidate', 'They already stand in this election.', 'memberId');
    const row = { id: ctx.ids.next(), electionId, name: candidateName(c.name, names), memberId: c.memberId, position: names.length };
    names.push(row.name);
    added.push(row);
    await insertCandidate(tx, row);
  }
  return added;
}

export async function createElection(ctx: AppContext, tx: Db, input: NewElection): Promise<ElectionTable> {
  const row: ElectionTable = {
    id: ctx.ids.next(),
    title: input.title,
    seats: input.seats,
    rules: electionRules(input.seats, String(randomInt(1 - SEED_RANGE, SEED_RANGE))),
    ballotBoxId: await openBallotBox(ctx, tx, 'election'),
    status: 'open',
    opensAt: input.opensAt,
    closesAt: input.closesAt,
    closedAt: null,
    seed: '',
    report: null,
    createdAt: ctx.clock.now(),
    createdBy: input.createdBy,
    demo: input.demo ? 1 : 0,
  };
  row.seed = (JSON.parse(row.rules) as { randomSeed: string }).randomSeed;
  await insertElection(tx, row);
  await addCandidates(ctx, tx, row.id, input.candidates);
  return row;
}

/** Candidates stand until voting opens; after that the ballot is fixed. */
export async function addCandidate(ctx: AppContext, tx: Db, electionId: string, candidate: NewCandidate): Promise<ElectionCandidateTable> {
  const election = await lockElection(tx, electionId);
  if (!election) throw notFound('Election');
  if (phaseOf(election, ctx.clock.now()) !== 'upcoming') throw conflict('voting_started', 'Voting has started: the candidates are fixed.');
  return (await addCandidates(ctx, tx, electionId, [candidate]))[0] as ElectionCandidateTable;
}

/** Opens voting now, if it was to open later. */
export async function openVoting(ctx: AppContext, tx: Db, electionId: string): Promise<ElectionTable> {
  const election = await lockElection(tx, electionId);
  if (!election) throw notFound('Election');
  const now = ctx.clock.now();
  if (phaseOf(election, now) !== 'upcoming') throw conflict('voting_started', 'Voting has already started.');
  await assertHasCandidates(tx, electionId);
  await updateElection(tx, electionId, { opensAt: now });
  return { ...election, opensAt: now };
}

/** A ballot needs someone on it; fewer candidates than seats is allowed (all of them are then elected). */
export async function assertHasCandidates(db: Db, electionId: string): Promise<void> {
  if ((await candidatesOf(db, electionId)).length === 0) throw conflict('no_candidates', 'Nobody stands yet: add a candidate first.');
}

function checkRanking(ranking: readonly string[], candidates: readonly ElectionCandidateTable[]) {
  const known = new Set(candidates.map((c) => c.id));
  ranking.forEach((id, i) => {
    if (!known.has(id)) throw badRequest('invalid_ranking', 'Rank only the candidates on the ballot.', `ranking.${i}`);
    if (ranking.indexOf(id) !== i) throw badRequest('invalid_ranking', 'Rank each candidate at most once.', `ranking.${i}`);
  });
}

/**
 * Casts `memberId`'s ranked ballot, for a module that has decided they may vote (the routes ask the
 * owner's gate first). The receipt is the only way back to the ballot.
 */
export async function recordBallot(ctx: AppContext, electionId: string, memberId: string, input: CastBallotInput) {
  const election = await findElection(ctx.db, electionId);
  if (!election) throw notFound('Election');
  const now = ctx.clock.now();
  if (phaseOf(election, now) === 'upcoming') throw conflict('voting_not_open', 'Voting has not opened yet.');
  if (election.closesAt !== null && now >= election.closesAt) throw conflict('ballot_closed', 'Voting has closed.');
  checkRanking(input.ranking, await candidatesOf(ctx.db, electionId));
  return ctx.db.transaction().execute((tx) => castSecretBallot(tx, election.ballotBoxId, memberId, { ranking: input.ranking }));
}

/** The caller casts their own ballot, when the election's gate lets them. */
export async function castBallot(ctx: AppContext, principal: Principal, electionId: string, input: CastBallotInput) {
  const access = await electionAccess(ctx, electionId, principal);
  if (!access.view) throw notFound('Election');
  if (!access.vote) throw forbidden('Only members of the assembly holding this election vote in it.', 'not_eligible');
  return recordBallot(ctx, electionId, principal.memberId, input);
}

/**
 * Closes the box and counts it. Returns the winners' candidate rows in the order elected (none when
 * nobody voted). The report is kept on the election, so results never depend on counting again.
 */
export async function closeElection(ctx: AppContext, tx: Db, electionId: string): Promise<ElectionCandidateTable[]> {
  const election = await lockElection(tx, electionId);
  if (!election) throw notFound('Election');
  if (election.status === 'closed') throw conflict('election_closed', 'This election is already closed.');
  const now = ctx.clock.now();
  await closeBallotBox(tx, election.ballotBoxId, now);
  const candidates = await candidatesOf(tx, electionId);
  const counted = countBallots(election, candidates, await ballotsOf<RankedBallot['content']>(tx, election.ballotBoxId), now);
  await updateElection(tx, electionId, { status: 'closed', closedAt: now, report: counted ? JSON.stringify(counted.report) : null });
  return (counted?.winners ?? []).map((id) => candidates.find((c) => c.id === id) as ElectionCandidateTable);
}

async function visibleElection(ctx: AppContext, principal: Principal, electionId: string) {
  const access = await electionAccess(ctx, electionId, principal);
  const election = access.view ? await findElection(ctx.db, electionId) : undefined;
  if (!election) throw notFound('Election');
  return { election, access };
}

export async function getElection(ctx: AppContext, principal: Principal, electionId: string): Promise<Election> {
  const { election, access } = await visibleElection(ctx, principal, electionId);
  const voted = await hasVoted(ctx.db, election.ballotBoxId, principal.memberId);
  const now = ctx.clock.now();
  const taking = phaseOf(election, now) === 'open' && (election.closesAt === null || now < election.closesAt);
  return presentElection(ctx, election, { canVote: access.vote && !voted && taking, voted }, access.context);
}

async function closedElection(ctx: AppContext, principal: Principal, electionId: string) {
  const found = await visibleElection(ctx, principal, electionId);
  if (found.election.status !== 'closed') throw conflict('election_not_closed', 'The results are published when voting closes.');
  return found;
}

export async function getResults(ctx: AppContext, principal: Principal, electionId: string): Promise<ElectionResults> {
  const { election } = await closedElection(ctx, principal, electionId);
  return presentResults(ctx, election, await getElection(ctx, principal, electionId));
}

export async function publishedBallots(ctx: AppContext, principal: Principal, electionId: string): Promise<PublishedBallots> {
  const { election } = await closedElection(ctx, principal, electionId);
  const [candidates, ballots] = await Promise.all([
    candidatesOf(ctx.db, electionId),
    ballotsOf<RankedBallot['content']>(ctx.db, election.ballotBoxId),
  ]);
  return {
    candidates: candidates.map((c) => ({ id: c.id, name: c.name })),
    ballots: ballots.map((b) => ({ receipt: b.receipt, ranking: b.content.ranking })),
  };
}

/** A voter checks their ballot is in the box, as cast, with the receipt only they hold. */
export async function ballotByReceipt(ctx: AppContext, principal: Principal, electionId: string, code: string): Promise<FoundBallot> {
  const { election } = await visibleElection(ctx, principal, electionId);
  const found = await findBallot<RankedBallot['content']>(ctx.db, election.ballotBoxId, code);
  if (!found) throw notFound('A ballot with this receipt');
  return { receipt: normaliseReceipt(code), ranking: found.ranking };
}
