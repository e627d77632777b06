import { api } from '../../../core/web/api';
import { useAction } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import type { MySignup } from '../contract';
import { LATE_CANCEL_HOURS } from '../limits';
import { timeOfDay } from './format';
import { ShiftError } from './shift-error';
import { ShiftFacts } from './shift-facts';

const HOUR = 3_600_000;

/** The rapid-response intake, opened with the site's zone and name filled in. */
export const reportLink = (signup: MySignup) =>
  `/report?${new URLSearchParams({ zone: signup.shift.zone.id, place: signup.shift.site.name }).toString()}`;

function StatusLine({ signup, now }: { signup: MySignup; now: number }) {
  const t = useT('patrols');
  const lang = useLanguage();
  if (signup.shift.state === 'cancelled') return <p class="notice notice-error">{t('mine.shiftCancelled')}</p>;
  if (signup.checkedOutAt) return <p class="notice notice-ok">{t('mine.checkedOut', { time: timeOfDay(signup.checkedOutAt, lang) })}</p>;
  if (signup.checkedInAt) return <p class="notice notice-ok">{t('mine.checkedIn', { time: timeOfDay(signup.checkedInAt, lang) })}</p>;
  if (now < signup.checkInFrom) return <p class="hint">{t('mine.checkInOpens', { time: timeOfDay(signup.checkInFrom, lang) })}</p>;
  if (now > signup.checkInUntil) return <p class="notice notice-error">{t('mine.missed')}</p>;
  return null;
}

/** One place of mine: check in and out on the day, offer it for a swap or give it up before, report from the site. */
export function MyShiftCard({ signup, onChange }: { signup: MySignup; onChange: (next: MySignup) => void }) {
  const t = useT('patrols');
  const now = Date.now();
  const act = useAction(async (action: string) => onChange(await api.post<MySignup>(`/api/patrols/signups/${signup.id}/${action}`)));
  const { shift } = signup;
  const live = shift.state === 'scheduled';
  // Swapping or giving up a place ends once the member has checked in.
  const before = live && now < shift.startsAt && !signup.checkedInAt;
  const canCheckIn = live && !signup.checkedInAt && now >= signup.checkInFrom && now <= signup.checkInUntil;
  const canCheckOut = live && !!signup.checkedInAt && !signup.checkedOutAt && now <= signup.checkOutUntil;
  const late = before && shift.startsAt - now < LATE_CANCEL_HOURS * HOUR;
  return (
    <article class="card patrol-card" aria-label={shift.site.name}>
      <ShiftFacts shift={shift} />
      <StatusLine signup={signup} now={now} />
      {canCheckIn && (
        <button type="button" class="button button-primary button-wide" disabled={act.busy} onClick={() => act.run('check-in')}>
          {t('mine.checkIn')}
        </button>
      )}
      {canCheckOut && (
        <button type="button" class="button button-primary button-wide" disabled={act.busy} onClick={() => act.run('check-out')}>
          {t('mine.checkOut')}
        </button>
      )}
      {before && signup.offered && <p class="notice notice-demo">{t('mine.offered')}</p>}
      {before && (
        <div class="button-row">
          <button type="button" class="button" disabled={act.busy} onClick={() => act.run(signup.offered ? 'withdraw-offer' : 'offer')}>
            {signup.offered ? t('mine.keep') : t('mine.offer')}
          </button>
          <button type="button" class="button" disabled={act.busy} onClick={() => act.run('cancel')}>
            {t('mine.cancel')}
          </button>
        </div>
      )}
      {late && <p class="hint">{t('mine.lateHint', { hours: LATE_CANCEL_HOURS })}</p>}
      <ShiftError error={act.error} shift={shift} />
      {live && (
        <p>
          <a href={reportLink(signup)}>{t('mine.report')}</a>
        </p>
      )}
    </article>
  );
}
