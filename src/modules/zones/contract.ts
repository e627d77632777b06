import { z } from '@hono/zod-openapi';
import { GeoJsonError } from './geo';
import { parseZoneFeatures } from './zone-features';

/** The zones API's shapes, shared by the server and the web app. */

/** As many zones as the demo city has; watching more than that is watching everything. */
export const MAX_WATCHED_ZONES = 85;

const Latitude = z.number().min(-90).max(90);
const Longitude = z.number().min(-180).max(180);
export const ZoneId = z.string().min(1).max(64);

export const LatLng = z.object({ lat: Latitude, lng: Longitude }).openapi('LatLng');
export type LatLng = z.infer<typeof LatLng>;

export const ZoneSummary = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    label: LatLng.openapi({ description: 'A point inside the zone, for its label on a map' }),
    neighbours: z.array(z.string()).openapi({ description: 'Ids of the zones that share a border with this one' }),
  })
  .openapi('Zone');
export type ZoneSummary = z.infer<typeof ZoneSummary>;
export const ZoneList = z.object({ zones: z.array(ZoneSummary) }).openapi('ZoneList');

export const ZoneFeatureCollection = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        properties: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
        geometry: z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(z.array(z.number())))) }),
      }),
    ),
  })
  .openapi('ZoneFeatureCollection');
export type ZoneFeatureCollection = z.infer<typeof ZoneFeatureCollection>;

export const LocateRequest = z
  .object({ lat: Latitude, lng: Longitude })
  .openapi('LocateRequest', { description: 'A point to look up. It is not stored or logged.' });
export const Located = z
  .object({
    zone: z.object({ id: z.string(), name: z.string() }).nullable(),
    cell: z.string().openapi({ description: 'H3 cell (resolution 8, about 500 m) holding the point' }),
  })
  .openapi('Located');
export type Located = z.infer<typeof Located>;

export const WatchedZones = z.object({ zoneIds: z.array(ZoneId).max(MAX_WATCHED_ZONES) }).openapi('WatchedZones');
export type WatchedZones = z.infer<typeof WatchedZones>;

export const ZoneImport = z
  .object({
    geojson: z
      .looseObject({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) })
      .openapi({ description: 'A GeoJSON FeatureCollection of Polygon or MultiPolygon features (WGS84)' }),
    nameProperty: z.string().trim().min(1).max(64).default('name').openapi({ description: 'The feature property holding the name' }),
    replace: z.boolean().default(false).openapi({ description: 'Also delete the zones that are not in this file' }),
  })
  .superRefine((body, ctx) => {
    try {
      parseZoneFeatures(body.geojson, body.nameProperty);
    } catch (err) {
      if (!(err instanceof GeoJsonError)) throw err;
      ctx.addIssue({ code: 'custom', path: ['geojson', ...err.path], message: err.message });
    }
  })
  .openapi('ZoneImport');
export type ZoneImport = z.infer<typeof ZoneImport>;

export const ZoneImportSummary = z
  .object({
    total: z.number().int().openapi({ description: 'Zones in the network after the import' }),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    removed: z.number().int(),
    neighbourPairs: z.number().int(),
  })
  .openapi('ZoneImportSummary');
export type ZoneImportSummary = z.infer<typeof ZoneImportSummary>;
