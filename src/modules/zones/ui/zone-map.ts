/**
 * The neighbourhood map, loaded only by the zones page (Leaflet is most of its weight). No tile layer:
 * the polygons on a plain background, so no request leaves this server (R-WEB-1). Leaflet's own
 * controls write innerHTML, which Trusted Types forbids, so the page draws its own zoom buttons.
 */
import 'leaflet/dist/leaflet.css';
import { type GeoJSON, geoJSON, type Layer, map as leafletMap, type Path, type PathOptions } from 'leaflet';
import type { ZoneFeatureCollection } from '../contract';

export interface ZoneMap {
  setWatched(ids: ReadonlySet<string>): void;
  focusZone(id: string): void;
  zoomIn(): void;
  zoomOut(): void;
  destroy(): void;
}

const WATCHED: PathOptions = { color: '#06345f', weight: 2.5, fillColor: '#0a58a3', fillOpacity: 0.65 };
const NOT_WATCHED: PathOptions = { color: '#5b6875', weight: 1, fillColor: '#ffffff', fillOpacity: 0.85 };

/** A tooltip built as an element: a string would be written with innerHTML. */
function label(text: string): HTMLElement {
  const el = document.createElement('span');
  el.textContent = text;
  return el;
}

export function createZoneMap(
  container: HTMLElement,
  zones: ZoneFeatureCollection,
  watched: ReadonlySet<string>,
  onToggle: (zoneId: string) => void,
): ZoneMap {
  const map = leafletMap(container, {
    zoomControl: false,
    attributionControl: false,
    // The checkbox list is the keyboard path; a focusable map would be a trap for screen readers.
    keyboard: false,
    zoomSnap: 0.25,
  });
  const byId = new Map<string, Path>();
  const layer: GeoJSON = geoJSON(zones as GeoJSON.FeatureCollection, {
    style: (feature) => (watched.has(String(feature?.properties?.id)) ? WATCHED : NOT_WATCHED),
    onEachFeature: (feature, featureLayer: Layer) => {
      const id = String(feature.properties.id);
      byId.set(id, featureLayer as Path);
      featureLayer.bindTooltip(label(String(feature.properties.name)), { sticky: true, direction: 'top' });
      featureLayer.on('click', () => onToggle(id));
    },
  }).addTo(map);
  const bounds = layer.getBounds();
  if (bounds.isValid()) map.fitBounds(bounds, { padding: [8, 8] });
  else map.setView([0, 0], 2);
  // The page lays the map out again at other widths (phone turned, window resized).
  const resize = new ResizeObserver(() => map.invalidateSize());
  resize.observe(container);

  return {
    setWatched(ids) {
      for (const [id, path] of byId) path.setStyle(ids.has(id) ? WATCHED : NOT_WATCHED);
    },
    focusZone(id) {
      const path = byId.get(id) as (Path & { getBounds?: () => ReturnType<GeoJSON['getBounds']> }) | undefined;
      const zoneBounds = path?.getBounds?.();
      if (zoneBounds?.isValid()) map.flyToBounds(zoneBounds, { padding: [24, 24], maxZoom: 15 });
    },
    zoomIn: () => map.zoomIn(),
    zoomOut: () => map.zoomOut(),
    destroy: () => {
      resize.disconnect();
      map.remove();
    },
  };
}
