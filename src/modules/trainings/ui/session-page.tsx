import './trainings.css';
import { useState } from 'preact/hooks';
import { ApiError, api } from '../../../core/web/api';
import { FormError, Loading, PageTitle, Status, useAction } from '../../../core/web/forms';
import { formatDateTime, useLanguage, useT } from '../../../core/web/i18n';
import { usePathParam } from '../../../core/web/router';
import { canAccess, useMe } from '../../../core/web/session';
import { useGet } from '../../../core/web/use-get';
import type { Course, Roster, Session } from '../contract';
import { coursePath, courseTitle, formatWhen, materialPath, sessionApi, sessionPath } from './format';
import { PlacesLeft, RsvpButton, SessionTags } from './session-card';

function RosterSection({ sessionId }: { sessionId: string }) {
  const t = useT('trainings');
  const lang = useLanguage();
  const [roster, setRoster] = useState<Roster | null>(null);
  const show = useAction(async () => setRoster(await api.get<Roster>(`${sessionApi(sessionId)}/roster`)));
  return (
    <section aria-labelledby="roster-title">
      <h2 id="roster-title">{t('roster.title')}</h2>
      <p class="hint">{t('roster.hint')}</p>
      <button type="button" class="button" disabled={show.busy} onClick={() => show.run()}>
        {roster ? t('roster.refresh') : t('roster.show')}
      </button>
      <FormError error={show.error} />
      {roster && (
        <>
          <p>{t('roster.counts', { going: roster.entries.filter((e) => e.rsvp === 'going').length, attended: roster.attended })}</p>
          {roster.entries.length === 0 && <p>{t('roster.none')}</p>}
          <ul class="plain-list roster">
            {roster.entries.map((e) => (
              <li key={e.memberId}>
                <strong>{e.name}</strong>{' '}
                <span class="hint">
                  {e.rsvp ? t(`roster.rsvp.${e.rsvp}`) : t('roster.walkIn')}
                  {e.attendedAt !== null && ` · ${t('roster.attendedAt', { time: formatDateTime(e.attendedAt, lang) })}`}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function OrganiserActions({ session, onChange }: { session: Session; onChange: (s: Session) => void }) {
  const t = useT('trainings');
  const [asking, setAsking] = useState(false);
  const cancel = useAction(async () => {
    onChange(await api.post<Session>(`${sessionApi(session.id)}/cancel`));
    setAsking(false);
  });
  if (session.state === 'cancelled') return null;
  return (
    <div class="button-row no-print">
      <a class="button" href={`${sessionPath(session.id)}/edit`}>
        {t('session.edit')}
      </a>
      <button type="button" class="button button-danger" onClick={() => setAsking(true)}>
        {t('session.cancelSession')}
      </button>
      {asking && (
        <div class="confirm">
          <p role="alert">{t('session.cancelConfirm')}</p>
          <div class="button-row">
            <button type="button" class="button button-danger" disabled={cancel.busy} onClick={() => cancel.run()}>
              {t('session.cancelYes')}
            </button>
            <button type="button" class="button" onClick={() => setAsking(false)}>
              {t('session.keep')}
            </button>
          </div>
        </div>
      )}
      <FormError error={cancel.error} />
    </div>
  );
}

/** /trainings/sessions/:id — details and a place; its trainers and organisers also see who comes. */
export function SessionPage() {
  const t = useT('trainings');
  const lang = useLanguage();
  const me = useMe();
  const id = usePathParam('id');
  const { data: session, setData, error } = useGet<Session>(sessionApi(id));
  const { data: course } = useGet<Course>(session ? `/api/trainings/courses/${encodeURIComponent(session.course.id)}` : null);
  const [changed, setChanged] = useState(false);
  if (error)
    return (
      <>
        <PageTitle title={t('list.title')} />
        {error instanceof ApiError && error.status === 404 ? <p class="notice">{t('session.notFound')}</p> : <FormError error={error} />}
        <a href="/trainings">{t('back')}</a>
      </>
    );
  if (!session) return <Loading />;
  const organiser = canAccess(me, ['organiser']);
  const onChange = (s: Session) => {
    setData(s);
    setChanged(true);
  };
  return (
    <>
      <PageTitle title={courseTitle(session.course, lang)} />
      <SessionTags session={session} />
      {session.state === 'cancelled' && <p class="notice notice-error">{t('session.cancelledNotice')}</p>}
      <dl class="details">
        <dt>{t('session.when')}</dt>
        <dd>{formatWhen(session, lang)}</dd>
        <dt>{t('session.where')}</dt>
        <dd>
          {session.place}
          {session.zone && ` · ${session.zone.name}`}
        </dd>
        {session.trainers.length > 0 && (
          <>
            <dt>{t('session.trainersLabel')}</dt>
            <dd>{session.trainers.map((x) => x.name).join(', ')}</dd>
          </>
        )}
        <dt>{t('session.grants')}</dt>
        <dd>
          {t(`qualifications.${session.course.qualification}`)}
          {course && ` · ${t('session.validity', { months: course.validityMonths })}`}
        </dd>
      </dl>
      <PlacesLeft session={session} />
      <RsvpButton session={session} onChange={onChange} />
      <Status message={changed ? t('session.saved') : null} />
      {course && course.materials.length > 0 && (
        <section aria-labelledby="handouts-title">
          <h2 id="handouts-title">{t('course.handouts')}</h2>
          <ul class="plain-list course-links">
            {course.materials.map((m) => (
              <li key={m.language}>
                <a href={materialPath(course.id, m.language)} lang={m.language}>
                  {m.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {(session.mine.trainer || organiser) && (
        <>
          <p>
            <a class="button button-primary" href={`${sessionPath(session.id)}/attendance`}>
              {t('session.takeAttendance')}
            </a>
          </p>
          <RosterSection sessionId={session.id} />
        </>
      )}
      {organiser && <OrganiserActions session={session} onChange={setData} />}
      <p>
        <a href={coursePath(session.course.id)}>{t('session.aboutCourse')}</a> · <a href="/trainings">{t('back')}</a>
      </p>
    </>
  );
}
