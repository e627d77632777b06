/**
 * The aid maps, loaded only when one is shown (Leaflet is most of their weight). No tile layer: the
 * neighbourhood outlines on a plain background, so no request leaves this server (R-WEB-1). A task
 * shows as its ~500 m hexagon — or, filed without a point, as its whole neighbourhood — never finer.
 */
import 'leaflet/dist/leaflet.css';
import { cellToBoundary, latLngToCell } from 'h3-js';
import {
  type CircleMarker,
  circleMarker,
  type Layer,
  type LeafletMouseEvent,
  latLngBounds,
  layerGroup,
  type Polygon,
  polygon,
} from 'leaflet';
import { type MapControls, OUTLINE_STYLE, outlineMap } from '../../../core/web/outline-map';
import type { ZoneFeatureCollection } from '../../zones/contract';
import { shapeContains } from '../../zones/geo';

export type AidMap = MapControls;

/** What the map needs of a task: where (coarsely) and a label for its tooltip. */
export interface MapTask {
  id: string;
  cell: string | null;
  zoneId: string;
  label: string;
}

export interface TaskMap extends AidMap {
  show(tasks: readonly MapTask[], selected: string | null): void;
}

export interface PlacePicker extends AidMap {
  setPoint(point: { lat: number; lng: number } | null): void;
  /** Frames one neighbourhood, so the tap that follows lands in it. */
  focusZone(zoneId: string): void;
}

/** The picked point and what volunteers will see of it. */
export interface PickedPlace {
  point: { lat: number; lng: number };
  zone: { id: string; name: string } | null;
}

const AREA = { color: '#8a4b00', weight: 2, fillColor: '#f0a030', fillOpacity: 0.45 };
const CHOSEN = { color: '#06345f', weight: 3, fillColor: '#0a58a3', fillOpacity: 0.55 };
const CELL_RESOLUTION = 8;

/** A tooltip built as an element: a string would be written with innerHTML (refused under Trusted Types). */
function tooltip(text: string): HTMLElement {
  const el = document.createElement('span');
  el.textContent = text;
  return el;
}

const hexagon = (cell: string) => cellToBoundary(cell).map(([lat, lng]) => [lat, lng] as [number, number]);

function baseMap(container: HTMLElement, zones: ZoneFeatureCollection) {
  const zonePaths = new Map<string, Polygon>();
  const { map, controls } = outlineMap(container, zones as GeoJSON.FeatureCollection, {
    layer: { onEachFeature: (feature, layer: Layer) => void zonePaths.set(String(feature.properties.id), layer as Polygon) },
  });
  return { map, zonePaths, controls };
}

/** Open tasks as hexagons (or highlighted zones), one shape where several share a place. */
export function createTaskMap(container: HTMLElement, zones: ZoneFeatureCollection, onSelect: (id: string) => void): TaskMap {
  const { map, zonePaths, controls } = baseMap(container, zones);
  const hexagons = layerGroup().addTo(map);
  let fitted = false;
  return {
    ...controls,
    show(tasks, selected) {
      hexagons.clearLayers();
      for (const path of zonePaths.values()) path.setStyle(OUTLINE_STYLE).unbindTooltip().off('click');
      const places = new Map<string, MapTask[]>();
      for (const task of tasks) {
        const key = task.cell ?? `zone:${task.zoneId}`;
        places.set(key, [...(places.get(key) ?? []), task]);
      }
      const bounds = latLngBounds([]);
      for (const here of places.values()) {
        const style = here.some((task) => task.id === selected) ? CHOSEN : AREA;
        const shape = here[0].cell ? polygon(hexagon(here[0].cell)).addTo(hexagons) : zonePaths.get(here[0].zoneId);
        if (!shape) continue;
        shape.setStyle(style).bindTooltip(tooltip(here.map((task) => task.label).join(' · ')), { sticky: true, direction: 'top' });
        shape.on('click', () => onSelect(here[0].id));
        bounds.extend(shape.getBounds());
      }
      // The first time there are tasks, frame them rather than the whole city.
      if (!fitted && bounds.isValid()) {
        map.fitBounds(bounds, { padding: [16, 16], maxZoom: 13 });
        fitted = true;
      }
    },
  };
}

/** A map to tap where the household is: the point stays private; the hexagon drawn is what volunteers see. */
export function createPlacePicker(container: HTMLElement, zones: ZoneFeatureCollection, onPick: (place: PickedPlace) => void): PlacePicker {
  const { map, zonePaths, controls } = baseMap(container, zones);
  const round = (n: number) => Math.round(n * 1e5) / 1e5;
  let dot: CircleMarker | null = null;
  let area: Layer | null = null;
  const zoneAt = (point: { lat: number; lng: number }) => {
    const found = zones.features.find((f) => shapeContains(f.geometry.coordinates as [number, number][][][], point));
    return found ? { id: found.properties.id, name: found.properties.name } : null;
  };
  map.on('click', (e: LeafletMouseEvent) => {
    const point = { lat: round(e.latlng.lat), lng: round(e.latlng.lng) };
    onPick({ point, zone: zoneAt(point) });
  });
  return {
    ...controls,
    setPoint(point) {
      dot?.remove();
      area?.remove();
      dot = null;
      area = null;
      if (!point) return;
      area = polygon(hexagon(latLngToCell(point.lat, point.lng, CELL_RESOLUTION)), AREA).addTo(map);
      dot = circleMarker([point.lat, point.lng], { radius: 7, color: '#ffffff', weight: 3, fillColor: '#06345f', fillOpacity: 1 }).addTo(
        map,
      );
      if (map.getZoom() < 14) map.setView([point.lat, point.lng], 14);
    },
    focusZone(zoneId) {
      const bounds = zonePaths.get(zoneId)?.getBounds();
      if (bounds?.isValid()) map.fitBounds(bounds, { padding: [16, 16] });
    },
  };
}
