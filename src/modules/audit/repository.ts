import type { AuditEntry } from '../../core/audit';
import type { Db } from '../../database';

export async function insertAuditEntry(db: Db, id: string, at: number, entry: AuditEntry) {
  await db
    .insertInto('auditLog')
    .values({
      id,
      at,
      memberId: entry.actor?.memberId ?? null,
      roles: entry.actor ? entry.actor.roles.join(',') : 'system',
      action: entry.action,
      objectType: entry.objectType,
      objectId: entry.objectId ?? null,
      incidentId: entry.incidentId ?? null,
    })
    .execute();
}

/** Where the previous page ended: entries are ordered by (at, id), newest first. */
export interface AuditCursor {
  at: number;
  id: string;
}

export function listAuditEntries(db: Db, opts: { after?: AuditCursor; limit: number; action?: string }) {
  let q = db.selectFrom('auditLog').selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(opts.limit);
  const after = opts.after;
  if (after) q = q.where((eb) => eb.or([eb('at', '<', after.at), eb.and([eb('at', '=', after.at), eb('id', '<', after.id)])]));
  if (opts.action) q = q.where('action', '=', opts.action);
  return q.execute();
}

/** Everything recorded about one incident, oldest first. */
export function listIncidentEntries(db: Db, incidentId: string) {
  return db.selectFrom('auditLog').selectAll().where('incidentId', '=', incidentId).orderBy('at').orderBy('id').execute();
}
