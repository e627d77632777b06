import { GeoJsonError, isRecord, type MultiPolygon, parseGeometry } from './geo';

/** A zone as read from an uploaded FeatureCollection, before it has an id. */
export interface ZoneFeature {
  /** Position in the file's `features`, for messages. */
  index: number;
  name: string;
  slug: string;
  shape: MultiPolygon;
}

/** More zones than any city has neighbourhoods; beyond this a file is a mistake (or points, not areas). */
export const MAX_ZONES = 1000;
const MAX_NAME_LENGTH = 100;

/**
 * The URL name of a zone: lower case, letters and digits joined by dashes, accents dropped.
 * Derived from the name alone, so importing the same file again finds the same zones.
 */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** Reads every feature of a FeatureCollection as a zone; throws a GeoJsonError naming the first thing wrong. */
export function parseZoneFeatures(input: unknown, nameProperty: string): ZoneFeature[] {
  if (!isRecord(input) || input.type !== 'FeatureCollection') {
    throw new GeoJsonError(['type'], 'the file must be a GeoJSON FeatureCollection');
  }
  const { features } = input;
  if (!Array.isArray(features) || features.length === 0) throw new GeoJsonError(['features'], 'the file has no features');
  if (features.length > MAX_ZONES) throw new GeoJsonError(['features'], `a file may hold at most ${MAX_ZONES} zones`);
  const bySlug = new Map<string, number>();
  return features.map((feature, index) => {
    const zone = parseFeature(feature, index, nameProperty);
    const earlier = bySlug.get(zone.slug);
    if (earlier !== undefined) {
      throw new GeoJsonError(['features', index, 'properties', nameProperty], `"${zone.name}" has the same name as feature ${earlier}`);
    }
    bySlug.set(zone.slug, index);
    return zone;
  });
}

function parseFeature(feature: unknown, index: number, nameProperty: string): ZoneFeature {
  const at = (...path: (string | number)[]) => ['features', index, ...path];
  if (!isRecord(feature) || feature.type !== 'Feature') throw new GeoJsonError(at('type'), 'each entry must be a GeoJSON Feature');
  const name = isRecord(feature.properties) ? feature.properties[nameProperty] : undefined;
  if (typeof name !== 'string' || !name.trim()) {
    throw new GeoJsonError(at('properties', nameProperty), `each feature needs a name in its "${nameProperty}" property`);
  }
  const trimmed = name.trim();
  if (trimmed.length > MAX_NAME_LENGTH)
    throw new GeoJsonError(at('properties', nameProperty), `a name may be at most ${MAX_NAME_LENGTH} characters`);
  const slug = slugOf(trimmed);
  if (!slug) throw new GeoJsonError(at('properties', nameProperty), `"${trimmed}" has no letters or digits`);
  try {
    return { index, name: trimmed, slug, shape: parseGeometry(feature.geometry) };
  } catch (err) {
    if (err instanceof GeoJsonError) throw new GeoJsonError(at('geometry', ...err.path), `${err.message} (in "${trimmed}")`);
    throw err;
  }
}

/** The dotted field and a one-line message, as the API's errors carry them. */
export function describeGeoJsonError(err: GeoJsonError, prefix: (string | number)[] = []): { field: string; message: string } {
  const field = [...prefix, ...err.path].join('.');
  return { field, message: `${field}: ${err.message}` };
}
