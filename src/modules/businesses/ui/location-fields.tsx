import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { TextField } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { Located } from '../../zones/contract';
import type { PointPicker } from './business-map';
import { LazyMapFrame } from './lazy-map';

export interface PointText {
  lat: string;
  lng: string;
}

const parsed = (p: PointText) => {
  const lat = Number.parseFloat(p.lat);
  const lng = Number.parseFloat(p.lng);
  return Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? { lat, lng } : null;
};

/** The business's exact place: tapped on the map or typed; the neighbourhood it falls in is shown. */
export function LocationFields({ value, onChange, error }: { value: PointText; onChange: (p: PointText) => void; error: unknown }) {
  const t = useT('businesses');
  const [picker, setPicker] = useState<PointPicker | null>(null);
  const [zone, setZone] = useState<Located['zone'] | undefined>(undefined);
  const change = useRef(onChange);
  change.current = onChange;
  const point = parsed(value);

  useEffect(() => picker?.setPoint(point), [picker, value.lat, value.lng]);
  useEffect(() => {
    setZone(undefined);
    if (!point) return;
    const controller = new AbortController();
    api.post<Located>('/api/zones/locate', point, { signal: controller.signal }).then(
      (r) => setZone(r.zone),
      () => {},
    );
    return () => controller.abort();
  }, [value.lat, value.lng]);

  return (
    <fieldset class="field business-place">
      <legend>{t('join.place')}</legend>
      <p class="hint">{t('join.placeHint')}</p>
      <LazyMapFrame<PointPicker>
        create={(maps, container, zones) =>
          maps.createPointPicker(container, zones, (p) => change.current({ lat: String(p.lat), lng: String(p.lng) }))
        }
        onReady={setPicker}
      />
      <div class="business-coordinates">
        <TextField
          id="business-lat"
          name="lat"
          label={t('join.lat')}
          value={value.lat}
          onInput={(lat) => onChange({ ...value, lat })}
          error={error}
          inputMode="decimal"
          autoComplete="off"
        />
        <TextField
          id="business-lng"
          name="lng"
          label={t('join.lng')}
          value={value.lng}
          onInput={(lng) => onChange({ ...value, lng })}
          error={error}
          inputMode="decimal"
          autoComplete="off"
        />
      </div>
      <p class={zone ? 'notice notice-ok' : zone === null ? 'notice' : 'sr-only'} role="status">
        {zone ? t('join.inZone', { name: zone.name }) : zone === null ? t('join.outside') : ''}
      </p>
    </fieldset>
  );
}
