import { z } from '@hono/zod-openapi';
import { CANDIDATES_MAX, ELECTION_PHASES, TRANSFER_SINKS } from './limits';

export * from './limits';

/** The elections API's shapes, shared by the server and the web app (which imports only their types). */

const Id = z.string().min(1).max(64);
export const ElectionParam = z.object({ id: Id });
export const ReceiptParam = z.object({ id: Id, code: z.string().trim().min(1).max(40) });

export const CastBallotInput = z
  .object({
    ranking: z.array(Id).min(1).max(CANDIDATES_MAX).openapi({ description: 'Candidate ids, first choice first; each at most once' }),
  })
  .openapi('CastBallotInput');
export type CastBallotInput = z.infer<typeof CastBallotInput>;

export const BallotReceipt = z
  .object({ receipt: z.string().openapi({ description: 'Shown once: the only way back to this ballot in the published list' }) })
  .openapi('BallotReceipt');
export type BallotReceipt = z.infer<typeof BallotReceipt>;

const Candidate = z.object({ id: z.string(), name: z.string() }).openapi('ElectionCandidate');
export type ElectionCandidate = z.infer<typeof Candidate>;

export const Election = z
  .object({
    id: z.string(),
    title: z.string(),
    seats: z.number().int(),
    phase: z.enum(ELECTION_PHASES),
    opensAt: z.number(),
    closesAt: z.number().nullable(),
    closedAt: z.number().nullable(),
    candidates: z.array(Candidate),
    /** How many have voted (never who). */
    ballotsCast: z.number().int(),
    /** The tie-break seed, fixed before any ballot was cast, so anyone can re-run the count. */
    seed: z.string(),
    rulesDescription: z.string(),
    /** Where the election belongs (an assembly's page), as the body running it names it. */
    context: z.object({ title: z.string(), path: z.string() }).nullable(),
    mine: z.object({ canVote: z.boolean(), voted: z.boolean() }),
    demo: z.boolean(),
  })
  .openapi('Election');
export type Election = z.infer<typeof Election>;

const Votes = z.string().openapi({ description: 'Votes as a decimal, as RCTab writes them (fractions from surplus transfers)' });

export const RoundTransfer = z
  .object({
    from: z.string(),
    /** A candidate id, or null when the votes left the count (`sink` says how). */
    to: z.string().nullable(),
    sink: z.enum(TRANSFER_SINKS).nullable(),
    votes: Votes,
  })
  .openapi('RoundTransfer');
export type RoundTransfer = z.infer<typeof RoundTransfer>;

export const Round = z
  .object({
    round: z.number().int(),
    threshold: Votes,
    tally: z.array(z.object({ candidateId: z.string(), votes: Votes })),
    elected: z.array(z.string()),
    eliminated: z.array(z.string()),
    transfers: z.array(RoundTransfer),
    /** Ballots no longer counting for anyone (exhausted, overvoted, skipped ranks). */
    inactive: Votes,
  })
  .openapi('ElectionRound');
export type Round = z.infer<typeof Round>;

export const ElectionResults = z
  .object({
    election: Election,
    winners: z.array(z.string()).openapi({ description: 'Candidate ids in the order they were elected' }),
    totalBallots: Votes,
    rounds: z.array(Round),
    tieBreaks: z.array(z.object({ round: z.number().int(), explanation: z.string() })),
  })
  .openapi('ElectionResults');
export type ElectionResults = z.infer<typeof ElectionResults>;

const Ranking = z.array(z.string()).openapi({ description: 'Candidate ids, first choice first' });

export const PublishedBallots = z
  .object({
    candidates: z.array(Candidate),
    /** In receipt order, which is random: never the order they were cast in, never who cast them. */
    ballots: z.array(z.object({ receipt: z.string(), ranking: Ranking })),
  })
  .openapi('PublishedBallots');
export type PublishedBallots = z.infer<typeof PublishedBallots>;

export const FoundBallot = z.object({ receipt: z.string(), ranking: Ranking }).openapi('FoundBallot');
export type FoundBallot = z.infer<typeof FoundBallot>;
