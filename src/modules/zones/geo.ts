/**
 * Plane geometry for zones, on WGS84 GeoJSON coordinates ([lng, lat]). Pure: no I/O.
 * Distances use a local equirectangular projection, accurate to well under a metre at city scale.
 */

export type Position = [lng: number, lat: number];
export type Ring = Position[];
/** An outer ring followed by its holes. */
export type Polygon = Ring[];
export type MultiPolygon = Polygon[];

export interface BBox {
  minLat: number;
  minLng: number;
  maxLat: number;
  maxLng: number;
}

export interface LatLng {
  lat: number;
  lng: number;
}

/** Invalid input, with the path to the offending value (relative to what was parsed). */
export class GeoJsonError extends Error {
  constructor(
    readonly path: (string | number)[],
    message: string,
  ) {
    super(message);
  }
}

const METRES_PER_DEGREE_LAT = 110_574;
const METRES_PER_DEGREE_LNG_AT_EQUATOR = 111_320;

/** Validates a GeoJSON Polygon or MultiPolygon geometry and returns it as polygons (extra dimensions dropped). */
export function parseGeometry(value: unknown): MultiPolygon {
  if (!isRecord(value)) throw new GeoJsonError([], 'a geometry object is required');
  const { type, coordinates } = value;
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    throw new GeoJsonError(['type'], `the geometry must be a Polygon or MultiPolygon, not ${JSON.stringify(type ?? null)}`);
  }
  if (!Array.isArray(coordinates) || coordinates.length === 0) {
    throw new GeoJsonError(['coordinates'], 'coordinates must be a non-empty array');
  }
  const polygons =
    type === 'Polygon'
      ? [parsePolygon(coordinates, ['coordinates'])]
      : coordinates.map((p, i) => {
          if (!Array.isArray(p)) throw new GeoJsonError(['coordinates', i], 'a polygon must be an array of rings');
          return parsePolygon(p, ['coordinates', i]);
        });
  // Published boundary files carry zero-area slivers (a few repeated points); they are harmless to drop.
  const solid = polygons.filter((polygon) => ringArea(polygon[0]) > 0);
  if (solid.length === 0) throw new GeoJsonError(['coordinates'], 'the geometry encloses no area');
  return solid;
}

function parsePolygon(rings: unknown[], path: (string | number)[]): Polygon {
  if (rings.length === 0) throw new GeoJsonError(path, 'a polygon needs an outer ring');
  return rings.map((r, i) => parseRing(r, [...path, i]));
}

function parseRing(value: unknown, path: (string | number)[]): Ring {
  if (!Array.isArray(value) || value.length < 4) {
    throw new GeoJsonError(path, 'a ring must be an array of at least 4 positions');
  }
  const ring = value.map((p, i) => parsePosition(p, [...path, i]));
  const [first, last] = [ring[0], ring[ring.length - 1]];
  if (first[0] !== last[0] || first[1] !== last[1]) {
    throw new GeoJsonError(path, 'a ring must end at the position where it starts');
  }
  return ring;
}

function parsePosition(value: unknown, path: (string | number)[]): Position {
  if (!Array.isArray(value) || value.length < 2 || !value.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    throw new GeoJsonError(path, 'a position must be [longitude, latitude] in numbers');
  }
  const [lng, lat] = value as number[];
  if (lng < -180 || lng > 180) throw new GeoJsonError(path, `longitude ${lng} is outside -180..180`);
  if (lat < -90 || lat > 90) throw new GeoJsonError(path, `latitude ${lat} is outside -90..90 (is the order [lng, lat]?)`);
  return [lng, lat];
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function bboxOf(shape: MultiPolygon): BBox {
  const box = { minLat: Infinity, minLng: Infinity, maxLat: -Infinity, maxLng: -Infinity };
  for (const polygon of shape) {
    for (const [lng, lat] of polygon[0]) {
      box.minLat = Math.min(box.minLat, lat);
      box.maxLat = Math.max(box.maxLat, lat);
      box.minLng = Math.min(box.minLng, lng);
      box.maxLng = Math.max(box.maxLng, lng);
    }
  }
  return box;
}

/** Even–odd ray casting over all rings, so a point in a hole is outside. */
function polygonContains(polygon: Polygon, p: LatLng): boolean {
  let inside = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > p.lat !== yj > p.lat && p.lng < ((xj - xi) * (p.lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

const toLatLng = ([lng, lat]: Position): LatLng => ({ lat, lng });

export const shapeContains = (shape: MultiPolygon, p: LatLng) => shape.some((polygon) => polygonContains(polygon, p));

/** Absolute area in square degrees (only ever compared with other areas). */
function ringArea(ring: Ring): number {
  let twice = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) twice += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return Math.abs(twice) / 2;
}

const polygonArea = (polygon: Polygon) => polygon.reduce((sum, ring, i) => sum + (i === 0 ? 1 : -1) * ringArea(ring), 0);

/**
 * A point for the zone's label, always strictly inside it: of the midpoints of inside stretches along a
 * few horizontal lines through the largest polygon, the one farthest from any edge. A centroid can fall
 * outside a concave or holed shape; this cannot.
 */
export function labelPoint(shape: MultiPolygon): LatLng {
  const polygon = shape.reduce((a, b) => (polygonArea(b) > polygonArea(a) ? b : a));
  const box = bboxOf([polygon]);
  let best: { point: LatLng; clearance: number } | undefined;
  for (let k = 1; k < 16; k++) {
    const lat = box.minLat + ((box.maxLat - box.minLat) * k) / 16;
    for (const [from, to] of insideStretches(polygon, lat)) {
      const point = { lat, lng: (from + to) / 2 };
      const clearance = distanceToBoundary(polygon, point);
      if (!best || clearance > best.clearance) best = { point, clearance };
    }
  }
  if (!best) throw new GeoJsonError([], 'the polygon encloses no area');
  return best.point;
}

/** Longitudes where a horizontal line crosses the polygon, paired into inside stretches. */
function insideStretches(polygon: Polygon, lat: number): [number, number][] {
  const xs: number[] = [];
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > lat !== yj > lat) xs.push(((xj - xi) * (lat - yi)) / (yj - yi) + xi);
    }
  }
  xs.sort((a, b) => a - b);
  const stretches: [number, number][] = [];
  for (let i = 0; i + 1 < xs.length; i += 2) if (xs[i + 1] > xs[i]) stretches.push([xs[i], xs[i + 1]]);
  return stretches;
}

function distanceToBoundary(polygon: Polygon, p: LatLng): number {
  let min = Infinity;
  for (const ring of polygon) {
    for (let i = 1; i < ring.length; i++) min = Math.min(min, pointSegmentMetres(p, ring[i - 1], ring[i]));
  }
  return min;
}

/** Metres from a point to a segment, in a plane centred on the point. */
function pointSegmentMetres(p: LatLng, a: Position, b: Position): number {
  const kx = METRES_PER_DEGREE_LNG_AT_EQUATOR * Math.cos((p.lat * Math.PI) / 180);
  const ax = (a[0] - p.lng) * kx;
  const ay = (a[1] - p.lat) * METRES_PER_DEGREE_LAT;
  const bx = (b[0] - p.lng) * kx;
  const by = (b[1] - p.lat) * METRES_PER_DEGREE_LAT;
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/** Whether two segments cross or touch (orientation test on raw degrees; exact for what it decides). */
function segmentsIntersect(a1: Position, a2: Position, b1: Position, b2: Position): boolean {
  const d1 = orientation(b1, b2, a1);
  const d2 = orientation(b1, b2, a2);
  const d3 = orientation(a1, a2, b1);
  const d4 = orientation(a1, a2, b2);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return (
    (d1 === 0 && onSegment(b1, b2, a1)) ||
    (d2 === 0 && onSegment(b1, b2, a2)) ||
    (d3 === 0 && onSegment(a1, a2, b1)) ||
    (d4 === 0 && onSegment(a1, a2, b2))
  );
}

const orientation = (a: Position, b: Position, c: Position) => (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
const onSegment = (a: Position, b: Position, p: Position) =>
  Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1]);

/** Degrees of latitude and longitude that `metres` spans near `lat` (for bounding-box filters). */
function degreesFor(metres: number, lat: number): { dLat: number; dLng: number } {
  const cos = Math.max(Math.cos((Math.min(Math.abs(lat), 89) * Math.PI) / 180), 1e-6);
  return { dLat: metres / METRES_PER_DEGREE_LAT, dLng: metres / (METRES_PER_DEGREE_LNG_AT_EQUATOR * cos) };
}

const boxesNear = (a: BBox, b: BBox, m: { dLat: number; dLng: number }) =>
  a.minLat - m.dLat <= b.maxLat && b.minLat - m.dLat <= a.maxLat && a.minLng - m.dLng <= b.maxLng && b.minLng - m.dLng <= a.maxLng;

/** Two zones closer than this at some point of their boundaries are neighbours (surveyed borders rarely match exactly). */
export const NEIGHBOUR_TOLERANCE_METRES = 15;

export interface Shape {
  id: string;
  shape: MultiPolygon;
  bbox: BBox;
}

interface Edge {
  a: Position;
  b: Position;
  box: BBox;
}

/**
 * Pairs of zones that touch or overlap: some edge of one comes within `metres` of an edge of the other,
 * or one lies inside the other. Each pair once, ids in sorted order. Boxes filter pairs, then edges.
 */
export function touchingPairs(shapes: Shape[], metres = NEIGHBOUR_TOLERANCE_METRES): [string, string][] {
  const maxLat = Math.max(0, ...shapes.flatMap((s) => [Math.abs(s.bbox.minLat), Math.abs(s.bbox.maxLat)]));
  const margin = degreesFor(metres, maxLat);
  const edges = shapes.map((s) => edgesOf(s.shape));
  const pairs: [string, string][] = [];
  for (let i = 0; i < shapes.length; i++) {
    for (let j = i + 1; j < shapes.length; j++) {
      const [a, b] = [shapes[i], shapes[j]];
      if (!boxesNear(a.bbox, b.bbox, margin)) continue;
      if (edgesNear(edges[i], edges[j], metres, margin) || overlaps(a.shape, b.shape)) {
        pairs.push(a.id < b.id ? [a.id, b.id] : [b.id, a.id]);
      }
    }
  }
  return pairs;
}

function edgesOf(shape: MultiPolygon): Edge[] {
  const edges: Edge[] = [];
  for (const ring of shape.flat()) {
    for (let i = 1; i < ring.length; i++) {
      const [a, b] = [ring[i - 1], ring[i]];
      const box = {
        minLat: Math.min(a[1], b[1]),
        maxLat: Math.max(a[1], b[1]),
        minLng: Math.min(a[0], b[0]),
        maxLng: Math.max(a[0], b[0]),
      };
      edges.push({ a, b, box });
    }
  }
  return edges;
}

function edgesNear(ours: Edge[], theirs: Edge[], metres: number, margin: { dLat: number; dLng: number }): boolean {
  for (const e of ours) {
    for (const f of theirs) {
      if (boxesNear(e.box, f.box, margin) && segmentMetres(e, f) <= metres) return true;
    }
  }
  return false;
}

function segmentMetres(e: Edge, f: Edge): number {
  if (segmentsIntersect(e.a, e.b, f.a, f.b)) return 0;
  return Math.min(
    pointSegmentMetres(toLatLng(e.a), f.a, f.b),
    pointSegmentMetres(toLatLng(e.b), f.a, f.b),
    pointSegmentMetres(toLatLng(f.a), e.a, e.b),
    pointSegmentMetres(toLatLng(f.b), e.a, e.b),
  );
}

/** Boundaries that never come near each other can still nest: one zone inside the other. */
function overlaps(a: MultiPolygon, b: MultiPolygon): boolean {
  return shapeContains(b, toLatLng(a[0][0][0])) || shapeContains(a, toLatLng(b[0][0][0]));
}
