import './trainings.css';
import { useState } from 'preact/hooks';
import { createThenOpen, EditPage, saveThenOpen } from '../../../core/web/form-pages';
import { ActionForm, Checkbox, CheckboxGroup, FormError, PageTitle, SelectField, TextField, useAction } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import { usePathParam } from '../../../core/web/router';
import { useGet } from '../../../core/web/use-get';
import type { Course, Session, SessionInputFields } from '../contract';
import { CAPACITY_MAX, PLACE_MAX, TRAINING_LANGUAGES } from '../limits';
import { fromLocalInput, localCourse, sessionApi, sessionPath, toLocalInput, useMemberChoices } from './format';

interface Draft {
  courseId: string;
  starts: string;
  ends: string;
  place: string;
  zoneId: string;
  language: string;
  capacity: string;
  trainerIds: string[];
}

const draftOf = (s: Session | null, courseId = ''): Draft => ({
  courseId: s?.course.id ?? courseId,
  starts: s ? toLocalInput(s.startsAt) : '',
  ends: s ? toLocalInput(s.endsAt) : '',
  place: s?.place ?? '',
  zoneId: s?.zone?.id ?? '',
  language: s?.language ?? 'en',
  capacity: s ? String(s.capacity) : '20',
  trainerIds: s?.trainers.map((x) => x.id) ?? [],
});

/** Anything the server would refuse is sent as typed, so it names the field. */
const inputOf = (d: Draft, point: Session['point']): SessionInputFields => ({
  courseId: d.courseId,
  startsAt: fromLocalInput(d.starts),
  endsAt: fromLocalInput(d.ends),
  place: d.place,
  point,
  zoneId: d.zoneId || null,
  language: d.language as SessionInputFields['language'],
  capacity: Number(d.capacity),
  trainerIds: d.trainerIds,
});

function Trainers({ chosen, onChange, error }: { chosen: string[]; onChange: (ids: string[]) => void; error: unknown }) {
  const t = useT('trainings');
  const members = useMemberChoices().filter((m) => m.trusted);
  const [filter, setFilter] = useState('');
  const shown = members.filter((m) => chosen.includes(m.id) || m.displayName.toLowerCase().includes(filter.trim().toLowerCase()));
  return (
    <CheckboxGroup legend={t('sessionForm.trainers')} hint={t('sessionForm.trainersHint')} name="trainerIds" error={error}>
      <div class="field">
        <label for="trainer-filter">{t('sessionForm.findTrainer')}</label>
        <input id="trainer-filter" type="search" autoComplete="off" value={filter} onInput={(e) => setFilter(e.currentTarget.value)} />
      </div>
      {shown.slice(0, 30).map((m) => (
        <Checkbox
          key={m.id}
          label={m.displayName}
          checked={chosen.includes(m.id)}
          onChange={(on) => onChange(on ? [...chosen, m.id] : chosen.filter((x) => x !== m.id))}
        />
      ))}
    </CheckboxGroup>
  );
}

function SessionForm(props: { initial: Draft; point: Session['point']; onSave: (input: SessionInputFields) => Promise<void> }) {
  const t = useT('trainings');
  const lang = useLanguage();
  const [d, setD] = useState(props.initial);
  const courses = useGet<{ courses: Course[] }>('/api/trainings/courses');
  const zones = useGet<{ zones: { id: string; name: string }[] }>('/api/zones');
  const save = useAction(() => props.onSave(inputOf(d, props.point)));
  const field = (key: Exclude<keyof Draft, 'trainerIds'>) => ({
    value: d[key],
    onInput: (v: string) => setD({ ...d, [key]: v }),
    error: save.error,
  });
  return (
    <ActionForm class="card" noValidate action={save}>
      <SelectField
        id="session-course"
        name="courseId"
        label={t('sessionForm.course')}
        placeholder={t('courseForm.choose')}
        required
        options={(courses.data?.courses ?? []).map((c) => ({ value: c.id, label: localCourse(c, lang).title }))}
        {...field('courseId')}
      />
      <TextField id="session-starts" name="startsAt" type="datetime-local" label={t('sessionForm.starts')} required {...field('starts')} />
      <TextField id="session-ends" name="endsAt" type="datetime-local" label={t('sessionForm.ends')} required {...field('ends')} />
      <TextField
        id="session-place"
        name="place"
        label={t('sessionForm.place')}
        hint={t('sessionForm.placeHint')}
        maxLength={PLACE_MAX}
        required
        {...field('place')}
      />
      <SelectField
        id="session-zone"
        name="zoneId"
        label={t('sessionForm.zone')}
        placeholder={t('sessionForm.noZone')}
        options={(zones.data?.zones ?? []).map((z) => ({ value: z.id, label: z.name }))}
        {...field('zoneId')}
      />
      <SelectField
        id="session-language"
        name="language"
        label={t('sessionForm.language')}
        required
        options={TRAINING_LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
        {...field('language')}
      />
      <TextField
        id="session-capacity"
        name="capacity"
        type="number"
        inputMode="numeric"
        min={1}
        max={CAPACITY_MAX}
        label={t('sessionForm.capacity')}
        required
        {...field('capacity')}
      />
      <Trainers chosen={d.trainerIds} onChange={(ids) => setD({ ...d, trainerIds: ids })} error={save.error} />
      <FormError error={save.error} fields={['courseId', 'startsAt', 'endsAt', 'place', 'zoneId', 'language', 'capacity', 'trainerIds']} />
      <button type="submit" class="button button-primary button-wide" disabled={save.busy}>
        {t('sessionForm.save')}
      </button>
    </ActionForm>
  );
}

/** /trainings/sessions/new — organisers (`?course=` preselects the course). */
export function NewSessionPage() {
  const t = useT('trainings');
  const course = new URLSearchParams(location.search).get('course') ?? '';
  return (
    <>
      <PageTitle title={t('list.newSession')} />
      <SessionForm initial={draftOf(null, course)} point={null} onSave={createThenOpen('/api/trainings/sessions', sessionPath)} />
    </>
  );
}

/** /trainings/sessions/:id/edit — organisers. */
export function EditSessionPage() {
  const t = useT('trainings');
  const id = usePathParam('id');
  return (
    <EditPage<Session>
      title={t('session.edit')}
      source={sessionApi(id)}
      form={(session) => (
        <SessionForm initial={draftOf(session)} point={session.point} onSave={saveThenOpen(sessionApi(id), sessionPath(id))} />
      )}
    />
  );
}
