import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { useT } from '../../../core/web/i18n';
import { MapZoom } from '../../../core/web/map-zoom';
import type { ZoneFeatureCollection } from '../../zones/contract';
import type { LazyMap } from './business-map';

type Maps = typeof import('./business-map');

/**
 * A map that fetches Leaflet and the neighbourhood outlines only when it is shown, with zoom buttons
 * of its own. It is hidden from screen readers: each page has a list or fields that do the same job.
 */
export function LazyMapFrame<M extends LazyMap>(props: {
  create: (maps: Maps, container: HTMLElement, zones: ZoneFeatureCollection) => M;
  onReady: (map: M | null) => void;
  help?: string;
}) {
  const t = useT('businesses');
  const container = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);
  const map = useRef<M | null>(null);
  const setup = useRef(props);
  setup.current = props;

  useEffect(() => {
    let cancelled = false;
    Promise.all([import('./business-map'), api.get<ZoneFeatureCollection>('/api/zones/geojson')])
      .then(([maps, zones]) => {
        if (cancelled || !container.current) return;
        map.current = setup.current.create(maps, container.current, zones);
        setReady(true);
        setup.current.onReady(map.current);
      })
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
      setup.current.onReady(null);
      map.current?.destroy();
    };
  }, []);

  if (failed) return <p class="notice notice-error">{t('map.mapFailed')}</p>;
  return (
    <div class="map-panel">
      <div class="zone-map business-map" ref={container} aria-hidden="true" />
      <MapZoom map={ready ? map.current : null} />
      {props.help && <p class="hint">{props.help}</p>}
    </div>
  );
}
