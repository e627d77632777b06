import { useRef, useState } from 'preact/hooks';
import { SelectField } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import type { ZoneSummary } from '../../zones/contract';
import type { PickedPlace, PlacePicker } from './aid-map';
import { MapFrame } from './map-frame';

export interface Place {
  zoneId: string;
  /** Private: sent with the request, never shown to volunteers (they see its ~500 m hexagon). */
  point: { lat: number; lng: number } | null;
}

/** What a form using the place fields calls them (rides: "Pickup", "Destination"); aid's own words otherwise. */
export interface PlaceText {
  legend: string;
  hint: string;
  zone: string;
  pickHelp: string;
  pointChosen: string;
}

/** Where the household is: a neighbourhood from the list, or a tap on the map for a closer (but still coarse) area. */
export function PlaceFields(props: {
  zones: ZoneSummary[];
  value: Place;
  onChange: (place: Place) => void;
  error: unknown;
  id?: string;
  name?: string;
  text?: PlaceText;
}) {
  const t = useT('aid');
  const text: PlaceText = props.text ?? {
    legend: t('form.placeLegend'),
    hint: t('form.placeHint'),
    zone: t('form.zone'),
    pickHelp: t('map.pickHelp'),
    pointChosen: t('form.pointChosen'),
  };
  const lang = useLanguage();
  const [showMap, setShowMap] = useState(false);
  const [picker, setPicker] = useState<PlacePicker | null>(null);
  const { value, onChange } = props;
  const options = [...props.zones].sort((a, b) => a.name.localeCompare(b.name, [lang, 'en'])).map((z) => ({ value: z.id, label: z.name }));
  const [outside, setOutside] = useState(false);
  // The map keeps the first callback it was given; this ref always calls the latest one.
  const pick = useRef((_: PickedPlace) => {});
  pick.current = (place) => {
    setOutside(!place.zone);
    if (!place.zone) return;
    picker?.setPoint(place.point);
    onChange({ zoneId: place.zone.id, point: place.point });
  };
  const clear = () => {
    picker?.setPoint(null);
    onChange({ ...value, point: null });
  };

  return (
    <fieldset class="field">
      <legend>{text.legend}</legend>
      <p class="hint">{text.hint}</p>
      <SelectField
        id={props.id ?? 'aid-zone'}
        name={props.name ?? 'zoneId'}
        label={text.zone}
        placeholder={t('form.zonePlaceholder')}
        options={options}
        value={value.zoneId}
        onInput={(zoneId) => {
          picker?.setPoint(null);
          picker?.focusZone(zoneId);
          onChange({ zoneId, point: null });
        }}
        error={props.error}
      />
      <div class="button-row">
        <button type="button" class="button" aria-expanded={showMap} onClick={() => setShowMap(!showMap)}>
          {showMap ? t('form.hideMap') : t('form.showMap')}
        </button>
        {value.point && (
          <button type="button" class="button" onClick={clear}>
            {t('form.removePoint')}
          </button>
        )}
      </div>
      <p class="hint" role="status">
        {outside ? t('form.outside') : value.point ? text.pointChosen : ''}
      </p>
      {showMap && (
        <MapFrame<PlacePicker>
          create={(maps, container, zones) => {
            const made = maps.createPlacePicker(container, zones, (place) => pick.current(place));
            if (value.zoneId) made.focusZone(value.zoneId);
            made.setPoint(value.point);
            return made;
          }}
          onReady={setPicker}
          help={text.pickHelp}
        />
      )}
    </fieldset>
  );
}
