import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { useT } from '../../../core/web/i18n';
import { MapZoom } from '../../../core/web/map-zoom';
import type { ActionMap as MapPoints } from '../contract';
import type { ActionMap, MapView } from './action-map';
import { formatNumber } from './format';

/** Four decimals (about 10 m) are plenty for a view's edges and keep the URL short. */
const viewQuery = (view: MapView) =>
  `zoom=${view.zoom}&west=${view.west.toFixed(4)}&south=${view.south.toFixed(4)}&east=${view.east.toFixed(4)}&north=${view.north.toFixed(4)}`;

/**
 * The map, for those who can see and tap it; hidden from screen readers, since the table lists the
 * same actions. Leaflet is fetched only here.
 */
export function MapPanel({ query, start }: { query: string; start: boolean }) {
  const t = useT('tracker');
  const container = useRef<HTMLDivElement>(null);
  const [actionMap, setActionMap] = useState<ActionMap | null>(null);
  const [view, setView] = useState<MapView | null>(null);
  const [unlocated, setUnlocated] = useState(0);
  const [failed, setFailed] = useState(false);
  const label = useRef(t);
  label.current = t;

  // Leaflet is fetched and parsed once the figures and table are on screen (`start`), so that on a
  // slow phone it does not hold them up.
  useEffect(() => {
    if (!start) return;
    let cancelled = false;
    let created: ActionMap | null = null;
    import('./action-map')
      .then(({ createActionMap }) => {
        if (cancelled || !container.current) return;
        created = createActionMap(container.current, setView);
        setActionMap(created);
        setView(created.view());
      })
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
      created?.destroy();
    };
  }, [start]);

  useEffect(() => {
    if (!actionMap || !view) return;
    const request = new AbortController();
    api
      .get<MapPoints>(`/api/tracker/map?${query ? `${query}&` : ''}${viewQuery(view)}`, { signal: request.signal })
      .then((m) => {
        actionMap.show(m.points, (count) => label.current('map.pointLabel', { count: formatNumber(count) }));
        setUnlocated(m.unlocated);
      })
      .catch((err: Error) => err.name !== 'AbortError' && setFailed(true));
    return () => request.abort();
  }, [actionMap, view, query]);

  if (failed) return <p class="notice notice-error">{t('map.failed')}</p>;
  return (
    <section class="map-panel tracker-map-panel" aria-labelledby="tracker-map-title">
      <h2 id="tracker-map-title">{t('map.title')}</h2>
      <div class="tracker-map-frame">
        <div class="zone-map tracker-map" ref={container} aria-hidden="true" data-ready={actionMap ? 'true' : undefined} />
        <MapZoom map={actionMap} />
      </div>
      <p class="hint">{t('map.help')}</p>
      {unlocated > 0 && <p class="hint">{t('map.unlocated', { count: formatNumber(unlocated) })}</p>}
    </section>
  );
}
