import './trainings.css';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import { canAccess, useMe } from '../../../core/web/session';
import { useGet } from '../../../core/web/use-get';
import type { Course, Session } from '../contract';
import { coursePath, localCourse, replaced } from './format';
import { SessionCard } from './session-card';

function CourseList() {
  const t = useT('trainings');
  const lang = useLanguage();
  const { data, error } = useGet<{ courses: Course[] }>('/api/trainings/courses');
  return (
    <section aria-labelledby="courses-title">
      <h2 id="courses-title">{t('list.courses')}</h2>
      <FormError error={error} />
      <ul class="plain-list course-links">
        {data?.courses.map((c) => (
          <li key={c.id}>
            <a href={coursePath(c.id)}>{localCourse(c, lang).title}</a>{' '}
            <span class="hint">
              {t(`qualifications.${c.qualification}`)}
              {c.materials.length > 0 &&
                ` · ${t('list.handouts', { languages: c.materials.map((m) => t(`languages.${m.language}`)).join(', ') })}`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** /trainings — every member: upcoming sessions to take a place at, the courses and their handouts. */
export function TrainingsPage() {
  const t = useT('trainings');
  const me = useMe();
  const { data, setData, error } = useGet<{ sessions: Session[] }>('/api/trainings/sessions');
  const organiser = canAccess(me, ['organiser']);
  return (
    <>
      <PageTitle title={t('list.title')} />
      <p>{t('list.intro')}</p>
      <div class="button-row">
        <a class="button" href="/trainings/mine">
          {t('mine.title')}
        </a>
        <a class="button" href="/trainings/scan">
          {t('scan.title')}
        </a>
        {organiser && (
          <a class="button button-primary" href="/trainings/sessions/new">
            {t('list.newSession')}
          </a>
        )}
      </div>
      <section aria-labelledby="upcoming-title">
        <h2 id="upcoming-title">{t('list.upcoming')}</h2>
        <FormError error={error} />
        {!data && !error && <Loading />}
        {data?.sessions.length === 0 && <p>{t('list.none')}</p>}
        <ul class="plain-list card-grid">
          {data?.sessions.map((s) => (
            <li key={s.id}>
              <SessionCard session={s} onChange={(changed) => setData({ sessions: replaced(data.sessions, changed) })} />
            </li>
          ))}
        </ul>
      </section>
      <CourseList />
    </>
  );
}
