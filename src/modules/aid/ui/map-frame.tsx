import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { useT } from '../../../core/web/i18n';
import { MapZoom } from '../../../core/web/map-zoom';
import type { ZoneFeatureCollection } from '../../zones/contract';
import type { AidMap } from './aid-map';

type Maps = typeof import('./aid-map');

/**
 * Fetches Leaflet and the zone outlines when shown, then hands the container to `create`. Hidden
 * from screen readers: every page with a map has a list or fields that do the same job.
 */
export function MapFrame<M extends AidMap>(props: {
  create: (maps: Maps, container: HTMLElement, zones: ZoneFeatureCollection) => M;
  onReady: (map: M | null) => void;
  help: string;
}) {
  const t = useT('aid');
  const box = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<M | null>(null);
  const [failed, setFailed] = useState(false);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    let live = true;
    let made: M | null = null;
    Promise.all([import('./aid-map'), api.get<ZoneFeatureCollection>('/api/zones/geojson')]).then(
      ([maps, zones]) => {
        if (!live || !box.current) return;
        made = latest.current.create(maps, box.current, zones);
        setMap(made);
        latest.current.onReady(made);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
      latest.current.onReady(null);
      made?.destroy();
    };
  }, []);

  if (failed) return <p class="notice notice-error">{t('map.failed')}</p>;
  return (
    <div class="map-panel">
      <div class="zone-map aid-map" ref={box} aria-hidden="true" />
      <MapZoom map={map} />
      <p class="hint">{map ? props.help : t('map.loading')}</p>
    </div>
  );
}
