import { useState } from 'preact/hooks';
import { Checkbox, FormError, SelectField, useAction } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import type { ZoneSummary } from '../../zones/contract';
import { FieldErrorText } from './controls';
import { type BrowserLocation, locateInBrowser } from './locate';
import { ZoneMapPicker } from './zone-map-picker';

export interface Place {
  zoneId: string;
  /** Set by "use my location" while the zone it found is the one chosen. */
  located: BrowserLocation | null;
  shareExact: boolean;
}

export const NO_PLACE: Place = { zoneId: '', located: null, shareExact: false };

/** Where it was: a neighbourhood from the list, a tap on the map, or the phone's location. */
export function LocationFields(props: { zones: ZoneSummary[]; value: Place; onChange: (place: Place) => void; error: unknown }) {
  const t = useT('reports');
  const lang = useLanguage();
  const [showMap, setShowMap] = useState(false);
  const { value, onChange } = props;
  const choose = (zoneId: string) =>
    onChange({ zoneId, located: value.located?.zoneId === zoneId ? value.located : null, shareExact: value.shareExact });
  const locate = useAction(async () => {
    const located = await locateInBrowser();
    onChange({ zoneId: located.zoneId, located, shareExact: false });
  });
  const options = [...props.zones].sort((a, b) => a.name.localeCompare(b.name, [lang, 'en'])).map((z) => ({ value: z.id, label: z.name }));

  return (
    <fieldset class="field report-place">
      <legend>{t('form.placeLegend')}</legend>
      <div class="button-row">
        <button type="button" class="button" disabled={locate.busy} onClick={() => locate.run()} aria-describedby="locate-hint">
          {locate.busy ? t('form.locating') : t('form.locate')}
        </button>
        <button type="button" class="button" aria-expanded={showMap} onClick={() => setShowMap(!showMap)}>
          {showMap ? t('form.hideMap') : t('form.showMap')}
        </button>
      </div>
      <p class="hint" id="locate-hint">
        {t('form.locateHint')}
      </p>
      <FormError error={locate.error} />
      {showMap && <ZoneMapPicker chosen={value.zoneId} onChoose={choose} />}
      <SelectField
        id="report-zone"
        name="zoneId"
        label={t('form.zone')}
        placeholder={t('form.zonePlaceholder')}
        options={options}
        value={value.zoneId}
        onInput={choose}
        error={props.error}
      />
      <FieldErrorText error={props.error} name="cell" />
      {value.located && (
        <div class="notice notice-ok" role="status">
          <p>{t('form.located', { name: value.located.zoneName })}</p>
          <Checkbox
            label={t('form.shareExact')}
            hint={t('form.shareExactHint')}
            checked={value.shareExact}
            onChange={(on) => onChange({ ...value, shareExact: on })}
          />
        </div>
      )}
    </fieldset>
  );
}
