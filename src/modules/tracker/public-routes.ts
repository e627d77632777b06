import { z } from '@hono/zod-openapi';
import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { Action, ActionFilters, ActionIdParam, ActionListQuery, ActionMap, ActionMapQuery, ActionPage, ActionTotals } from './contract';
import { toIlrCsv } from './ilr-export';
import { inputOf } from './rows';
import { actionMap, actionTotals, exportActions, getAction, listActions } from './service';

const tags = ['tracker'];
// Unknown query parameters are refused rather than ignored: a misspelt filter must not quietly match everything.
const FilterQuery = ActionFilters.strict();

const routes = {
  list: defineRoute({
    method: 'get',
    path: '/api/tracker/actions',
    tags,
    summary: 'A page of actions (newest first) matching the filters',
    access: 'public',
    request: { query: ActionListQuery.strict() },
    responses: { 200: jsonResponse(ActionPage, 'Actions'), ...errorResponses },
  }),
  one: defineRoute({
    method: 'get',
    path: '/api/tracker/actions/{id}',
    tags,
    summary: 'One action with its locations and sources',
    access: 'public',
    request: { params: ActionIdParam },
    responses: { 200: jsonResponse(Action, 'The action'), 404: jsonResponse(z.object({}), 'No such action'), ...errorResponses },
  }),
  totals: defineRoute({
    method: 'get',
    path: '/api/tracker/totals',
    tags,
    summary: 'Actions, distinct cities, known participants and actions whose participants are not known',
    access: 'public',
    request: { query: FilterQuery },
    responses: { 200: jsonResponse(ActionTotals, 'Totals'), ...errorResponses },
  }),
  map: defineRoute({
    method: 'get',
    path: '/api/tracker/map',
    tags,
    summary: 'Matching actions as map points, grouped into cells that suit the zoom (and view, when given)',
    access: 'public',
    request: { query: ActionMapQuery.strict() },
    responses: { 200: jsonResponse(ActionMap, 'Points'), ...errorResponses },
  }),
  exportCsv: defineRoute({
    method: 'get',
    path: '/api/tracker/export.csv',
    tags,
    summary: 'Matching actions as CSV in the Cornell ILR Labor Action Tracker layout (imports back as the same actions)',
    access: 'public',
    request: { query: FilterQuery },
    responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } }, ...errorResponses },
  }),
  exportJson: defineRoute({
    method: 'get',
    path: '/api/tracker/export.json',
    tags,
    summary: 'Matching actions as JSON, every field',
    access: 'public',
    request: { query: FilterQuery },
    responses: { 200: jsonResponse(z.object({ actions: z.array(Action) }), 'Actions'), ...errorResponses },
  }),
};

const attachment = (ctx: AppContext, extension: string) =>
  `attachment; filename="actions-${new Date(ctx.clock.now()).toISOString().slice(0, 10)}.${extension}"`;

export const trackerPublicRoutes = (ctx: AppContext) =>
  createRouter()
    .openapi(routes.list, async (c) => {
      const { limit, offset, ...filters } = c.req.valid('query');
      return c.json(await listActions(ctx, filters, limit, offset), 200);
    })
    .openapi(routes.one, async (c) => c.json(await getAction(ctx, c.req.valid('param').id), 200))
    .openapi(routes.totals, async (c) => c.json(await actionTotals(ctx, c.req.valid('query')), 200))
    .openapi(routes.map, async (c) => {
      const { zoom, west, south, east, north, ...filters } = c.req.valid('query');
      const bounds =
        west !== undefined && south !== undefined && east !== undefined && north !== undefined ? { west, south, east, north } : undefined;
      return c.json(await actionMap(ctx, filters, zoom, bounds), 200);
    })
    .openapi(routes.exportCsv, async (c) => {
      const actions = await exportActions(ctx, c.req.valid('query'));
      return c.body(toIlrCsv(actions.map(inputOf)), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': attachment(ctx, 'csv'),
      }) as never;
    })
    .openapi(routes.exportJson, async (c) => {
      c.header('Content-Disposition', attachment(ctx, 'json'));
      return c.json({ actions: await exportActions(ctx, c.req.valid('query')) }, 200);
    });
