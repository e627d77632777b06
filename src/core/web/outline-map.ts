/**
 * The base of every neighbourhood map: the outlines on a plain background (no tile layer, so no request
 * leaves this server — R-WEB-1), fitted to the container and laid out again when it resizes. Only
 * imported by the lazily loaded map modules, so Leaflet stays out of the main script.
 */
import { type GeoJSONOptions, geoJSON, type Map as LeafletMap, map as leafletMap, type MapOptions } from 'leaflet';

/** What a page needs from a map it made: its own zoom buttons (Leaflet's write innerHTML) and teardown. */
export interface MapControls {
  zoomIn(): void;
  zoomOut(): void;
  destroy(): void;
}

export const OUTLINE_STYLE = { color: '#5b6875', weight: 1, fillColor: '#ffffff', fillOpacity: 0.85 };

export function outlineMap(
  container: HTMLElement,
  outlines: GeoJSON.FeatureCollection,
  opts: { map?: MapOptions; layer?: GeoJSONOptions } = {},
): { map: LeafletMap; controls: MapControls } {
  // The list or fields beside the map are the keyboard path; a focusable map would trap screen readers.
  // No animations: a page left mid-animation would have Leaflet step a map that is gone.
  const map = leafletMap(container, {
    zoomControl: false,
    attributionControl: false,
    keyboard: false,
    zoomSnap: 0.25,
    zoomAnimation: false,
    fadeAnimation: false,
    ...opts.map,
  });
  const layer = geoJSON(outlines, { style: () => OUTLINE_STYLE, ...opts.layer }).addTo(map);
  const bounds = layer.getBounds();
  if (bounds.isValid()) map.fitBounds(bounds, { padding: [8, 8] });
  else map.setView([0, 0], 2);
  const resize = new ResizeObserver(() => map.invalidateSize());
  resize.observe(container);
  const controls: MapControls = {
    zoomIn: () => map.zoomIn(),
    zoomOut: () => map.zoomOut(),
    destroy: () => {
      resize.disconnect();
      map.remove();
    },
  };
  return { map, controls };
}
