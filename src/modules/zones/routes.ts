import { createHash } from 'node:crypto';
import { bodyLimit } from 'hono/body-limit';
import type { AppContext } from '../../context';
import { AppError } from '../../core/errors';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import { Located, LocateRequest, WatchedZones, ZoneFeatureCollection, ZoneImport, ZoneImportSummary, ZoneList } from './contract';
import { getWatchedZones, listZones, locate, setWatchedZones, zonesGeoJson } from './service';
import { importZones } from './zone-import';

const tags = ['zones'];

/** A city's boundary file is well under this; the Minneapolis one is 56 kB. */
const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

const routes = {
  list: defineRoute({
    method: 'get',
    path: '/api/zones',
    tags,
    summary: 'The zones of the network, with label points and neighbours',
    access: 'public',
    responses: { 200: jsonResponse(ZoneList, 'Zones by name') },
  }),
  geojson: defineRoute({
    method: 'get',
    path: '/api/zones/geojson',
    tags,
    summary: 'Zone boundaries for maps (coordinates rounded to about 1 m)',
    access: 'public',
    responses: {
      200: { description: 'Zones as GeoJSON', content: { 'application/geo+json': { schema: ZoneFeatureCollection } } },
      304: { description: 'Unchanged since the ETag sent in If-None-Match' },
    },
  }),
  locate: defineRoute({
    method: 'post',
    path: '/api/zones/locate',
    tags,
    summary: 'The zone and coarse cell of a point; the point is not stored',
    access: 'public',
    request: jsonBody(LocateRequest),
    responses: { 200: jsonResponse(Located, 'Zone (null outside every zone) and cell'), ...errorResponses },
  }),
  myZones: defineRoute({
    method: 'get',
    path: '/api/me/zones',
    tags,
    summary: 'The zones I watch',
    access: 'signed_in',
    responses: { 200: jsonResponse(WatchedZones, 'Watched zones'), ...errorResponses },
  }),
  setMyZones: defineRoute({
    method: 'put',
    path: '/api/me/zones',
    tags,
    summary: 'Replace the zones I watch',
    access: 'signed_in',
    request: jsonBody(WatchedZones),
    responses: { 200: jsonResponse(WatchedZones, 'Watched zones'), ...errorResponses },
  }),
  import: defineRoute({
    method: 'post',
    path: '/api/zones/import',
    tags,
    summary: 'Create or update zones from a GeoJSON file',
    access: ['admin'],
    request: jsonBody(ZoneImport),
    responses: { 200: jsonResponse(ZoneImportSummary, 'What changed'), ...errorResponses },
  }),
};

const tooLarge = () => {
  throw new AppError(413, 'too_large', `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
};

export function zonesRoutes(ctx: AppContext) {
  const app = createRouter();
  app.use('/api/zones/locate', ctx.rateLimit('locate', { points: 60, durationSeconds: 60 }));
  app.use('/api/zones/import', bodyLimit({ maxSize: MAX_IMPORT_BYTES, onError: tooLarge }));
  return app
    .openapi(routes.list, async (c) => c.json({ zones: await listZones(ctx) }, 200))
    .openapi(routes.geojson, async (c) => {
      const text = JSON.stringify(await zonesGeoJson(ctx));
      const etag = `"${createHash('sha256').update(text).digest('base64url')}"`;
      c.header('ETag', etag);
      c.header('Cache-Control', 'public, max-age=300');
      const cached = c.req
        .header('if-none-match')
        ?.split(',')
        .map((tag) => tag.trim());
      if (cached?.includes(etag)) return c.body(null, 304);
      return c.body(text, 200, { 'Content-Type': 'application/geo+json' });
    })
    .openapi(routes.locate, async (c) => {
      const { lat, lng } = c.req.valid('json');
      return c.json(await locate(ctx, lat, lng), 200);
    })
    .openapi(routes.myZones, async (c) => c.json(await getWatchedZones(ctx, principalOf(c).memberId), 200))
    .openapi(routes.setMyZones, async (c) => c.json(await setWatchedZones(ctx, principalOf(c), c.req.valid('json').zoneIds), 200))
    .openapi(routes.import, async (c) => {
      const { geojson, nameProperty, replace } = c.req.valid('json');
      return c.json(await importZones(ctx, geojson, { nameProperty, replace, actor: principalOf(c) }), 200);
    });
}
