/** Tables of the zones module: the network's neighbourhoods and who watches which. */
export interface ZoneTable {
  id: string;
  /** URL-safe, stable across re-imports of the same file (derived from the name). */
  slug: string;
  name: string;
  /** GeoJSON geometry (Polygon or MultiPolygon, WGS84) as text. */
  geometry: string;
  /** Bounding box, for a fast first filter in point lookups. */
  minLat: number;
  minLng: number;
  maxLat: number;
  maxLng: number;
  /** A point inside the zone, for labels. */
  labelLat: number;
  labelLng: number;
  createdAt: number;
}

export interface ZoneNeighbourTable {
  zoneId: string;
  neighbourId: string;
}

export interface ZoneWatchTable {
  memberId: string;
  zoneId: string;
  createdAt: number;
}

export interface ZonesTables {
  zone: ZoneTable;
  zoneNeighbour: ZoneNeighbourTable;
  zoneWatch: ZoneWatchTable;
}
