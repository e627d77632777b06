import { z } from '@hono/zod-openapi';
import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import { DecisionInput, ExactPoint, FiledReport, NewReport, Report } from './contract';
import { closeIncident, decideReport, fileReport, getReport, listQueue, presentReports, revealExactPoint, startVerifying } from './service';

const tags = ['reports'];
const idParam = { params: z.object({ id: z.string().min(1).max(64) }) };
const ReportList = z.object({ reports: z.array(Report) }).openapi('ReportList');
const STAFF = ['dispatcher', 'verifier'] as const;

const routes = {
  file: defineRoute({
    method: 'post',
    path: '/api/reports',
    tags,
    summary: 'Report a sighting, anonymously (rate-limited; nothing is broadcast until a verifier confirms)',
    access: 'public',
    request: jsonBody(NewReport),
    responses: { 201: jsonResponse(FiledReport, 'Filed'), ...errorResponses },
  }),
  fileFromCall: defineRoute({
    method: 'post',
    path: '/api/reports/hotline',
    tags,
    summary: 'Enter a sighting phoned in to the hotline',
    access: ['dispatcher'],
    request: jsonBody(NewReport),
    responses: { 201: jsonResponse(FiledReport, 'Filed'), ...errorResponses },
  }),
  queue: defineRoute({
    method: 'get',
    path: '/api/reports/queue',
    tags,
    summary: 'Reports waiting for a verifier, newest first',
    access: STAFF,
    responses: { 200: jsonResponse(ReportList, 'Queue'), ...errorResponses },
  }),
  get: defineRoute({
    method: 'get',
    path: '/api/reports/{id}',
    tags,
    summary: 'One report (coarse location only)',
    access: STAFF,
    request: idParam,
    responses: { 200: jsonResponse(Report, 'Report'), ...errorResponses },
  }),
  verifying: defineRoute({
    method: 'post',
    path: '/api/reports/{id}/verifying',
    tags,
    summary: 'Take a report to verify it',
    access: ['verifier'],
    request: idParam,
    responses: { 200: jsonResponse(Report, 'Being verified'), ...errorResponses },
  }),
  decide: defineRoute({
    method: 'post',
    path: '/api/reports/{id}/decision',
    tags,
    summary: 'Confirm a report (with the method), or mark it a false alarm or unable to verify',
    access: ['verifier'],
    request: { ...idParam, ...jsonBody(DecisionInput) },
    responses: { 200: jsonResponse(Report, 'Decided'), ...errorResponses },
  }),
  close: defineRoute({
    method: 'post',
    path: '/api/reports/{id}/close',
    tags,
    summary: 'Close a confirmed incident',
    access: STAFF,
    request: idParam,
    responses: { 200: jsonResponse(Report, 'Closed'), ...errorResponses },
  }),
  exactPoint: defineRoute({
    method: 'get',
    path: '/api/reports/{id}/exact-point',
    tags,
    summary: 'The exact point the reporter chose to share, if any (audited)',
    access: STAFF,
    request: idParam,
    responses: { 200: jsonResponse(z.object({ point: ExactPoint.nullable() }), 'Point'), ...errorResponses },
  }),
};

export function reportsRoutes(ctx: AppContext) {
  const app = createRouter();
  app.use('/api/reports', ctx.rateLimit('intake', { points: ctx.config.intakeRateLimitPerMinute, durationSeconds: 60 }));
  const present = async (row: Parameters<typeof presentReports>[1][number]) => (await presentReports(ctx, [row]))[0];
  return app
    .openapi(routes.file, async (c) => c.json(await fileReport(ctx, null, c.req.valid('json')), 201))
    .openapi(routes.fileFromCall, async (c) => c.json(await fileReport(ctx, principalOf(c), c.req.valid('json'), 'hotline'), 201))
    .openapi(routes.queue, async (c) => c.json({ reports: await listQueue(ctx) }, 200))
    .openapi(routes.get, async (c) => c.json(await getReport(ctx, c.req.valid('param').id), 200))
    .openapi(routes.verifying, async (c) => c.json(await present(await startVerifying(ctx, principalOf(c), c.req.valid('param').id)), 200))
    .openapi(routes.decide, async (c) =>
      c.json(await present(await decideReport(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json'))), 200),
    )
    .openapi(routes.close, async (c) => c.json(await present(await closeIncident(ctx, principalOf(c), c.req.valid('param').id)), 200))
    .openapi(routes.exactPoint, async (c) => c.json({ point: await revealExactPoint(ctx, principalOf(c), c.req.valid('param').id) }, 200));
}
