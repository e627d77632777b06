import { z } from '@hono/zod-openapi';
import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import {
  CallbackNumber,
  DecisionInput,
  DuplicateSuggestion,
  ExactPoint,
  FiledReport,
  IntakeInfo,
  MergeInput,
  NewReport,
  Queue,
  Report,
  Timeline,
} from './contract';
import { reportsLiveStream } from './live';
import { mergeReport } from './merge';
import { duplicatesOf, listOpenIncidents, listQueue } from './queue';
import {
  closeIncident,
  decideReport,
  fileReport,
  getReport,
  presentReports,
  revealCallback,
  revealExactPoint,
  startVerifying,
  UPLOAD_WINDOW,
} from './service';
import { incidentTimeline } from './timeline';

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
  intakeInfo: defineRoute({
    method: 'get',
    path: '/api/reports/intake-info',
    tags,
    summary: 'What the public form tells a reporter: how long reports are kept, how large an upload may be',
    access: 'public',
    responses: { 200: jsonResponse(IntakeInfo, 'Intake facts') },
  }),
  queue: defineRoute({
    method: 'get',
    path: '/api/reports/queue',
    tags,
    summary: 'Reports waiting for a verifier, newest first, each with possible duplicates',
    access: STAFF,
    responses: { 200: jsonResponse(Queue, 'Queue'), ...errorResponses },
  }),
  incidents: defineRoute({
    method: 'get',
    path: '/api/reports/incidents',
    tags,
    summary: 'Confirmed incidents that are not closed yet',
    access: STAFF,
    responses: { 200: jsonResponse(ReportList, 'Open incidents'), ...errorResponses },
  }),
  live: defineRoute({
    method: 'get',
    path: '/api/reports/live',
    tags,
    summary: 'Server-Sent Events `filed` and `changed` with a report id; refetch the queue on each',
    access: STAFF,
    responses: {
      200: { description: 'An event stream', content: { 'text/event-stream': { schema: z.string() } } },
      ...errorResponses,
    },
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
  duplicates: defineRoute({
    method: 'get',
    path: '/api/reports/{id}/duplicates',
    tags,
    summary: 'Reports that may be the same sighting (same or neighbouring zone, within the duplicate window)',
    access: STAFF,
    request: idParam,
    responses: { 200: jsonResponse(z.object({ duplicates: z.array(DuplicateSuggestion) }), 'Suggestions'), ...errorResponses },
  }),
  merge: defineRoute({
    method: 'post',
    path: '/api/reports/{id}/merge',
    tags,
    summary: 'Merge an open report into another report of the same sighting',
    access: STAFF,
    request: { ...idParam, ...jsonBody(MergeInput) },
    responses: { 200: jsonResponse(Report, 'Merged'), ...errorResponses },
  }),
  callback: defineRoute({
    method: 'get',
    path: '/api/reports/{id}/callback',
    tags,
    summary: 'The callback number the reporter consented to, if any (audited)',
    access: STAFF,
    request: idParam,
    responses: { 200: jsonResponse(CallbackNumber, 'Number'), ...errorResponses },
  }),
  timeline: defineRoute({
    method: 'get',
    path: '/api/reports/{id}/timeline',
    tags,
    summary: 'Every recorded step of the incident, oldest first, with the roles (never names) of who acted',
    access: STAFF,
    request: idParam,
    responses: { 200: jsonResponse(Timeline, 'Timeline'), ...errorResponses },
  }),
};

export function reportsRoutes(ctx: AppContext) {
  const app = createRouter();
  app.use('/api/reports', ctx.rateLimit('intake', { points: ctx.config.intakeRateLimitPerMinute, durationSeconds: 60 }));
  const present = async (row: Parameters<typeof presentReports>[1][number]) => (await presentReports(ctx, [row]))[0];
  return app
    .openapi(routes.file, async (c) => c.json(await fileReport(ctx, null, c.req.valid('json')), 201))
    .openapi(routes.fileFromCall, async (c) => c.json(await fileReport(ctx, principalOf(c), c.req.valid('json'), 'hotline'), 201))
    .openapi(routes.intakeInfo, (c) =>
      c.json(
        {
          retentionDays: ctx.config.retentionDays.report ?? 0,
          uploadMaxBytes: ctx.config.evidenceMaxBytes,
          uploadWindowMinutes: UPLOAD_WINDOW / 60_000,
        },
        200,
      ),
    )
    .openapi(routes.queue, async (c) => c.json({ reports: await listQueue(ctx) }, 200))
    .openapi(routes.incidents, async (c) => c.json({ reports: await listOpenIncidents(ctx) }, 200))
    .openapi(routes.live, (c) => reportsLiveStream(ctx, c) as never)
    .openapi(routes.get, async (c) => c.json(await getReport(ctx, c.req.valid('param').id), 200))
    .openapi(routes.verifying, async (c) => c.json(await present(await startVerifying(ctx, principalOf(c), c.req.valid('param').id)), 200))
    .openapi(routes.decide, async (c) =>
      c.json(await present(await decideReport(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json'))), 200),
    )
    .openapi(routes.close, async (c) => c.json(await present(await closeIncident(ctx, principalOf(c), c.req.valid('param').id)), 200))
    .openapi(routes.exactPoint, async (c) => c.json({ point: await revealExactPoint(ctx, principalOf(c), c.req.valid('param').id) }, 200))
    .openapi(routes.duplicates, async (c) => c.json({ duplicates: await duplicatesOf(ctx, c.req.valid('param').id) }, 200))
    .openapi(routes.merge, async (c) =>
      c.json(await present(await mergeReport(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json').into)), 200),
    )
    .openapi(routes.callback, async (c) => c.json({ phone: await revealCallback(ctx, principalOf(c), c.req.valid('param').id) }, 200))
    .openapi(routes.timeline, async (c) => c.json({ entries: await incidentTimeline(ctx, c.req.valid('param').id) }, 200));
}
