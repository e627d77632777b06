import type { AppContext } from '../../context';
import { type LatLng, type MultiPolygon, shapeContains } from './geo';
import { zoneGeometriesBoxing, zoneGeometriesOf } from './repository';

/** Geometry the alerts need: which zones a radius touches, and coarse outlines for CAP areas. */

const KM_PER_DEGREE_LAT = 110.574;
const KM_PER_DEGREE_LNG_AT_EQUATOR = 111.32;

/** Kilometres from `centre` to the nearest edge of `shape`, in a plane centred on `centre`. */
function kmToEdge(shape: MultiPolygon, centre: LatLng): number {
  const kx = KM_PER_DEGREE_LNG_AT_EQUATOR * Math.cos((centre.lat * Math.PI) / 180);
  let nearest = Infinity;
  for (const ring of shape.flat()) {
    for (let i = 1; i < ring.length; i++) {
      const [x1, y1] = [(ring[i - 1][0] - centre.lng) * kx, (ring[i - 1][1] - centre.lat) * KM_PER_DEGREE_LAT];
      const [x2, y2] = [(ring[i][0] - centre.lng) * kx, (ring[i][1] - centre.lat) * KM_PER_DEGREE_LAT];
      const [ex, ey] = [x2 - x1, y2 - y1];
      const along = ex === 0 && ey === 0 ? 0 : Math.min(1, Math.max(0, -(x1 * ex + y1 * ey) / (ex * ex + ey * ey)));
      nearest = Math.min(nearest, Math.hypot(x1 + along * ex, y1 + along * ey));
    }
  }
  return nearest;
}

/** Zones that some point within `km` of `centre` falls in: the one holding it and any whose edge is that close. */
export async function zonesWithinRadius(ctx: AppContext, centre: LatLng, km: number): Promise<string[]> {
  const dLat = km / KM_PER_DEGREE_LAT;
  const dLng = km / (KM_PER_DEGREE_LNG_AT_EQUATOR * Math.cos((centre.lat * Math.PI) / 180));
  const candidates = await zoneGeometriesBoxing(ctx.db, {
    minLat: centre.lat - dLat,
    maxLat: centre.lat + dLat,
    minLng: centre.lng - dLng,
    maxLng: centre.lng + dLng,
  });
  return candidates
    .filter((z) => {
      const shape = (JSON.parse(z.geometry) as { coordinates: MultiPolygon }).coordinates;
      return shapeContains(shape, centre) || kmToEdge(shape, centre) <= km;
    })
    .map((z) => z.id)
    .sort();
}

/** The outer ring of each polygon of each zone, for CAP areas (coarse outlines, as the zones are). */
export async function zoneOutlines(ctx: AppContext, zoneIds: readonly string[]): Promise<Map<string, [number, number][][]>> {
  if (!zoneIds.length) return new Map();
  const rows = await zoneGeometriesOf(ctx.db, zoneIds);
  return new Map(
    rows.map((r) => [r.id, (JSON.parse(r.geometry) as { coordinates: MultiPolygon }).coordinates.map((polygon) => polygon[0])]),
  );
}
