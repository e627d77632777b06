import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppContext } from '../../context';
import { ErrorSchema, errorResponses } from '../../core/http/errors';
import { defineRoute, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import { EvidenceIdParam, EvidenceItem, EvidenceList, IncidentParam, IncidentQuery, MEDIA_TYPES, UPLOAD_TOKEN_HEADER } from './contract';
import { exportIncidentEvidence } from './export';
import { type EvidenceFile, listEvidence, openEvidenceFile, setEvidenceHeld } from './service';
import { type IncomingUpload, uploadAsMember, uploadAsReporter } from './upload';

const tags = ['evidence'];
/** Upload bodies are the raw file; these paths set their own limit (config.evidenceMaxBytes). */
export const REPORTER_UPLOAD_PATH = '/api/evidence/reporter-uploads';
export const MEMBER_UPLOAD_PATH = '/api/evidence/uploads';
/** The reporter upload limit is this many times the report intake limit (per client address). */
export const REPORTER_UPLOADS_PER_REPORT = 5;
const VIEWERS = ['responder', 'verifier', 'dispatcher', 'caseworker'] as const;
const LEGAL = ['caseworker', 'dispatcher'] as const;

const binary = z.string().openapi({ format: 'binary' });
const fileResponse = (types: readonly string[], description: string) => ({
  description,
  content: Object.fromEntries(types.map((t) => [t, { schema: binary }])),
});
const UPLOAD_BODY = `The body is the file itself, sent with its Content-Type (${MEDIA_TYPES.join(', ')}); its first bytes must match it.`;
const uploadResponses = {
  201: jsonResponse(EvidenceItem, 'Stored'),
  ...errorResponses,
  413: jsonResponse(ErrorSchema, 'Larger than the evidence size limit'),
  415: jsonResponse(ErrorSchema, 'Not a photo or video type that is accepted'),
};

const routes = {
  reporterUpload: defineRoute({
    method: 'post',
    path: REPORTER_UPLOAD_PATH,
    tags,
    summary: 'The anonymous reporter attaches a photo or video to their report, with its upload token (rate-limited)',
    description: UPLOAD_BODY,
    access: 'public',
    request: { query: IncidentQuery, headers: z.object({ [UPLOAD_TOKEN_HEADER]: z.string().max(200).optional() }) },
    responses: uploadResponses,
  }),
  memberUpload: defineRoute({
    method: 'post',
    path: MEMBER_UPLOAD_PATH,
    tags,
    summary: 'Attach a photo or video to an incident',
    description: UPLOAD_BODY,
    access: ['responder', 'verifier', 'dispatcher'],
    request: { query: IncidentQuery },
    responses: uploadResponses,
  }),
  list: defineRoute({
    method: 'get',
    path: '/api/evidence/incidents/{incidentId}',
    tags,
    summary: "An incident's photos and videos (no file locations)",
    access: VIEWERS,
    request: { params: IncidentParam },
    responses: { 200: jsonResponse(EvidenceList, 'Items'), ...errorResponses },
  }),
  export: defineRoute({
    method: 'get',
    path: '/api/evidence/incidents/{incidentId}/export',
    tags,
    summary: 'ZIP for a lawyer: originals, shared copies, manifest with hashes and custody chains (recorded in each chain)',
    access: LEGAL,
    request: { params: IncidentParam },
    responses: { 200: fileResponse(['application/zip'], 'The archive'), ...errorResponses },
  }),
  shared: defineRoute({
    method: 'get',
    path: '/api/evidence/{id}/shared',
    tags,
    summary: 'The shared copy of an image, metadata removed (each view is recorded in its chain of custody)',
    access: VIEWERS,
    request: { params: EvidenceIdParam },
    responses: { 200: fileResponse(MEDIA_TYPES, 'The file'), ...errorResponses },
  }),
  original: defineRoute({
    method: 'get',
    path: '/api/evidence/{id}/original',
    tags,
    summary: 'The original file as uploaded, metadata and all (recorded in its chain of custody and audited)',
    access: LEGAL,
    request: { params: EvidenceIdParam },
    responses: { 200: fileResponse(MEDIA_TYPES, 'The file'), ...errorResponses },
  }),
  hold: defineRoute({
    method: 'post',
    path: '/api/evidence/{id}/hold',
    tags,
    summary: 'Keep an item after its incident closes, until released',
    access: ['caseworker'],
    request: { params: EvidenceIdParam },
    responses: { 200: jsonResponse(EvidenceItem, 'Held'), ...errorResponses },
  }),
  release: defineRoute({
    method: 'post',
    path: '/api/evidence/{id}/release',
    tags,
    summary: 'Release a held item: it is deleted with its incident again',
    access: ['caseworker'],
    request: { params: EvidenceIdParam },
    responses: { 200: jsonResponse(EvidenceItem, 'Released'), ...errorResponses },
  }),
};

const incoming = (c: Context): IncomingUpload => ({
  contentType: c.req.header('content-type'),
  contentLength: c.req.header('content-length'),
  body: c.req.raw.body,
});

function sendFile(c: Context, file: EvidenceFile) {
  const disposition = file.copy === 'original' ? 'attachment' : 'inline';
  return c.body(file.body, 200, {
    'Content-Type': file.item.mediaType,
    'Content-Length': String(file.size),
    'Content-Disposition': `${disposition}; filename="${file.fileName}"`,
  });
}

export function evidenceRoutes(ctx: AppContext) {
  const app = createRouter();
  // Before the token is checked, so guessing tokens is slowed too; a few photos per report fit easily.
  const points = ctx.config.intakeRateLimitPerMinute * REPORTER_UPLOADS_PER_REPORT;
  app.use(REPORTER_UPLOAD_PATH, ctx.rateLimit('evidence-upload', { points, durationSeconds: 60 }));
  return app
    .openapi(routes.reporterUpload, async (c) => {
      const token = c.req.header(UPLOAD_TOKEN_HEADER);
      return c.json(await uploadAsReporter(ctx, c.req.valid('query').incidentId, token, incoming(c)), 201);
    })
    .openapi(routes.memberUpload, async (c) =>
      c.json(await uploadAsMember(ctx, principalOf(c), c.req.valid('query').incidentId, incoming(c)), 201),
    )
    .openapi(routes.list, async (c) => c.json({ items: await listEvidence(ctx, c.req.valid('param').incidentId) }, 200))
    .openapi(routes.export, async (c) => {
      const archive = await exportIncidentEvidence(ctx, principalOf(c), c.req.valid('param').incidentId);
      return c.body(archive.body, 200, {
        'Content-Type': 'application/zip',
        'Content-Length': String(archive.size),
        'Content-Disposition': `attachment; filename="${archive.fileName}"`,
      });
    })
    .openapi(routes.shared, async (c) => sendFile(c, await openEvidenceFile(ctx, principalOf(c), c.req.valid('param').id, 'shared')))
    .openapi(routes.original, async (c) => sendFile(c, await openEvidenceFile(ctx, principalOf(c), c.req.valid('param').id, 'original')))
    .openapi(routes.hold, async (c) => c.json(await setEvidenceHeld(ctx, principalOf(c), c.req.valid('param').id, true), 200))
    .openapi(routes.release, async (c) => c.json(await setEvidenceHeld(ctx, principalOf(c), c.req.valid('param').id, false), 200));
}
