import './trainings.css';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import { useGet } from '../../../core/web/use-get';
import type { Course } from '../contract';
import { coursePath, localCourse } from './format';

/** /trainings/courses — organisers: the courses, what each grants and for how long, and their handouts. */
export function CoursesPage() {
  const t = useT('trainings');
  const lang = useLanguage();
  const { data, error } = useGet<{ courses: Course[] }>('/api/trainings/courses');
  return (
    <>
      <PageTitle title={t('courses.title')} />
      <p>{t('courses.intro')}</p>
      <div class="button-row">
        <a class="button button-primary" href="/trainings/courses/new">
          {t('courses.new')}
        </a>
        <a class="button" href="/trainings/sessions/new">
          {t('list.newSession')}
        </a>
        <a class="button" href="/trainings/qualifications">
          {t('records.title')}
        </a>
      </div>
      <FormError error={error} />
      {!data && !error && <Loading />}
      <ul class="plain-list card-grid">
        {data?.courses.map((c) => (
          <li key={c.id}>
            <article class="card" aria-labelledby={`course-${c.id}`}>
              <h2 id={`course-${c.id}`}>
                <a href={coursePath(c.id)}>{localCourse(c, lang).title}</a>
              </h2>
              <p>{t('courses.grants', { qualification: t(`qualifications.${c.qualification}`), months: c.validityMonths })}</p>
              <p class="hint">
                {c.materials.length
                  ? t('list.handouts', { languages: c.materials.map((m) => t(`languages.${m.language}`)).join(', ') })
                  : t('courses.noHandouts')}
              </p>
              {c.demo && <span class="badge badge-demo">{t('demo')}</span>}
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}
