/**
 * The neighbourhood polygons with the meeting point on them, loaded only when an organiser opens the
 * map. No tile layer, so no request leaves this server (R-WEB-1); a circle marker needs no image.
 */
import 'leaflet/dist/leaflet.css';
import { type CircleMarker, circleMarker, geoJSON, map as leafletMap } from 'leaflet';
import type { ZoneFeatureCollection } from '../../zones/contract';

export interface LatLng {
  lat: number;
  lng: number;
}

export interface PointMap {
  setPoint(point: LatLng | null): void;
  zoomIn(): void;
  zoomOut(): void;
  destroy(): void;
}

const ZONE_STYLE = { color: '#5b6875', weight: 1, fillColor: '#ffffff', fillOpacity: 0.85 };
const POINT_STYLE = { radius: 9, color: '#06345f', weight: 3, fillColor: '#0a58a3', fillOpacity: 0.9 };

export function createPointMap(
  container: HTMLElement,
  zones: ZoneFeatureCollection,
  point: LatLng | null,
  onPick: (p: LatLng) => void,
): PointMap {
  const map = leafletMap(container, { zoomControl: false, attributionControl: false, keyboard: false, zoomSnap: 0.25 });
  const layer = geoJSON(zones as GeoJSON.FeatureCollection, { style: () => ZONE_STYLE }).addTo(map);
  // The whole network in view, with the point on it: zoomed in, one neighbourhood is a blank white page.
  const bounds = layer.getBounds();
  if (bounds.isValid()) map.fitBounds(bounds, { padding: [8, 8] });
  else map.setView(point ? [point.lat, point.lng] : [0, 0], point ? 14 : 2);
  let marker: CircleMarker | null = null;
  const setPoint = (p: LatLng | null) => {
    marker?.remove();
    marker = p ? circleMarker([p.lat, p.lng], POINT_STYLE).addTo(map) : null;
  };
  setPoint(point);
  // About a metre: finer would only pretend to a precision a tap does not have.
  const round = (n: number) => Math.round(n * 1e5) / 1e5;
  map.on('click', (e) => onPick({ lat: round(e.latlng.lat), lng: round(e.latlng.lng) }));
  const resize = new ResizeObserver(() => map.invalidateSize());
  resize.observe(container);
  return {
    setPoint,
    zoomIn: () => map.zoomIn(),
    zoomOut: () => map.zoomOut(),
    destroy: () => {
      resize.disconnect();
      map.remove();
    },
  };
}
