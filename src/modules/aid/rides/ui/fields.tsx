import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../../core/web/api';
import { Checkbox, CheckboxGroup, SelectField } from '../../../../core/web/forms';
import { useLanguage, useT } from '../../../../core/web/i18n';
import type { ZoneSummary } from '../../../zones/contract';
import { WEEKDAYS } from '../limits';
import { weekdayName } from './format';

/** The network's neighbourhoods, sorted in the reader's language; an empty list until they load. */
export function useZones(): ZoneSummary[] {
  const lang = useLanguage();
  const [zones, setZones] = useState<ZoneSummary[]>([]);
  useEffect(() => {
    api.get<{ zones: ZoneSummary[] }>('/api/zones').then(
      (r) => setZones([...r.zones].sort((a, b) => a.name.localeCompare(b.name, [lang, 'en']))),
      () => setZones([]),
    );
  }, [lang]);
  return zones;
}

/**
 * A place as a neighbourhood. What is sent is the neighbourhood's own point, which the server reduces
 * to the zone and its ~500 m cell: nobody's home is pinned, and the hotline needs no map.
 */
export function PlaceField(props: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  zones: ZoneSummary[];
  value: string;
  onInput: (zoneId: string) => void;
  error: unknown;
}) {
  const t = useT('rides');
  return (
    <SelectField
      id={props.id}
      name={props.name}
      label={props.label}
      hint={props.hint}
      placeholder={t('form.zonePlaceholder')}
      options={props.zones.map((z) => ({ value: z.id, label: z.name }))}
      value={props.value}
      onInput={props.onInput}
      error={props.error}
    />
  );
}

/** The point the server locates for a chosen neighbourhood. */
export const pointOf = (zones: ZoneSummary[], zoneId: string) => {
  const zone = zones.find((z) => z.id === zoneId);
  // An unchosen place is sent as a point outside every zone: the server names the field.
  return zone ? zone.label : { lat: 0, lng: 0 };
};

export function WeekdaysField(props: { legend: string; value: number[]; onChange: (days: number[]) => void; error: unknown }) {
  const lang = useLanguage();
  const toggle = (day: number, on: boolean) => props.onChange(on ? [...props.value, day].sort() : props.value.filter((d) => d !== day));
  return (
    <CheckboxGroup legend={props.legend} name="weekdays" error={props.error}>
      <div class="ride-days">
        {WEEKDAYS.map((day) => (
          <Checkbox key={day} label={weekdayName(day, lang)} checked={props.value.includes(day)} onChange={(on) => toggle(day, on)} />
        ))}
      </div>
    </CheckboxGroup>
  );
}
