import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../../core/web/i18n';
import { MapZoom } from '../../../core/web/map-zoom';
import type { ZoneMap } from '../../zones/ui/zone-map';
import { zoneShapes } from './locate';

/**
 * The neighbourhood map, to tap where the sighting was. Leaflet and the boundaries are fetched only
 * when someone opens it; the list beside it does the same job for keyboards and screen readers.
 */
export function ZoneMapPicker(props: { chosen: string; onChoose: (zoneId: string) => void }) {
  const t = useT('reports');
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<ZoneMap | null>(null);
  const [failed, setFailed] = useState(false);
  const choose = useRef(props.onChoose);
  choose.current = props.onChoose;
  const initial = useRef(props.chosen);
  // A zone tapped on the map is already in view; one chosen in the list or by location is flown to.
  const tapped = useRef('');

  useEffect(() => {
    let cancelled = false;
    let created: ZoneMap | null = null;
    Promise.all([import('../../zones/ui/zone-map'), zoneShapes()])
      .then(([{ createZoneMap }, zones]) => {
        if (cancelled || !container.current) return;
        created = createZoneMap(container.current, zones, new Set([initial.current]), (id) => {
          tapped.current = id;
          choose.current(id);
        });
        setMap(created);
      })
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
      created?.destroy();
    };
  }, []);

  useEffect(() => {
    map?.setWatched(new Set([props.chosen]));
    if (props.chosen && props.chosen !== tapped.current) map?.focusZone(props.chosen);
  }, [map, props.chosen]);

  if (failed) return <p class="notice notice-error">{t('form.mapFailed')}</p>;
  return (
    <div class="map-panel report-map">
      <div class="zone-map" ref={container} aria-hidden="true" />
      <p class="hint">{map ? t('form.mapHelp') : t('form.mapLoading')}</p>
      <MapZoom map={map} />
    </div>
  );
}
