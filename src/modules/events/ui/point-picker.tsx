import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { useT } from '../../../core/web/i18n';
import { MapZoom } from '../../../core/web/map-zoom';
import type { ZoneFeatureCollection } from '../../zones/contract';
import type { LatLng, PointMap } from './point-map';

function MapPanel(props: { point: LatLng | null; onPick: (p: LatLng) => void }) {
  const t = useT('events');
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<PointMap | null>(null);
  const [failed, setFailed] = useState(false);
  const pick = useRef(props.onPick);
  pick.current = props.onPick;
  const initial = useRef(props.point);

  useEffect(() => {
    let cancelled = false;
    let created: PointMap | null = null;
    Promise.all([import('./point-map'), api.get<ZoneFeatureCollection>('/api/zones/geojson')])
      .then(([{ createPointMap }, zones]) => {
        if (cancelled || !container.current) return;
        created = createPointMap(container.current, zones, initial.current, (p) => pick.current(p));
        setMap(created);
      })
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
      created?.destroy();
    };
  }, []);
  useEffect(() => map?.setPoint(props.point), [map, props.point]);

  if (failed) return <p class="notice notice-error">{t('form.mapFailed')}</p>;
  return (
    <div class="map-panel">
      <div class="zone-map" ref={container} aria-hidden="true" />
      <p class="hint">{map ? t('form.pointHint') : t('form.mapLoading')}</p>
      <MapZoom map={map} />
    </div>
  );
}

/** The exact meeting point, tapped on the neighbourhood map; the place in words is what counts without it. */
export function PointPicker({ point, onChange }: { point: LatLng | null; onChange: (p: LatLng | null) => void }) {
  const t = useT('events');
  const [showMap, setShowMap] = useState(false);
  return (
    <fieldset class="field">
      <legend>{t('form.pointLegend')}</legend>
      <div class="button-row">
        <button type="button" class="button" aria-expanded={showMap} onClick={() => setShowMap(!showMap)}>
          {showMap ? t('form.hideMap') : t('form.showMap')}
        </button>
        {point && (
          <button type="button" class="button" onClick={() => onChange(null)}>
            {t('form.removePoint')}
          </button>
        )}
      </div>
      <p class="hint" role="status">
        {point ? t('form.pointChosen', { latitude: point.lat, longitude: point.lng }) : ''}
      </p>
      {showMap && <MapPanel point={point} onPick={onChange} />}
    </fieldset>
  );
}
