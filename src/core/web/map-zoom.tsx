import { useT } from './i18n';

/** Zoom buttons for a map drawn without Leaflet's own controls (those write HTML strings, refused under Trusted Types). */
export function MapZoom({ map }: { map: { zoomIn(): void; zoomOut(): void } | null | undefined }) {
  const t = useT();
  return (
    <div class="map-zoom">
      {(['zoomIn', 'zoomOut'] as const).map((dir) => (
        <button key={dir} type="button" class="button map-button" onClick={() => map?.[dir]()} disabled={!map}>
          <span aria-hidden="true">{dir === 'zoomIn' ? '+' : '−'}</span>
          <span class="sr-only">{t(`map.${dir}`)}</span>
        </button>
      ))}
    </div>
  );
}
