import type { AppContext, AppModule } from '../../context';
import type { AuditEntry } from '../../core/audit';
import type { Db } from '../../database';
import { insertAuditEntry, listIncidentEntries } from './repository';
import { auditRoutes } from './routes';

/** Records an action in the same transaction as the action itself. */
export const audit = (ctx: AppContext, db: Db, entry: AuditEntry) => insertAuditEntry(db, ctx.ids.next(), ctx.clock.now(), entry);

/** An incident's audit entries in the order they happened (for its timeline). */
export const incidentAuditEntries = (ctx: AppContext, incidentId: string) => listIncidentEntries(ctx.db, incidentId);

export const auditModule: AppModule = {
  name: 'audit',
  routes: auditRoutes,
};
