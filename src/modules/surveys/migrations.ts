import { type CreateTableBuilder, type Kysely, sql } from 'kysely';
import type { MigrationMap } from '../../core/db/migrator';
import { dialectOf } from '../../core/db/portable';

/**
 * On SQLite, rows of a table with a rowid lie in the order they were written, which would let
 * someone holding the file pair the n-th respondent with the n-th answer. WITHOUT ROWID tables are
 * stored in primary-key order instead: respondents by member id, answers by a random hash.
 */
const keyOrdered = <T extends string, C extends string>(db: Kysely<unknown>, table: CreateTableBuilder<T, C>) =>
  dialectOf(db) === 'sqlite' ? table.modifyEnd(sql`without rowid`) : table;

export const surveysMigrations: MigrationMap = {
  '2026-12-06-surveys-001-init': {
    async up(db) {
      await db.schema
        .createTable('survey')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('campaign_id', 'text', (c) => c.references('campaign.id').onDelete('set null'))
        .addColumn('question', 'text', (c) => c.notNull())
        .addColumn('options', 'text', (c) => c.notNull())
        .addColumn('group_kind', 'text', (c) => c.notNull())
        .addColumn('results_visibility', 'text', (c) => c.notNull())
        .addColumn('closes_at', 'bigint', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await keyOrdered(
        db,
        db.schema
          .createTable('survey_group')
          .addColumn('survey_id', 'text', (c) => c.notNull().references('survey.id').onDelete('cascade'))
          .addColumn('group_key', 'text', (c) => c.notNull())
          .addColumn('label', 'text', (c) => c.notNull())
          .addColumn('predefined', 'integer', (c) => c.notNull().defaultTo(0))
          .addPrimaryKeyConstraint('survey_group_pk', ['survey_id', 'group_key']),
      ).execute();
      await keyOrdered(
        db,
        db.schema
          .createTable('survey_respondent')
          .addColumn('survey_id', 'text', (c) => c.notNull().references('survey.id').onDelete('cascade'))
          .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
          .addPrimaryKeyConstraint('survey_respondent_pk', ['survey_id', 'member_id']),
      ).execute();
      await keyOrdered(
        db,
        db.schema
          .createTable('survey_answer')
          .addColumn('survey_id', 'text', (c) => c.notNull().references('survey.id').onDelete('cascade'))
          .addColumn('ballot_hash', 'text', (c) => c.notNull())
          .addColumn('group_key', 'text', (c) => c.notNull())
          .addColumn('option', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('survey_answer_pk', ['survey_id', 'ballot_hash']),
      ).execute();
    },
  },
};
