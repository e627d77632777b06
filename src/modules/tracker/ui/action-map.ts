/**
 * The tracker map, loaded only when the tracker page shows it (Leaflet is most of its weight). No
 * tile layer: a coarse outline of the country on a plain background, so no request leaves this
 * server (R-WEB-1). Points come from the server already grouped into cells for the zoom, so the map
 * draws at most a few hundred markers however many actions there are.
 */
import 'leaflet/dist/leaflet.css';
import { divIcon, geoJSON, layerGroup, map as leafletMap, marker } from 'leaflet';
import type { ActionMap as MapPoints } from '../contract';
import { CONTIGUOUS_BOUNDS, US_OUTLINE } from './us-outline';

export interface MapView {
  zoom: number;
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface ActionMap {
  view(): MapView;
  show(points: MapPoints['points'], label: (actions: number) => string): void;
  zoomIn(): void;
  zoomOut(): void;
  destroy(): void;
}

const OUTLINE = { color: '#5b6875', weight: 1, fillColor: '#ffffff', fillOpacity: 0.9, interactive: false };

/** Marker size grows with the logarithm of the count: 1 and 10,000 actions both stay readable. */
const sizeOf = (actions: number) => Math.round(22 + 7 * Math.log10(actions));

/** The marker's face, built as elements: Leaflet would write a string with innerHTML. */
function face(actions: number): HTMLElement {
  const el = document.createElement('span');
  el.className = 'tracker-cluster-count';
  el.textContent = actions > 999 ? `${Math.round(actions / 1000)}k` : String(actions);
  return el;
}

const clamp = (value: number, limit: number) => Math.max(-limit, Math.min(limit, value));

export function createActionMap(container: HTMLElement, onMove: (view: MapView) => void): ActionMap {
  const map = leafletMap(container, {
    zoomControl: false,
    attributionControl: false,
    // The table is the keyboard and screen-reader path; a focusable map would be a trap.
    keyboard: false,
    minZoom: 2,
    maxZoom: 14,
    zoomSnap: 0.5,
  });
  geoJSON(US_OUTLINE, { style: OUTLINE }).addTo(map);
  map.fitBounds(CONTIGUOUS_BOUNDS);
  const markers = layerGroup().addTo(map);

  const view = (): MapView => {
    const b = map.getBounds();
    return {
      zoom: Math.max(0, Math.round(map.getZoom())),
      west: clamp(b.getWest(), 400),
      south: clamp(b.getSouth(), 90),
      east: clamp(b.getEast(), 400),
      north: clamp(b.getNorth(), 90),
    };
  };
  map.on('moveend', () => onMove(view()));
  const resize = new ResizeObserver(() => map.invalidateSize());
  resize.observe(container);

  return {
    view,
    show(points, label) {
      markers.clearLayers();
      for (const point of points) {
        const size = sizeOf(point.actions);
        const text = label(point.actions);
        const icon = divIcon({ className: 'tracker-cluster', html: face(point.actions), iconSize: [size, size] });
        // Smaller groups drawn above larger ones, so a neighbour of a big group is not hidden under it.
        marker([point.lat, point.lng], { icon, keyboard: false, title: text, zIndexOffset: -size * 1000 })
          // A group opens up when tapped: two levels closer, centred on it.
          .on('click', () => map.setView([point.lat, point.lng], Math.min(map.getZoom() + 2, map.getMaxZoom())))
          .addTo(markers);
      }
    },
    zoomIn: () => map.zoomIn(),
    zoomOut: () => map.zoomOut(),
    destroy: () => {
      resize.disconnect();
      map.remove();
    },
  };
}
