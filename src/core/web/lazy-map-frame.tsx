import { useEffect, useRef, useState } from 'preact/hooks';
import { MapZoom } from './map-zoom';
import type { MapControls } from './outline-map';

/**
 * A map made only when it is shown: `load` fetches what it needs (the Leaflet module, the outlines),
 * `create` draws it into the container, and `onReady` hands it to the page (null once it is gone).
 * It has zoom buttons of its own and is hidden from screen readers: each page with a map has a list
 * or fields that do the same job.
 */
export function LazyMapFrame<Loaded, M extends MapControls>(props: {
  load: () => Promise<Loaded>;
  create: (loaded: Loaded, container: HTMLElement) => M;
  onReady: (map: M | null) => void;
  /** The feature's class for the map box (its height). */
  className: string;
  failedText: string;
  /** Shown under the map until it is drawn. */
  loadingText?: string;
  help?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<M | null>(null);
  const [failed, setFailed] = useState(false);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    let live = true;
    let made: M | null = null;
    latest.current.load().then(
      (loaded) => {
        if (!live || !box.current) return;
        made = latest.current.create(loaded, box.current);
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

  if (failed) return <p class="notice notice-error">{props.failedText}</p>;
  const hint = map ? props.help : props.loadingText;
  return (
    <div class="map-panel">
      <div class={`zone-map ${props.className}`} ref={box} aria-hidden="true" />
      <MapZoom map={map} />
      {hint && <p class="hint">{hint}</p>}
    </div>
  );
}
