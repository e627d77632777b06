import { api } from '../../../core/web/api';
import { useT } from '../../../core/web/i18n';
import { LazyMapFrame as MapFrame } from '../../../core/web/lazy-map-frame';
import type { ZoneFeatureCollection } from '../../zones/contract';
import type { LazyMap } from './business-map';

type Maps = typeof import('./business-map');

const loadMaps = () => Promise.all([import('./business-map'), api.get<ZoneFeatureCollection>('/api/zones/geojson')]);

/** A businesses map with the neighbourhood outlines, fetched (with Leaflet) only when shown. */
export function LazyMapFrame<M extends LazyMap>(props: {
  create: (maps: Maps, container: HTMLElement, zones: ZoneFeatureCollection) => M;
  onReady: (map: M | null) => void;
  help?: string;
}) {
  const t = useT('businesses');
  return (
    <MapFrame
      load={loadMaps}
      create={([maps, zones], container) => props.create(maps, container, zones)}
      onReady={props.onReady}
      className="business-map"
      failedText={t('map.mapFailed')}
      help={props.help}
    />
  );
}
