import { sql } from 'kysely';
import type { MigrationMap } from '../../core/db/migrator';
import { dialectOf } from '../../core/db/portable';

// Dated after peacekeeping (2026-12-13); assemblies (2026-12-15) hold ballot boxes and elections.

export const electionsMigrations: MigrationMap = {
  '2026-12-14-elections-001-ballot-boxes': {
    async up(db) {
      await db.schema
        .createTable('ballot_box')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('purpose', 'text', (c) => c.notNull())
        .addColumn('opened_at', 'bigint', (c) => c.notNull())
        .addColumn('closed_at', 'bigint')
        .execute();
      await db.schema
        .createTable('ballot_box_voter')
        .addColumn('box_id', 'text', (c) => c.notNull().references('ballot_box.id').onDelete('cascade'))
        .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('ballot_box_voter_pk', ['box_id', 'member_id'])
        .execute();
      // No member, no time, no sequence: rows are keyed by a random receipt. On SQLite WITHOUT ROWID
      // drops the hidden rowid, which would otherwise record the order ballots arrived in.
      const ballots = db.schema
        .createTable('ballot_box_ballot')
        .addColumn('box_id', 'text', (c) => c.notNull().references('ballot_box.id').onDelete('cascade'))
        .addColumn('receipt', 'text', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('ballot_box_ballot_pk', ['box_id', 'receipt']);
      await (dialectOf(db) === 'sqlite' ? ballots.modifyEnd(sql`without rowid`) : ballots).execute();
    },
  },
  '2026-12-14-elections-002-elections': {
    async up(db) {
      await db.schema
        .createTable('election')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('seats', 'integer', (c) => c.notNull())
        .addColumn('rules', 'text', (c) => c.notNull())
        .addColumn('ballot_box_id', 'text', (c) => c.notNull().references('ballot_box.id'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('opens_at', 'bigint', (c) => c.notNull())
        .addColumn('closes_at', 'bigint')
        .addColumn('closed_at', 'bigint')
        .addColumn('seed', 'text', (c) => c.notNull())
        .addColumn('report', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        .addCheckConstraint('election_seats', sql`seats >= 1`)
        .execute();
      await db.schema
        .createTable('election_candidate')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('election_id', 'text', (c) => c.notNull().references('election.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('member_id', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addUniqueConstraint('election_candidate_name', ['election_id', 'name'])
        .execute();
    },
  },
};
