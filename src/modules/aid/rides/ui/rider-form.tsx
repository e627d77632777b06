import { useState } from 'preact/hooks';
import { api } from '../../../../core/web/api';
import { ActionForm, FormError, Radio, SelectField, TextField, useAction } from '../../../../core/web/forms';
import { LANGUAGE_NAMES, useLanguage, useT } from '../../../../core/web/i18n';
import type { NewRider, RiderLink } from '../contract';
import { ADDRESS_MAX, FIRST_NAME_MAX, RIDER_LANGUAGES, TIME_KINDS, type TimeKind } from '../limits';
import { noPlace, PlaceField, pointOf, useZones, WeekdaysField } from './fields';

const FIELDS = [
  'firstName',
  'language',
  'pickupAddress',
  'pickup',
  'destinationAddress',
  'destination',
  'weekdays',
  'timeKind',
  'time',
  'caseId',
];

/**
 * A rider's regular trip. The addresses are private: after this form nobody reads them back except
 * the driver of a published ride. `forSelf` is a member asking for themselves.
 */
export function RiderForm(props: { forSelf: boolean; onRegistered: (link: RiderLink) => void }) {
  const t = useT('rides');
  const lang = useLanguage();
  const zones = useZones();
  const blank = {
    firstName: '',
    language: lang as string,
    pickupAddress: '',
    pickup: noPlace,
    destinationAddress: '',
    destination: noPlace,
    weekdays: [1, 2, 3, 4, 5],
    timeKind: 'arrive_by' as TimeKind,
    time: '07:30',
  };
  const [form, setForm] = useState(blank);
  const set = (patch: Partial<typeof form>) => setForm({ ...form, ...patch });
  const register = useAction(async () => {
    const body: NewRider = {
      ...form,
      language: form.language as NewRider['language'],
      pickup: pointOf(zones, form.pickup),
      destination: pointOf(zones, form.destination),
      forSelf: props.forSelf,
    };
    props.onRegistered(await api.post<RiderLink>('/api/rides/riders', body));
    setForm(blank);
  });
  const id = (name: string) => `rider-${name}`;
  return (
    <ActionForm class="card stack" aria-labelledby="rider-form-title" action={register}>
      <h2 id="rider-form-title">{props.forSelf ? t('rider.askTitle') : t('rider.registerTitle')}</h2>
      <p class="hint">{t('rider.privateHint')}</p>
      <TextField
        id={id('name')}
        name="firstName"
        label={t('rider.firstName')}
        hint={t('rider.firstNameHint')}
        maxLength={FIRST_NAME_MAX}
        required
        value={form.firstName}
        onInput={(v) => set({ firstName: v })}
        error={register.error}
      />
      <SelectField
        id={id('language')}
        name="language"
        label={t('rider.language')}
        options={RIDER_LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
        value={form.language}
        onInput={(v) => set({ language: v })}
        error={register.error}
      />
      <TextField
        id={id('pickup-address')}
        name="pickupAddress"
        label={t('rider.pickupAddress')}
        hint={t('rider.addressHint')}
        maxLength={ADDRESS_MAX}
        required
        autoComplete="off"
        value={form.pickupAddress}
        onInput={(v) => set({ pickupAddress: v })}
        error={register.error}
      />
      <PlaceField
        id={id('pickup')}
        name="pickup"
        legend={t('rider.pickupLegend')}
        label={t('rider.pickupZone')}
        zones={zones}
        value={form.pickup}
        onChange={(v) => set({ pickup: v })}
        error={register.error}
      />
      <TextField
        id={id('destination-address')}
        name="destinationAddress"
        label={t('rider.destinationAddress')}
        hint={t('rider.destinationHint')}
        maxLength={ADDRESS_MAX}
        autoComplete="off"
        value={form.destinationAddress}
        onInput={(v) => set({ destinationAddress: v })}
        error={register.error}
      />
      <PlaceField
        id={id('destination')}
        name="destination"
        legend={t('rider.destinationLegend')}
        label={t('rider.destinationZone')}
        zones={zones}
        value={form.destination}
        onChange={(v) => set({ destination: v })}
        error={register.error}
      />
      <WeekdaysField legend={t('rider.weekdays')} value={form.weekdays} onChange={(weekdays) => set({ weekdays })} error={register.error} />
      <fieldset class="field">
        <legend>{t('rider.timeKind')}</legend>
        {TIME_KINDS.map((k) => (
          <Radio key={k} id={id(k)} name="timeKind" value={k} checked={form.timeKind === k} onChoose={() => set({ timeKind: k })}>
            {t(`rider.${k}`)}
          </Radio>
        ))}
      </fieldset>
      <TextField
        id={id('time')}
        name="time"
        type="time"
        label={t('rider.time')}
        required
        value={form.time}
        onInput={(v) => set({ time: v })}
        error={register.error}
      />
      <FormError error={register.error} fields={FIELDS} />
      <button type="submit" class="button button-primary" disabled={register.busy}>
        {props.forSelf ? t('rider.ask') : t('rider.register')}
      </button>
    </ActionForm>
  );
}
