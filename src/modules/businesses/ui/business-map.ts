/**
 * The businesses maps, loaded only when a map is shown (Leaflet is most of their weight). No tile
 * layer: the neighbourhood outlines on a plain background, so no request leaves this server
 * (R-WEB-1). Businesses are vector dots (no marker images); Leaflet's own controls write innerHTML,
 * which Trusted Types forbids, so the pages draw their own zoom buttons.
 */
import 'leaflet/dist/leaflet.css';
import { type CircleMarker, circleMarker, type Map as LeafletMap, type LeafletMouseEvent, latLngBounds } from 'leaflet';
import { type MapControls, OUTLINE_STYLE, outlineMap } from '../../../core/web/outline-map';
import type { ZoneFeatureCollection } from '../../zones/contract';
import type { PublicBusiness } from '../contract';

export type LazyMap = MapControls;

export interface BusinessMap extends LazyMap {
  show(businesses: PublicBusiness[], selected: string | null): void;
}

export interface PointPicker extends LazyMap {
  setPoint(point: { lat: number; lng: number } | null): void;
}

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

/** The neighbourhood outlines, not clickable: a tap goes to the map (to pick a point) or to a dot. */
function zonesMap(container: HTMLElement, zones: ZoneFeatureCollection): { map: LeafletMap; base: LazyMap } {
  const { map, controls } = outlineMap(container, zones as GeoJSON.FeatureCollection, {
    layer: { style: () => ({ ...OUTLINE_STYLE, interactive: false }) },
  });
  return { map, base: controls };
}

export function createBusinessMap(container: HTMLElement, zones: ZoneFeatureCollection, onSelect: (id: string) => void): BusinessMap {
  const { map, base } = zonesMap(container, zones);
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
  const { map, base } = zonesMap(container, zones);
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
