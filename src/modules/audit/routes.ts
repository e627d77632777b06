import { z } from '@hono/zod-openapi';
import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { listAuditEntries } from './repository';

export const AuditEntrySchema = z
  .object({
    id: z.string(),
    at: z.number().int(),
    memberId: z.string().nullable(),
    roles: z.string(),
    action: z.string(),
    objectType: z.string(),
    objectId: z.string().nullable(),
  })
  .openapi('AuditEntry');
export const AuditPage = z.object({ entries: z.array(AuditEntrySchema), nextBefore: z.number().int().nullable() }).openapi('AuditPage');

const AuditQuery = z.object({
  before: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  action: z.string().max(80).optional(),
});

const listAuditRoute = defineRoute({
  method: 'get',
  path: '/api/audit',
  tags: ['audit'],
  summary: 'The audit log, newest first (who by member id and role, what, when)',
  access: ['admin'],
  request: { query: AuditQuery },
  responses: { 200: { description: 'A page of entries', content: { 'application/json': { schema: AuditPage } } }, ...errorResponses },
});

export const auditRoutes = (ctx: AppContext) =>
  createRouter().openapi(listAuditRoute, async (c) => {
    const q = c.req.valid('query');
    const entries = await listAuditEntries(ctx.db, q);
    const nextBefore = entries.length === q.limit ? entries[entries.length - 1].at : null;
    return c.json({ entries, nextBefore }, 200);
  });
