import { useState } from 'preact/hooks';
import { QUALIFICATIONS } from '../../../core/qualifications';
import { ActionForm, Checkbox, CheckboxGroup, FormError, SelectField, TextField, useAction } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import type { Series, SeriesInputFields } from '../contract';
import { LABEL_MAX, PEOPLE_MAX } from '../limits';
import { weekdayLabel } from './format';

const FIELDS = ['label', 'weekdays', 'startTime', 'endTime', 'minPeople', 'maxPeople', 'requiredQualification', 'startsOn', 'endsOn'];

/** Today on this device, YYYY-MM-DD (the organiser is in the network's city). */
const todayHere = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Recurring shifts at a site: weekdays, local times, fewest and most people, a qualification, first and last day. */
export function SeriesForm(props: {
  series?: Series;
  idPrefix: string;
  submitLabel: string;
  onSave: (input: SeriesInputFields) => Promise<void>;
}) {
  const t = useT('patrols');
  const lang = useLanguage();
  const s = props.series;
  const [label, setLabel] = useState(s?.label ?? '');
  const [weekdays, setWeekdays] = useState<number[]>(s?.weekdays ?? [1, 2, 3, 4, 5]);
  const [startTime, setStartTime] = useState(s?.startTime ?? '07:30');
  const [endTime, setEndTime] = useState(s?.endTime ?? '08:30');
  const [minPeople, setMin] = useState(String(s?.minPeople ?? 2));
  const [maxPeople, setMax] = useState(String(s?.maxPeople ?? 4));
  const [qualification, setQualification] = useState(s?.requiredQualification ?? '');
  const [startsOn, setStartsOn] = useState(s?.startsOn ?? todayHere());
  const [endsOn, setEndsOn] = useState(s?.endsOn ?? '');
  const save = useAction(() =>
    props.onSave({
      label,
      weekdays: [...weekdays].sort(),
      startTime,
      endTime,
      minPeople: Number(minPeople),
      maxPeople: Number(maxPeople),
      requiredQualification: (qualification || null) as SeriesInputFields['requiredQualification'],
      startsOn,
      endsOn: endsOn || null,
    }),
  );
  const id = (name: string) => `${props.idPrefix}-${name}`;
  const toggle = (day: number, on: boolean) => setWeekdays((days) => (on ? [...days, day] : days.filter((d) => d !== day)));
  return (
    <ActionForm noValidate aria-label={props.submitLabel} action={save}>
      <TextField
        id={id('label')}
        name="label"
        label={t('series.label')}
        hint={t('series.labelHint')}
        value={label}
        onInput={setLabel}
        maxLength={LABEL_MAX}
        error={save.error}
      />
      <CheckboxGroup legend={t('series.weekdays')} name="weekdays" error={save.error}>
        <div class="patrol-days">
          {[1, 2, 3, 4, 5, 6, 7].map((d) => (
            <Checkbox key={d} label={weekdayLabel(d, lang)} checked={weekdays.includes(d)} onChange={(on) => toggle(d, on)} />
          ))}
        </div>
      </CheckboxGroup>
      <div class="patrol-pair">
        <TextField
          id={id('start')}
          name="startTime"
          type="time"
          label={t('series.start')}
          value={startTime}
          onInput={setStartTime}
          error={save.error}
        />
        <TextField
          id={id('end')}
          name="endTime"
          type="time"
          label={t('series.end')}
          hint={t('series.endHint')}
          value={endTime}
          onInput={setEndTime}
          error={save.error}
        />
      </div>
      <div class="patrol-pair">
        <TextField
          id={id('min')}
          name="minPeople"
          type="number"
          min={1}
          max={PEOPLE_MAX}
          label={t('series.min')}
          value={minPeople}
          onInput={setMin}
          error={save.error}
        />
        <TextField
          id={id('max')}
          name="maxPeople"
          type="number"
          min={1}
          max={PEOPLE_MAX}
          label={t('series.max')}
          value={maxPeople}
          onInput={setMax}
          error={save.error}
        />
      </div>
      <SelectField
        id={id('qualification')}
        name="requiredQualification"
        label={t('series.qualification')}
        placeholder={t('series.noQualification')}
        options={QUALIFICATIONS.map((q) => ({ value: q, label: t(`qualifications.${q}`) }))}
        value={qualification}
        onInput={setQualification}
        error={save.error}
      />
      <div class="patrol-pair">
        <TextField
          id={id('starts-on')}
          name="startsOn"
          type="date"
          label={t('series.startsOn')}
          value={startsOn}
          onInput={setStartsOn}
          error={save.error}
        />
        <TextField
          id={id('ends-on')}
          name="endsOn"
          type="date"
          label={t('series.endsOn')}
          value={endsOn}
          onInput={setEndsOn}
          error={save.error}
        />
      </div>
      <FormError error={save.error} fields={FIELDS} />
      <button type="submit" class="button button-primary" disabled={save.busy}>
        {props.submitLabel}
      </button>
    </ActionForm>
  );
}
