import type { MigrationMap } from '../../../core/db/migrator';

// Dated after events, trainings (2026-12-11) and patrols (2026-12-12).
export const peacekeepingMigrations: MigrationMap = {};
