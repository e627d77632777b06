import './trainings.css';
import { ApiError } from '../../../core/web/api';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import { usePathParam } from '../../../core/web/router';
import { canAccess, useMe } from '../../../core/web/session';
import { useGet } from '../../../core/web/use-get';
import type { Course, Session } from '../contract';
import { TRAINING_LANGUAGES } from '../limits';
import { courseApi, coursePath, localCourse, materialPath, replaced } from './format';
import { SessionCard } from './session-card';

function Handouts({ course, organiser }: { course: Course; organiser: boolean }) {
  const t = useT('trainings');
  return (
    <section aria-labelledby="handouts-title">
      <h2 id="handouts-title">{t('course.handouts')}</h2>
      {!course.materials.length && !organiser && <p>{t('courses.noHandouts')}</p>}
      <ul class="plain-list course-links">
        {TRAINING_LANGUAGES.map((lang) => {
          const page = course.materials.find((m) => m.language === lang);
          if (!page && !organiser) return null;
          return (
            <li key={lang}>
              <span class="tag">{t(`languages.${lang}`)}</span>{' '}
              {page && (
                <a href={materialPath(course.id, lang)} lang={lang}>
                  {page.title}
                </a>
              )}
              {page?.draft && <span class="badge badge-warning">{t('material.draft')}</span>}
              {organiser && (
                <div>
                  <a href={`${materialPath(course.id, lang)}/edit`} class="hint">
                    {t(page ? 'course.editHandout' : 'course.writeHandout', { language: t(`languages.${lang}`) })}
                  </a>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** /trainings/courses/:id — members: what it teaches, its handouts and its sessions; organisers change it. */
export function CoursePage() {
  const t = useT('trainings');
  const lang = useLanguage();
  const me = useMe();
  const id = usePathParam('id');
  const { data: course, error } = useGet<Course>(courseApi(id));
  const sessions = useGet<{ sessions: Session[] }>(`/api/trainings/sessions?course=${encodeURIComponent(id)}`);
  const organiser = canAccess(me, ['organiser']);
  if (error)
    return (
      <>
        <PageTitle title={t('courses.title')} />
        {error instanceof ApiError && error.status === 404 ? <p class="notice">{t('course.notFound')}</p> : <FormError error={error} />}
      </>
    );
  if (!course) return <Loading />;
  const local = localCourse(course, lang);
  return (
    <>
      <PageTitle title={local.title} />
      {local.description && <p class="course-description">{local.description}</p>}
      <p>{t('courses.grants', { qualification: t(`qualifications.${course.qualification}`), months: course.validityMonths })}</p>
      {organiser && (
        <div class="button-row">
          <a class="button" href={`${coursePath(course.id)}/edit`}>
            {t('course.edit')}
          </a>
          <a class="button button-primary" href={`/trainings/sessions/new?course=${encodeURIComponent(course.id)}`}>
            {t('list.newSession')}
          </a>
        </div>
      )}
      <Handouts course={course} organiser={organiser} />
      <section aria-labelledby="course-sessions">
        <h2 id="course-sessions">{t('list.upcoming')}</h2>
        {sessions.data?.sessions.length === 0 && <p>{t('list.none')}</p>}
        <ul class="plain-list card-grid">
          {sessions.data?.sessions.map((s) => (
            <li key={s.id}>
              <SessionCard
                session={s}
                onChange={(changed) => sessions.data && sessions.setData({ sessions: replaced(sessions.data.sessions, changed) })}
              />
            </li>
          ))}
        </ul>
      </section>
      <p>
        <a href="/trainings">{t('back')}</a>
      </p>
    </>
  );
}
