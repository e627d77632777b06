import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../../core/web/api';
import { Checkbox, CheckboxGroup } from '../../../../core/web/forms';
import { useLanguage, useT } from '../../../../core/web/i18n';
import type { ZoneSummary } from '../../../zones/contract';
import { type Place, PlaceFields } from '../../ui/place-fields';
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
 * A place: a neighbourhood, or a tap on the map for a closer spot. Either way the server keeps only the
 * ~500 m cell around it for matching, and nobody sees more than that but the assigned driver.
 */
export function PlaceField(props: {
  id: string;
  name: string;
  legend: string;
  label: string;
  hint?: string;
  zones: ZoneSummary[];
  value: Place;
  onChange: (place: Place) => void;
  error: unknown;
}) {
  const t = useT('rides');
  return (
    <PlaceFields
      id={props.id}
      name={props.name}
      zones={props.zones}
      value={props.value}
      onChange={props.onChange}
      error={props.error}
      text={{
        legend: props.legend,
        hint: props.hint ?? t('form.placeHint'),
        zone: props.label,
        pickHelp: t('form.pickHelp'),
        pointChosen: t('form.pointChosen'),
      }}
    />
  );
}

export const noPlace: Place = { zoneId: '', point: null };

/** The point sent for a place: the one tapped on the map, or else the chosen neighbourhood's own point. */
export const pointOf = (zones: ZoneSummary[], place: Place) => {
  if (place.point) return place.point;
  const zone = zones.find((z) => z.id === place.zoneId);
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
