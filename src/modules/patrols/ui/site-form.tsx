import { useState } from 'preact/hooks';
import { ApiError } from '../../../core/web/api';
import { ActionForm, FormError, SelectField, TextAreaField, TextField, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { useGet } from '../../../core/web/use-get';
import type { ZoneSummary } from '../../zones/contract';
import type { Site, SiteInputFields } from '../contract';
import { NAME_MAX, NOTES_MAX, SITE_KINDS } from '../limits';

const FIELDS = ['name', 'kind', 'zoneId', 'notes', 'point'];

/** A coordinate typed by hand, or null when left empty; anything else is refused on this device. */
function coordinate(text: string, field: string): number | null {
  if (!text.trim()) return null;
  const n = Number(text.replace(',', '.'));
  if (!Number.isFinite(n)) throw new ApiError(0, 'invalid_input', '', field);
  return n;
}

/** Adds or changes a site: a public place, its kind and neighbourhood, an optional exact spot, notes. */
export function SiteForm(props: { site?: Site; submitLabel: string; onSave: (input: SiteInputFields) => Promise<void> }) {
  const t = useT('patrols');
  const zones = useGet<{ zones: ZoneSummary[] }>('/api/zones');
  const { site } = props;
  const [name, setName] = useState(site?.name ?? '');
  const [kind, setKind] = useState<string>(site?.kind ?? 'school');
  const [zoneId, setZoneId] = useState(site?.zone.id ?? '');
  const [notes, setNotes] = useState(site?.notes ?? '');
  const [lat, setLat] = useState(site?.point ? String(site.point.lat) : '');
  const [lng, setLng] = useState(site?.point ? String(site.point.lng) : '');
  const save = useAction(async () => {
    const [la, ln] = [coordinate(lat, 'point.lat'), coordinate(lng, 'point.lng')];
    if ((la === null) !== (ln === null)) throw new ApiError(0, 'invalid_input', '', la === null ? 'point.lat' : 'point.lng');
    await props.onSave({
      name,
      kind: kind as SiteInputFields['kind'],
      zoneId,
      notes,
      point: la !== null && ln !== null ? { lat: la, lng: ln } : null,
    });
  });
  const prefix = site ? `site-${site.id}` : 'new-site';
  return (
    <ActionForm noValidate aria-label={props.submitLabel} action={save}>
      <TextField
        id={`${prefix}-name`}
        name="name"
        label={t('sites.name')}
        hint={t('sites.nameHint')}
        value={name}
        onInput={setName}
        maxLength={NAME_MAX}
        error={save.error}
      />
      <SelectField
        id={`${prefix}-kind`}
        name="kind"
        label={t('sites.kind')}
        options={SITE_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        value={kind}
        onInput={setKind}
        error={save.error}
      />
      <SelectField
        id={`${prefix}-zone`}
        name="zoneId"
        label={t('sites.zone')}
        placeholder={t('sites.chooseZone')}
        options={(zones.data?.zones ?? []).map((z) => ({ value: z.id, label: z.name }))}
        value={zoneId}
        onInput={setZoneId}
        error={save.error}
      />
      <fieldset class="field">
        <legend>{t('sites.point')}</legend>
        <p class="hint">{t('sites.pointHint')}</p>
        <div class="patrol-pair">
          <TextField
            id={`${prefix}-lat`}
            name="point.lat"
            label={t('sites.lat')}
            inputMode="decimal"
            value={lat}
            onInput={setLat}
            error={save.error}
          />
          <TextField
            id={`${prefix}-lng`}
            name="point.lng"
            label={t('sites.lng')}
            inputMode="decimal"
            value={lng}
            onInput={setLng}
            error={save.error}
          />
        </div>
      </fieldset>
      <TextAreaField
        id={`${prefix}-notes`}
        name="notes"
        label={t('sites.notes')}
        value={notes}
        onInput={setNotes}
        maxLength={NOTES_MAX}
        rows={3}
        error={save.error}
      />
      <FormError error={save.error} fields={FIELDS} />
      <button type="submit" class="button button-primary" disabled={save.busy}>
        {props.submitLabel}
      </button>
    </ActionForm>
  );
}
