import { api, request } from '../../../core/web/api';
import { FormError, useAction } from '../../../core/web/forms';
import { formatNumber, useLanguage, useT } from '../../../core/web/i18n';
import type { Session } from '../contract';
import { attendanceOpen, courseTitle, formatWhen, sessionApi, sessionPath } from './format';

export function SessionTags({ session }: { session: Session }) {
  const t = useT('trainings');
  return (
    <div class="tag-row">
      <span class="tag">
        <span class="sr-only">{t('session.language')}: </span>
        {t(`languages.${session.language}`)}
      </span>
      {session.state === 'cancelled' && <span class="badge badge-warning">{t('session.cancelled')}</span>}
      {session.mine.trainer && <span class="badge badge-ok">{t('session.youTeach')}</span>}
      {session.mine.rsvp === 'going' && !session.mine.attended && <span class="badge badge-ok">{t('session.going')}</span>}
      {session.mine.attended && <span class="badge badge-ok">{t('session.attended')}</span>}
      {session.demo && <span class="badge badge-demo">{t('demo')}</span>}
    </div>
  );
}

/** Take a place, give it back, or — for its trainers — take attendance. */
export function RsvpButton({ session, onChange }: { session: Session; onChange: (s: Session) => void }) {
  const t = useT('trainings');
  const lang = useLanguage();
  const title = courseTitle(session.course, lang);
  const take = useAction(async () => onChange(await api.post<Session>(`${sessionApi(session.id)}/rsvp`)));
  const giveBack = useAction(async () => onChange(await request<Session>('DELETE', `${sessionApi(session.id)}/rsvp`)));
  if (session.state === 'cancelled' || session.endsAt <= Date.now()) return null;
  const full = session.taken >= session.capacity;
  return (
    <div class="button-row">
      {!session.mine.trainer && session.mine.rsvp !== 'going' && !full && (
        <button
          type="button"
          class="button button-primary"
          disabled={take.busy}
          aria-label={t('session.rsvpFor', { title })}
          onClick={() => take.run()}
        >
          {t('session.rsvp')}
        </button>
      )}
      {session.mine.rsvp === 'going' && (
        <button
          type="button"
          class="button"
          disabled={giveBack.busy}
          aria-label={t('session.cancelFor', { title })}
          onClick={() => giveBack.run()}
        >
          {t('session.cancelRsvp')}
        </button>
      )}
      {session.mine.rsvp === 'going' && session.startsAt > Date.now() && <p class="hint">{t('session.reminder')}</p>}
      {!session.mine.trainer && session.mine.rsvp !== 'going' && full && <p class="hint">{t('session.full')}</p>}
      <FormError error={take.error ?? giveBack.error} />
    </div>
  );
}

export function PlacesLeft({ session }: { session: Session }) {
  const t = useT('trainings');
  const lang = useLanguage();
  const left = Math.max(0, session.capacity - session.taken);
  return <p class="hint">{t('session.places', { left: formatNumber(left, lang), capacity: formatNumber(session.capacity, lang) })}</p>;
}

/** One session in a list: course, when, where, who teaches, places left, and the member's own buttons. */
export function SessionCard({ session, onChange }: { session: Session; onChange: (s: Session) => void }) {
  const lang = useLanguage();
  const t = useT('trainings');
  const titleId = `session-${session.id}`;
  return (
    <article class="card session-card" aria-labelledby={titleId}>
      <h3 id={titleId}>
        <a href={sessionPath(session.id)}>{courseTitle(session.course, lang)}</a>
      </h3>
      <SessionTags session={session} />
      <p class="session-when">{formatWhen(session, lang)}</p>
      <p class="session-place">
        {session.place}
        {session.zone && <span class="hint"> · {session.zone.name}</span>}
      </p>
      {session.trainers.length > 0 && (
        <p class="hint">{t('session.trainers', { names: session.trainers.map((x) => x.name).join(', ') })}</p>
      )}
      <PlacesLeft session={session} />
      <RsvpButton session={session} onChange={onChange} />
      {session.mine.trainer && attendanceOpen(session) && (
        <p>
          <a class="button button-primary" href={`${sessionPath(session.id)}/attendance`}>
            {t('session.takeAttendance')}
          </a>
        </p>
      )}
    </article>
  );
}
