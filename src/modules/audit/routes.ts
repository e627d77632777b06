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
export const AuditPage = z
  .object({
    entries: z.array(AuditEntrySchema),
    nextCursor: z.string().nullable().openapi({ description: 'Pass as `cursor` to get the next (older) page' }),
  })
  .openapi('AuditPage');

const CURSOR = /^(\d{1,16}):([\w-]{1,64})$/;
const encodeCursor = (e: { at: number; id: string }) => `${e.at}:${e.id}`;

const AuditQuery = z.object({
  cursor: z.string().regex(CURSOR, 'Use the nextCursor of the previous page.').optional(),
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
    const { cursor, limit, action } = c.req.valid('query');
    const match = cursor ? CURSOR.exec(cursor) : null;
    const after = match ? { at: Number(match[1]), id: match[2] } : undefined;
    const entries = await listAuditEntries(ctx.db, { after, limit, action });
    const nextCursor = entries.length === limit ? encodeCursor(entries[entries.length - 1]) : null;
    return c.json({ entries, nextCursor }, 200);
  });
