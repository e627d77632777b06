/**
 * The businesses maps, loaded only when a map is shown (Leaflet is most of their weight). No tile
 * layer: the neighbourhood outlines on a plain background, so no request leaves this server
 * (R-WEB-1). Businesses are vector dots (no marker images); Leaflet's own controls write innerHTML,
 * which Trusted Types forbids, so the pages draw their own zoom buttons.
 */
import 'leaflet/dist/leaflet.css';
import {
  type CircleMarker,
  circleMarker,
  geoJSON,
  type Map as LeafletMap,
  type LeafletMouseEvent,
  latLngBounds,
  map as leafletMap,
} from 'leaflet';
import type { ZoneFeatureCollection } from '../../zones/contract';
import type { PublicBusiness } from '../contract';

export interface LazyMap {
  zoomIn(): void;
  zoomOut(): void;
  destroy(): void;
}

export interface BusinessMap extends LazyMap {
  show(businesses: PublicBusiness[], selected: string | null): void;
}

export interface PointPicker extends LazyMap {
  setPoint(point: { lat: number; lng: number } | null): void;
}

const OUTLINE = { color: '#5b6875', weight: 1, fillColor: '#ffffff', fillOpacity: 0.85, interactive: false };
const CLOSING = '#b3261e';
const SANCTUARY = '#1e7b45';
const BOTH = '#5b2a86';
const PLACE_ZOOM = 15;

const colourOf = (b: PublicBusiness) => (b.closing && b.sanctuary ? BOTH : b.closing ? CLOSING : SANCTUARY);

/** A tooltip built as an element: a string would be written with innerHTML. */
function label(text: string): HTMLElement {
  const el = document.createElement('span');
  el.textContent = text;
  return el;
}

/** The neighbourhood outlines, fitted to the container, resized with it. */
function outlineMap(container: HTMLElement, zones: ZoneFeatureCollection): { map: LeafletMap; base: LazyMap } {
  // The list or fields beside the map are the keyboard path; a focusable map would trap screen readers.
  // No animations: a page left mid-animation would have Leaflet step a map that is gone.
  const map = leafletMap(container, {
    zoomControl: false,
    attributionControl: false,
    keyboard: false,
    zoomSnap: 0.25,
    zoomAnimation: false,
    fadeAnimation: false,
  });
  const layer = geoJSON(zones as GeoJSON.FeatureCollection, { style: () => OUTLINE }).addTo(map);
  const bounds = layer.getBounds();
  if (bounds.isValid()) map.fitBounds(bounds, { padding: [8, 8] });
  else map.setView([0, 0], 2);
  const resize = new ResizeObserver(() => map.invalidateSize());
  resize.observe(container);
  const base: LazyMap = {
    zoomIn: () => map.zoomIn(),
    zoomOut: () => map.zoomOut(),
    destroy: () => {
      resize.disconnect();
      map.remove();
    },
  };
  return { map, base };
}

export function createBusinessMap(container: HTMLElement, zones: ZoneFeatureCollection, onSelect: (id: string) => void): BusinessMap {
  const { map, base } = outlineMap(container, zones);
  let dots: CircleMarker[] = [];
  let fitted = false;
  return {
    ...base,
    show(businesses, selected) {
      // The first time there are businesses, frame them rather than the whole city.
      if (!fitted && businesses.length) {
        map.fitBounds(latLngBounds(businesses.map((b) => [b.lat, b.lng])), { padding: [24, 24], maxZoom: 15 });
        fitted = true;
      }
      for (const dot of dots) dot.remove();
      dots = businesses.map((b) => {
        const chosen = b.id === selected;
        const dot = circleMarker([b.lat, b.lng], {
          radius: chosen ? 11 : 8,
          color: '#ffffff',
          weight: chosen ? 3 : 2,
          fillColor: colourOf(b),
          fillOpacity: 1,
        });
        dot.bindTooltip(label(b.name), { direction: 'top' });
        dot.on('click', () => onSelect(b.id));
        return dot.addTo(map);
      });
      const focus = businesses.find((b) => b.id === selected);
      if (focus) map.panTo([focus.lat, focus.lng], { animate: false });
    },
  };
}

/** A map to tap where a business is; the point is rounded to about a metre. */
export function createPointPicker(
  container: HTMLElement,
  zones: ZoneFeatureCollection,
  onPick: (point: { lat: number; lng: number }) => void,
): PointPicker {
  const { map, base } = outlineMap(container, zones);
  const round = (n: number) => Math.round(n * 1e5) / 1e5;
  let dot: CircleMarker | null = null;
  map.on('click', (e: LeafletMouseEvent) => onPick({ lat: round(e.latlng.lat), lng: round(e.latlng.lng) }));
  return {
    ...base,
    setPoint(point) {
      dot?.remove();
      dot = point
        ? circleMarker([point.lat, point.lng], { radius: 9, color: '#ffffff', weight: 3, fillColor: BOTH, fillOpacity: 1 }).addTo(map)
        : null;
      // Close enough to see the street, so a rough first tap can be moved to the door.
      if (point && (map.getZoom() < PLACE_ZOOM || !map.getBounds().contains([point.lat, point.lng])))
        map.setView([point.lat, point.lng], Math.max(map.getZoom(), PLACE_ZOOM));
    },
  };
}
