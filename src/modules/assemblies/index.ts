import type { AppModule } from '../../context';
import { assembliesMigrations } from './migrations';

export type { AssembliesTables } from './schema';

/** Assemblies nested to any depth: rules, meetings, proposals and votes, delegates and their mandates. */
export const assembliesModule: AppModule = {
  name: 'assemblies',
  migrations: assembliesMigrations,
};
