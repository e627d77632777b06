import { sql } from 'kysely';
import type { MigrationMap } from '../../core/db/migrator';

// Dated after elections (2026-12-14): secret votes and delegate elections use its ballot boxes.

export const assembliesMigrations: MigrationMap = {
  '2026-12-15-assemblies-001-assemblies': {
    async up(db) {
      await db.schema
        .createTable('assembly')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('zone_id', 'text', (c) => c.references('zone.id').onDelete('set null'))
        .addColumn('parent_id', 'text', (c) => c.references('assembly.id').onDelete('set null'))
        .addColumn('quorum_kind', 'text', (c) => c.notNull())
        .addColumn('quorum_value', 'integer', (c) => c.notNull())
        .addColumn('majority', 'text', (c) => c.notNull())
        .addColumn('proposers', 'text', (c) => c.notNull())
        .addColumn('discussion_hours', 'integer', (c) => c.notNull())
        .addColumn('secret_ballot', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('delegate_seats', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        .addCheckConstraint('assembly_quorum', sql`quorum_value >= 1 and (quorum_kind <> 'share' or quorum_value <= 100)`)
        .addCheckConstraint('assembly_seats', sql`delegate_seats >= 1`)
        .execute();
      await db.schema.createIndex('assembly_parent').on('assembly').column('parent_id').execute();
      await db.schema
        .createTable('assembly_member')
        .addColumn('assembly_id', 'text', (c) => c.notNull().references('assembly.id').onDelete('cascade'))
        .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('delegate_id', 'text')
        .addColumn('joined_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('assembly_member_pk', ['assembly_id', 'member_id'])
        .execute();
      await db.schema.createIndex('assembly_member_member').on('assembly_member').column('member_id').execute();
    },
  },
  '2026-12-15-assemblies-002-meetings': {
    async up(db) {
      await db.schema
        .createTable('assembly_meeting')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('assembly_id', 'text', (c) => c.notNull().references('assembly.id').onDelete('cascade'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('starts_at', 'bigint', (c) => c.notNull())
        .addColumn('place', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('minutes', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('opened_at', 'bigint')
        .addColumn('closed_at', 'bigint')
        .addColumn('created_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex('assembly_meeting_assembly').on('assembly_meeting').columns(['assembly_id', 'starts_at']).execute();
      await db.schema
        .createTable('assembly_agenda_item')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('meeting_id', 'text', (c) => c.notNull().references('assembly_meeting.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('proposal_id', 'text')
        .execute();
      await db.schema.createIndex('assembly_agenda_meeting').on('assembly_agenda_item').columns(['meeting_id', 'position']).execute();
      await db.schema
        .createTable('assembly_attendance')
        .addColumn('meeting_id', 'text', (c) => c.notNull().references('assembly_meeting.id').onDelete('cascade'))
        .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
        .addColumn('checked_in_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('assembly_attendance_pk', ['meeting_id', 'member_id'])
        .execute();
      await db.schema
        .createTable('assembly_action_item')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('meeting_id', 'text', (c) => c.notNull().references('assembly_meeting.id').onDelete('cascade'))
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('owner_id', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('due_on', 'text')
        .addColumn('done_at', 'bigint')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('assembly_action_meeting').on('assembly_action_item').column('meeting_id').execute();
    },
  },
  '2026-12-15-assemblies-003-proposals': {
    async up(db) {
      await db.schema
        .createTable('assembly_proposal')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('assembly_id', 'text', (c) => c.notNull().references('assembly.id').onDelete('cascade'))
        .addColumn('meeting_id', 'text', (c) => c.references('assembly_meeting.id').onDelete('set null'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('delegate_id', 'text')
        .addColumn('proposed_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('discussion_ends_at', 'bigint', (c) => c.notNull())
        .addColumn('voting_opened_at', 'bigint')
        .addColumn('voting_closed_at', 'bigint')
        .addColumn('majority', 'text')
        .addColumn('secret', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('quorum_required', 'integer')
        .addColumn('present_count', 'integer')
        .addColumn('yes', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('no', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('abstain', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('block', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('hand_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('outcome', 'text')
        .addColumn('ballot_box_id', 'text', (c) => c.references('ballot_box.id'))
        .addColumn('decided_at', 'bigint')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex('assembly_proposal_assembly').on('assembly_proposal').columns(['assembly_id', 'status']).execute();
      await db.schema
        .createTable('assembly_comment')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('proposal_id', 'text', (c) => c.notNull().references('assembly_proposal.id').onDelete('cascade'))
        .addColumn('member_id', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('amendment_status', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('assembly_comment_proposal').on('assembly_comment').columns(['proposal_id', 'created_at']).execute();
      await db.schema
        .createTable('assembly_vote')
        .addColumn('proposal_id', 'text', (c) => c.notNull().references('assembly_proposal.id').onDelete('cascade'))
        .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
        .addColumn('choice', 'text', (c) => c.notNull())
        .addColumn('cast_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('assembly_vote_pk', ['proposal_id', 'member_id'])
        .execute();
      await db.schema
        .createTable('assembly_decision')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('assembly_id', 'text', (c) => c.notNull().references('assembly.id').onDelete('cascade'))
        .addColumn('proposal_id', 'text', (c) => c.notNull().unique().references('assembly_proposal.id').onDelete('cascade'))
        .addColumn('meeting_id', 'text', (c) => c.references('assembly_meeting.id').onDelete('set null'))
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('decided_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('assembly_decision_assembly').on('assembly_decision').columns(['assembly_id', 'decided_at']).execute();
    },
  },
  '2026-12-15-assemblies-004-delegates': {
    async up(db) {
      await db.schema
        .createTable('assembly_delegate_election')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('assembly_id', 'text', (c) => c.notNull().references('assembly.id').onDelete('cascade'))
        .addColumn('election_id', 'text', (c) => c.notNull().unique().references('election.id').onDelete('cascade'))
        .addColumn('seats', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('seated_at', 'bigint')
        .execute();
      await db.schema
        .createTable('assembly_delegate')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('member_assembly_id', 'text', (c) => c.notNull().references('assembly.id').onDelete('cascade'))
        .addColumn('parent_assembly_id', 'text', (c) => c.notNull().references('assembly.id').onDelete('cascade'))
        .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
        .addColumn('election_id', 'text', (c) => c.references('election.id').onDelete('set null'))
        .addColumn('elected_at', 'bigint', (c) => c.notNull())
        .addColumn('ended_at', 'bigint')
        .addColumn('end_reason', 'text')
        .addColumn('recall_proposal_id', 'text', (c) => c.references('assembly_proposal.id').onDelete('set null'))
        .execute();
      await db.schema.createIndex('assembly_delegate_parent').on('assembly_delegate').columns(['parent_assembly_id', 'ended_at']).execute();
      await db.schema
        .createIndex('assembly_delegate_member_assembly')
        .on('assembly_delegate')
        .columns(['member_assembly_id', 'ended_at'])
        .execute();
      await db.schema
        .createTable('assembly_mandate')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('delegate_id', 'text', (c) => c.notNull().references('assembly_delegate.id').onDelete('cascade'))
        .addColumn('proposal_id', 'text', (c) => c.notNull().references('assembly_proposal.id').onDelete('cascade'))
        .addColumn('instruction', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('set_at', 'bigint', (c) => c.notNull())
        .addColumn('set_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addUniqueConstraint('assembly_mandate_one', ['delegate_id', 'proposal_id'])
        .execute();
      await db.schema
        .createTable('assembly_delegate_report')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('delegate_id', 'text', (c) => c.notNull().references('assembly_delegate.id').onDelete('cascade'))
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
    },
  },
};
