import { ApiError, api } from '../../../core/web/api';
import type { ZoneFeatureCollection } from '../../zones/contract';
import { shapeContains } from '../../zones/geo';

/** The zones module's CELL_RESOLUTION (about 500 m); the server refuses any other. */
const COARSE_CELL_RESOLUTION = 8;

let shapes: Promise<ZoneFeatureCollection> | null = null;

/** The zone boundaries, fetched once per page load and only when the map or "use my location" needs them. */
export function zoneShapes(): Promise<ZoneFeatureCollection> {
  shapes ??= api.get<ZoneFeatureCollection>('/api/zones/geojson').catch((err: unknown) => {
    shapes = null;
    throw err;
  });
  return shapes;
}

const POSITION_OPTIONS: PositionOptions = { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 };

function position(): Promise<GeolocationCoordinates> {
  if (!('geolocation' in navigator)) return Promise.reject(new ApiError(0, 'geolocation_unavailable', ''));
  return new Promise((resolve, reject) =>
    navigator.geolocation.getCurrentPosition(
      (p) => resolve(p.coords),
      (e) => reject(new ApiError(0, e.code === e.PERMISSION_DENIED ? 'geolocation_denied' : 'geolocation_unavailable', e.message)),
      POSITION_OPTIONS,
    ),
  );
}

export interface BrowserLocation {
  zoneId: string;
  zoneName: string;
  /** The coarse cell: what is sent unless the reporter chooses to share the point. */
  cell: string;
  point: { lat: number; lng: number };
}

/**
 * Where the phone is, reduced here in the browser to its zone and coarse cell. The point stays on
 * the phone unless the reporter ticks the box to share it with this report.
 */
export async function locateInBrowser(): Promise<BrowserLocation> {
  const [coords, zones, h3] = await Promise.all([position(), zoneShapes(), import('h3-js')]);
  const point = { lat: coords.latitude, lng: coords.longitude };
  const zone = zones.features.find((f) => shapeContains(f.geometry.coordinates as [number, number][][][], point));
  if (!zone) throw new ApiError(0, 'location_outside', '');
  return {
    zoneId: zone.properties.id,
    zoneName: zone.properties.name,
    cell: h3.latLngToCell(point.lat, point.lng, COARSE_CELL_RESOLUTION),
    point,
  };
}
