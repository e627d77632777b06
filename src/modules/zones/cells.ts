import { cellToLatLng, getResolution, isValidCell, latLngToCell } from 'h3-js';
import type { LatLng } from './geo';

/**
 * Coarse locations. A point is reduced to its H3 cell at resolution 8 — a hexagon about 530 m on a
 * side (0.74 km²) — and, elsewhere, to its zone. Only the cell and the zone are ever kept or sent on;
 * the exact point goes no further than the function that reduces it.
 */
export const CELL_RESOLUTION = 8;

export function isLatLng(lat: number, lng: number): boolean {
  return Number.isFinite(lat) && Number.isFinite(lng) && lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180;
}

/** The coarse cell id (15 hex digits) of a point. */
export function cellOf(lat: number, lng: number): string {
  if (!isLatLng(lat, lng)) throw new RangeError(`Not a position on Earth: ${lat}, ${lng}`);
  return latLngToCell(lat, lng, CELL_RESOLUTION);
}

/** Whether a string is a coarse cell id as `cellOf` makes them (so clients cannot send a finer cell). */
export const isCell = (cell: string): boolean => isValidCell(cell) && getResolution(cell) === CELL_RESOLUTION;

/** The centre of a cell, for drawing it on a map. */
export function cellCentre(cell: string): LatLng {
  if (!isCell(cell)) throw new RangeError(`Not a coarse cell id: ${cell}`);
  const [lat, lng] = cellToLatLng(cell);
  return { lat, lng };
}
