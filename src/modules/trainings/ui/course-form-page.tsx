import './trainings.css';
import { useState } from 'preact/hooks';
import { QUALIFICATIONS } from '../../../core/qualifications';
import { createThenOpen, EditPage, saveThenOpen } from '../../../core/web/form-pages';
import { ActionForm, FormError, PageTitle, SelectField, TextAreaField, TextField, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { usePathParam } from '../../../core/web/router';
import type { Course, CourseInputFields } from '../contract';
import { DEFAULT_VALIDITY_MONTHS, DESCRIPTION_MAX, TITLE_MAX, TRANSLATED_LANGUAGES, VALIDITY_MONTHS_MAX } from '../limits';
import { courseApi, coursePath } from './format';

type Lang = (typeof TRANSLATED_LANGUAGES)[number];
interface Draft {
  title: string;
  description: string;
  qualification: string;
  validityMonths: string;
  translations: Record<Lang, { title: string; description: string }>;
}

const emptyTranslations = () =>
  Object.fromEntries(TRANSLATED_LANGUAGES.map((l) => [l, { title: '', description: '' }])) as Draft['translations'];

const draftOf = (c: Course | null): Draft => ({
  title: c?.title ?? '',
  description: c?.description ?? '',
  qualification: c?.qualification ?? '',
  validityMonths: String(c?.validityMonths ?? DEFAULT_VALIDITY_MONTHS),
  translations: Object.fromEntries(
    TRANSLATED_LANGUAGES.map((l) => [l, { title: c?.translations[l]?.title ?? '', description: c?.translations[l]?.description ?? '' }]),
  ) as Draft['translations'],
});

/** Empty translations are left out; anything the server would refuse is sent as typed, so it names the field. */
const inputOf = (d: Draft): CourseInputFields => ({
  title: d.title,
  description: d.description,
  qualification: d.qualification as CourseInputFields['qualification'],
  validityMonths: Number(d.validityMonths),
  translations: Object.fromEntries(
    TRANSLATED_LANGUAGES.flatMap((l) => {
      const tr = d.translations[l];
      return tr.title.trim() || tr.description.trim()
        ? [[l, { title: tr.title || undefined, description: tr.description || undefined }]]
        : [];
    }),
  ),
});

function CourseForm({ initial, onSave }: { initial: Draft; onSave: (input: CourseInputFields) => Promise<void> }) {
  const t = useT('trainings');
  const [d, setD] = useState(initial);
  const save = useAction(() => onSave(inputOf(d)));
  const setTr = (l: Lang, key: 'title' | 'description', v: string) =>
    setD({ ...d, translations: { ...d.translations, [l]: { ...d.translations[l], [key]: v } } });
  return (
    <ActionForm class="card" noValidate action={save}>
      <TextField
        id="course-title"
        name="title"
        label={t('courseForm.title')}
        maxLength={TITLE_MAX}
        required
        value={d.title}
        onInput={(v) => setD({ ...d, title: v })}
        error={save.error}
      />
      <TextAreaField
        id="course-description"
        name="description"
        label={t('courseForm.description')}
        maxLength={DESCRIPTION_MAX}
        value={d.description}
        onInput={(v) => setD({ ...d, description: v })}
        error={save.error}
      />
      <SelectField
        id="course-qualification"
        name="qualification"
        label={t('courseForm.qualification')}
        hint={t('courseForm.qualificationHint')}
        placeholder={t('courseForm.choose')}
        required
        options={QUALIFICATIONS.map((q) => ({ value: q, label: t(`qualifications.${q}`) }))}
        value={d.qualification}
        onInput={(v) => setD({ ...d, qualification: v })}
        error={save.error}
      />
      <TextField
        id="course-validity"
        name="validityMonths"
        type="number"
        inputMode="numeric"
        min={1}
        max={VALIDITY_MONTHS_MAX}
        label={t('courseForm.validity')}
        hint={t('courseForm.validityHint')}
        value={d.validityMonths}
        onInput={(v) => setD({ ...d, validityMonths: v })}
        error={save.error}
      />
      <fieldset>
        <legend>{t('courseForm.translations')}</legend>
        <p class="hint">{t('courseForm.translationsHint')}</p>
        {TRANSLATED_LANGUAGES.map((l) => (
          <div key={l} lang={l}>
            <TextField
              id={`course-title-${l}`}
              name={`translations.${l}.title`}
              label={t('courseForm.titleIn', { language: t(`languages.${l}`) })}
              maxLength={TITLE_MAX}
              value={d.translations[l].title}
              onInput={(v) => setTr(l, 'title', v)}
              error={save.error}
            />
            <TextAreaField
              id={`course-description-${l}`}
              name={`translations.${l}.description`}
              label={t('courseForm.descriptionIn', { language: t(`languages.${l}`) })}
              maxLength={DESCRIPTION_MAX}
              rows={2}
              value={d.translations[l].description}
              onInput={(v) => setTr(l, 'description', v)}
              error={save.error}
            />
          </div>
        ))}
      </fieldset>
      <FormError error={save.error} fields={['title', 'description', 'qualification', 'validityMonths', 'translations']} />
      <button type="submit" class="button button-primary button-wide" disabled={save.busy}>
        {t('courseForm.save')}
      </button>
    </ActionForm>
  );
}

/** /trainings/courses/new — organisers. */
export function NewCoursePage() {
  const t = useT('trainings');
  return (
    <>
      <PageTitle title={t('courses.new')} />
      <CourseForm
        initial={{ ...draftOf(null), translations: emptyTranslations() }}
        onSave={createThenOpen('/api/trainings/courses', coursePath)}
      />
    </>
  );
}

/** /trainings/courses/:id/edit — organisers. */
export function EditCoursePage() {
  const t = useT('trainings');
  const id = usePathParam('id');
  return (
    <EditPage<Course>
      title={t('course.edit')}
      source={courseApi(id)}
      form={(course) => <CourseForm initial={draftOf(course)} onSave={saveThenOpen(courseApi(id), coursePath(id))} />}
    />
  );
}
