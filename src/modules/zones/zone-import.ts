import type { AppContext } from '../../context';
import type { AuditEntry } from '../../core/audit';
import { badRequest, conflict } from '../../core/errors';
import { audit } from '../audit';
import type { ZoneImportSummary } from './contract';
import { bboxOf, GeoJsonError, labelPoint } from './geo';
import { deleteZones, insertZone, listZoneGeometries, updateZone } from './repository';
import { recomputeNeighbours } from './service';
import { describeGeoJsonError, parseZoneFeatures, type ZoneFeature } from './zone-features';

export interface ImportOptions {
  /** The feature property holding each zone's name. */
  nameProperty?: string;
  /** Also delete zones that are not in the file (their watches go with them). */
  replace?: boolean;
  /** Who imports; null for the command line and the demo seed. */
  actor?: AuditEntry['actor'];
}

/**
 * Creates or updates one zone per feature, matched to existing zones by slug (derived from the name),
 * then works out every zone's neighbours again. Validates the whole file first and writes in one
 * transaction: a bad feature leaves the network exactly as it was.
 */
export async function importZones(ctx: AppContext, featureCollection: unknown, opts: ImportOptions = {}): Promise<ZoneImportSummary> {
  const { nameProperty = 'name', replace = false, actor = null } = opts;
  const features = readFeatures(featureCollection, nameProperty);
  const now = ctx.clock.now();
  try {
    return await ctx.db.transaction().execute(async (tx) => {
      const existing = new Map((await listZoneGeometries(tx)).map((z) => [z.slug, z]));
      const counts = { created: 0, updated: 0, unchanged: 0, removed: 0 };
      for (const feature of features) {
        const fields = zoneFields(feature);
        const old = existing.get(feature.slug);
        if (!old) {
          await insertZone(tx, { id: ctx.ids.next(), slug: feature.slug, createdAt: now, ...fields });
          counts.created++;
        } else if (old.name === fields.name && old.geometry === fields.geometry) {
          counts.unchanged++;
        } else {
          await updateZone(tx, old.id, fields);
          counts.updated++;
        }
      }
      if (replace) {
        const inFile = new Set(features.map((f) => f.slug));
        const gone = [...existing.values()].filter((z) => !inFile.has(z.slug)).map((z) => z.id);
        await deleteZones(tx, gone);
        counts.removed = gone.length;
      }
      const neighbourPairs = await recomputeNeighbours(tx);
      await audit(ctx, tx, { actor, action: 'zones.imported', objectType: 'zone', objectId: null });
      const total = existing.size + counts.created - counts.removed;
      return { total, ...counts, neighbourPairs };
    });
  } catch (err) {
    if (isForeignKeyViolation(err)) {
      throw conflict(
        'zone_in_use',
        'Some zones missing from the file are still referenced (by reports, for example); import without replace.',
      );
    }
    throw err;
  }
}

function readFeatures(featureCollection: unknown, nameProperty: string): ZoneFeature[] {
  try {
    return parseZoneFeatures(featureCollection, nameProperty);
  } catch (err) {
    if (!(err instanceof GeoJsonError)) throw err;
    const { field, message } = describeGeoJsonError(err);
    throw badRequest('invalid_geojson', message, field);
  }
}

function zoneFields(feature: ZoneFeature) {
  const label = labelPoint(feature.shape);
  return {
    name: feature.name,
    geometry: JSON.stringify({ type: 'MultiPolygon', coordinates: feature.shape }),
    ...bboxOf(feature.shape),
    labelLat: label.lat,
    labelLng: label.lng,
  };
}

/** SQLite and PostgreSQL report a row still referenced from another table differently. */
function isForeignKeyViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === '23503';
}
