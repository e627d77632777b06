import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { useT } from '../../../core/web/i18n';
import { MapZoom } from '../../../core/web/map-zoom';
import type { ZoneFeatureCollection } from '../contract';
import type { ZoneMap } from './zone-map';

/**
 * The map, for those who can see and tap it. It is hidden from screen readers: the checkbox list
 * beside it does the same job and works with a keyboard. Leaflet is fetched only here.
 */
export function MapPanel(props: { watched: ReadonlySet<string>; onToggle: (id: string) => void; focus: string | null }) {
  const t = useT('zones');
  const container = useRef<HTMLDivElement>(null);
  const [zoneMap, setZoneMap] = useState<ZoneMap | null>(null);
  const [failed, setFailed] = useState(false);
  const toggle = useRef(props.onToggle);
  toggle.current = props.onToggle;
  const firstWatched = useRef(props.watched);

  useEffect(() => {
    let cancelled = false;
    let created: ZoneMap | null = null;
    Promise.all([import('./zone-map'), api.get<ZoneFeatureCollection>('/api/zones/geojson')])
      .then(([{ createZoneMap }, geojson]) => {
        if (cancelled || !container.current) return;
        created = createZoneMap(container.current, geojson, firstWatched.current, (id) => toggle.current(id));
        setZoneMap(created);
      })
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
      created?.destroy();
    };
  }, []);

  useEffect(() => zoneMap?.setWatched(props.watched), [zoneMap, props.watched]);
  useEffect(() => {
    if (props.focus) zoneMap?.focusZone(props.focus);
  }, [zoneMap, props.focus]);

  if (failed) return <p class="notice notice-error">{t('page.mapFailed')}</p>;
  return (
    <div class="map-panel">
      <div class="zone-map" ref={container} aria-hidden="true" />
      <MapZoom map={zoneMap} />
      <p class="hint">{t('page.mapHelp')}</p>
    </div>
  );
}
