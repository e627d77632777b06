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
    })
    .execute();
}

export function listAuditEntries(db: Db, opts: { before?: number; limit: number; action?: string }) {
  let q = db.selectFrom('auditLog').selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(opts.limit);
  if (opts.before !== undefined) q = q.where('at', '<', opts.before);
  if (opts.action) q = q.where('action', '=', opts.action);
  return q.execute();
}
