import type { MigrationMap } from '../../core/db/migrator';

// Dated after trainings (2026-12-11): shifts require qualifications.
export const patrolsMigrations: MigrationMap = {};
