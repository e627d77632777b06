import type { AppModule } from '../../context';
import { electionsMigrations } from './migrations';

export type { ElectionsTables } from './schema';

/** Secret ballot boxes and ranked-choice elections; the tabulator in `./tabulator` is a pure library. */
export const electionsModule: AppModule = {
  name: 'elections',
  migrations: electionsMigrations,
};
