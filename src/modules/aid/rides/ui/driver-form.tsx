import { useState } from 'preact/hooks';
import { api } from '../../../../core/web/api';
import { ActionForm, FormError, TextField, useAction } from '../../../../core/web/forms';
import { useT } from '../../../../core/web/i18n';
import type { Availability, NewDriver } from '../contract';
import { FIRST_NAME_MAX, MAX_SEATS, VEHICLE_NOTE_MAX } from '../limits';
import { noPlace, PlaceField, pointOf, useZones, WeekdaysField } from './fields';

const FIELDS = ['firstName', 'seats', 'weekdays', 'departFrom', 'departTo', 'start', 'end', 'vehicleNote'];

/** A trusted member offers seats on a regular trip. Home and destination are kept as neighbourhoods only. */
export function DriverForm(props: { firstName: string; onOffered: (offer: Availability) => void }) {
  const t = useT('rides');
  const zones = useZones();
  const [form, setForm] = useState({
    firstName: props.firstName,
    seats: '2',
    weekdays: [1, 2, 3, 4, 5],
    departFrom: '06:30',
    departTo: '07:15',
    start: noPlace,
    end: noPlace,
    vehicleNote: '',
  });
  const set = (patch: Partial<typeof form>) => setForm({ ...form, ...patch });
  const offer = useAction(async () => {
    const body: NewDriver = {
      ...form,
      seats: Number(form.seats),
      start: pointOf(zones, form.start),
      end: pointOf(zones, form.end),
    };
    props.onOffered(await api.post<Availability>('/api/rides/drivers', body));
  });
  return (
    <ActionForm class="card stack" aria-labelledby="driver-form-title" action={offer}>
      <h2 id="driver-form-title">{t('driver.offerTitle')}</h2>
      <p class="hint">{t('driver.offerHint')}</p>
      <TextField
        id="driver-name"
        name="firstName"
        label={t('driver.firstName')}
        hint={t('driver.firstNameHint')}
        maxLength={FIRST_NAME_MAX}
        required
        value={form.firstName}
        onInput={(v) => set({ firstName: v })}
        error={offer.error}
      />
      <TextField
        id="driver-seats"
        name="seats"
        type="number"
        min={1}
        max={MAX_SEATS}
        label={t('driver.seats')}
        value={form.seats}
        onInput={(v) => set({ seats: v })}
        error={offer.error}
      />
      <WeekdaysField legend={t('driver.weekdays')} value={form.weekdays} onChange={(weekdays) => set({ weekdays })} error={offer.error} />
      <div class="ride-times">
        <TextField
          id="driver-from"
          name="departFrom"
          type="time"
          label={t('driver.departFrom')}
          value={form.departFrom}
          onInput={(v) => set({ departFrom: v })}
          error={offer.error}
        />
        <TextField
          id="driver-to"
          name="departTo"
          type="time"
          label={t('driver.departTo')}
          value={form.departTo}
          onInput={(v) => set({ departTo: v })}
          error={offer.error}
        />
      </div>
      <PlaceField
        id="driver-start"
        name="start"
        legend={t('driver.startLegend')}
        label={t('driver.start')}
        hint={t('driver.startHint')}
        zones={zones}
        value={form.start}
        onChange={(v) => set({ start: v })}
        error={offer.error}
      />
      <PlaceField
        id="driver-end"
        name="end"
        legend={t('driver.endLegend')}
        label={t('driver.end')}
        zones={zones}
        value={form.end}
        onChange={(v) => set({ end: v })}
        error={offer.error}
      />
      <TextField
        id="driver-vehicle"
        name="vehicleNote"
        label={t('driver.vehicleNote')}
        hint={t('driver.vehicleNoteHint')}
        maxLength={VEHICLE_NOTE_MAX}
        value={form.vehicleNote}
        onInput={(v) => set({ vehicleNote: v })}
        error={offer.error}
      />
      <FormError error={offer.error} fields={FIELDS} />
      <button type="submit" class="button button-primary" disabled={offer.busy}>
        {t('driver.offer')}
      </button>
    </ActionForm>
  );
}
