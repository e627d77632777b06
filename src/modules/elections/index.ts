import type { AppModule } from '../../context';
import { electionsMigrations } from './migrations';
import { electionRoutes } from './routes';

export {
  ballotsOf,
  castSecretBallot,
  closeBallotBox,
  findBallot,
  findBallotBox,
  hasVoted,
  normaliseReceipt,
  openBallotBox,
  votersOf,
} from './ballot-box';
export { type ElectionAccess, type ElectionGate, registerElectionGate } from './gate';
export { phaseOf } from './present';
export { candidatesOf, countVoters, findElection } from './repository';
export type { ElectionsTables, ElectionTable } from './schema';
export { addCandidate, closeElection, createElection, type NewCandidate, type NewElection, openVoting, recordBallot } from './service';

/** Secret ballot boxes and ranked-choice elections; the tabulator in `./tabulator` is a pure library. */
export const electionsModule: AppModule = {
  name: 'elections',
  migrations: electionsMigrations,
  routes: electionRoutes,
};
