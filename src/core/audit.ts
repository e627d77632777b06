import { sql } from 'kysely';
import type { MigrationMap } from './db/migrator';
import { dialectOf } from './db/portable';
import type { Principal } from './roles';

/** Append-only record of who did what: member id and roles, action, object, time — never IP or user agent. */
export interface AuditLogTable {
  id: string;
  at: number;
  memberId: string | null;
  roles: string;
  action: string;
  objectType: string;
  objectId: string | null;
  /** The sighting report an entry belongs to, so that an incident's timeline is one indexed query. */
  incidentId: string | null;
}
export interface AuditTables {
  auditLog: AuditLogTable;
}

export interface AuditEntry {
  actor: Pick<Principal, 'memberId' | 'roles'> | null;
  action: string;
  objectType: string;
  objectId?: string | null;
  incidentId?: string | null;
}

export const auditMigrations: MigrationMap = {
  '2026-11-23-core-001-audit-log': {
    async up(db) {
      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('member_id', 'text')
        .addColumn('roles', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('object_type', 'text', (c) => c.notNull())
        .addColumn('object_id', 'text')
        .execute();
      await db.schema.createIndex('audit_log_at').on('audit_log').columns(['at']).execute();
      // Append-only is enforced by the database itself, not only by the absence of an API.
      if (dialectOf(db) === 'postgres') {
        await sql`create function audit_log_append_only() returns trigger language plpgsql as $$
          begin raise exception 'audit_log is append-only'; end $$`.execute(db);
        await sql`create trigger audit_log_append_only before update or delete on audit_log
          for each row execute function audit_log_append_only()`.execute(db);
      } else {
        await sql`create trigger audit_log_no_update before update on audit_log
          begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
        await sql`create trigger audit_log_no_delete before delete on audit_log
          begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
      }
    },
  },
  '2026-11-30-core-002-audit-incident': {
    async up(db) {
      await db.schema.alterTable('audit_log').addColumn('incident_id', 'text').execute();
      await db.schema.createIndex('audit_log_incident').on('audit_log').columns(['incident_id', 'at']).execute();
    },
  },
};
