import { z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { AppContext } from '../../context';
import { AppError } from '../../core/errors';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import { Action, ActionIdParam, ActionInput, ImportJob, ImportRequest, MAX_IMPORT_CHARS, VerifyInput } from './contract';
import { getImportJob, startImport } from './import-job';
import { createAction, editAction, removeAction, setVerified } from './service';

const tags = ['tracker'];
const ORGANISERS = ['organiser'] as const;
export const IMPORT_PATH = '/api/tracker/imports';
/** JSON escaping can double a file's size in the worst case; the CSV itself is capped by the contract. */
const MAX_IMPORT_BODY = 2 * MAX_IMPORT_CHARS + 1024;

const routes = {
  create: defineRoute({
    method: 'post',
    path: '/api/tracker/actions',
    tags,
    summary: 'Add an action by hand (without an ID, its own id is its ID)',
    access: ORGANISERS,
    request: jsonBody(ActionInput),
    responses: { 201: jsonResponse(Action, 'Added'), ...errorResponses },
  }),
  edit: defineRoute({
    method: 'put',
    path: '/api/tracker/actions/{id}',
    tags,
    summary: 'Replace what an action says (verification and the demo mark stay)',
    access: ORGANISERS,
    request: { params: ActionIdParam, ...jsonBody(ActionInput) },
    responses: { 200: jsonResponse(Action, 'Saved'), ...errorResponses },
  }),
  verify: defineRoute({
    method: 'put',
    path: '/api/tracker/actions/{id}/verified',
    tags,
    summary: 'Mark an action verified, or not',
    access: ORGANISERS,
    request: { params: ActionIdParam, ...jsonBody(VerifyInput) },
    responses: { 200: jsonResponse(Action, 'Saved'), ...errorResponses },
  }),
  remove: defineRoute({
    method: 'delete',
    path: '/api/tracker/actions/{id}',
    tags,
    summary: 'Delete an action with its locations and sources',
    access: ORGANISERS,
    request: { params: ActionIdParam },
    responses: { 200: jsonResponse(z.object({ id: z.string() }), 'Deleted'), ...errorResponses },
  }),
  startImport: defineRoute({
    method: 'post',
    path: IMPORT_PATH,
    tags,
    summary: 'Import a CSV in the ILR tracker layout; poll the job it returns for progress and bad rows',
    description: 'Idempotent on the ID column: importing a file again updates its actions and never duplicates them.',
    access: ORGANISERS,
    request: jsonBody(ImportRequest),
    responses: { 202: jsonResponse(ImportJob, 'Checked and started'), ...errorResponses },
  }),
  importJob: defineRoute({
    method: 'get',
    path: `${IMPORT_PATH}/{id}`,
    tags,
    summary: 'Progress of an import and the rows it refused, by line',
    access: ORGANISERS,
    request: { params: ActionIdParam },
    responses: { 200: jsonResponse(ImportJob, 'The import'), ...errorResponses },
  }),
};

const tooLarge = () => {
  throw new AppError(413, 'too_large', `The file is larger than ${MAX_IMPORT_CHARS / 1024 / 1024} MB.`);
};

export function trackerOrganiserRoutes(ctx: AppContext) {
  const app = createRouter();
  app.use(IMPORT_PATH, bodyLimit({ maxSize: MAX_IMPORT_BODY, onError: tooLarge }));
  return app
    .openapi(routes.create, async (c) => c.json(await createAction(ctx, principalOf(c), c.req.valid('json')), 201))
    .openapi(routes.edit, async (c) => c.json(await editAction(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json')), 200))
    .openapi(routes.verify, async (c) =>
      c.json(await setVerified(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json').verified), 200),
    )
    .openapi(routes.remove, async (c) => {
      const { id } = c.req.valid('param');
      await removeAction(ctx, principalOf(c), id);
      return c.json({ id }, 200);
    })
    .openapi(routes.startImport, async (c) => {
      // The job carries on after this answer; the page polls it.
      const { job } = await startImport(ctx, principalOf(c), c.req.valid('json').csv);
      return c.json(job, 202);
    })
    .openapi(routes.importJob, async (c) => c.json(await getImportJob(ctx, c.req.valid('param').id), 200));
}
