import type { MigrationMap } from '../../core/db/migrator';

export const familiesMigrations: MigrationMap = {};
