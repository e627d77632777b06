import { api } from '../../../core/web/api';
import { useT } from '../../../core/web/i18n';
import { LazyMapFrame } from '../../../core/web/lazy-map-frame';
import type { ZoneFeatureCollection } from '../../zones/contract';
import type { AidMap } from './aid-map';

type Maps = typeof import('./aid-map');

const loadMaps = () => Promise.all([import('./aid-map'), api.get<ZoneFeatureCollection>('/api/zones/geojson')]);

/** An aid map with the neighbourhood outlines, fetched (with Leaflet) only when shown. */
export function MapFrame<M extends AidMap>(props: {
  create: (maps: Maps, container: HTMLElement, zones: ZoneFeatureCollection) => M;
  onReady: (map: M | null) => void;
  help: string;
}) {
  const t = useT('aid');
  return (
    <LazyMapFrame
      load={loadMaps}
      create={([maps, zones], container) => props.create(maps, container, zones)}
      onReady={props.onReady}
      className="aid-map"
      failedText={t('map.failed')}
      loadingText={t('map.loading')}
      help={props.help}
    />
  );
}
