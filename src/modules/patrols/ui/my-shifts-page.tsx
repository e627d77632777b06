import './patrols.css';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { useGet } from '../../../core/web/use-get';
import type { MySignup } from '../contract';
import { CalendarLink } from './calendar-link';
import { PatrolLinks } from './links';
import { MyShiftCard } from './my-shift-card';

/** /patrols/mine — a volunteer's coming shifts, on their phone: check in and out, swap, cancel, report. */
export function MyShiftsPage() {
  const t = useT('patrols');
  const { data, setData, error } = useGet<{ signups: MySignup[] }>('/api/patrols/mine');
  const replace = (next: MySignup) =>
    setData(
      (d) =>
        d && {
          signups:
            next.status === 'booked' ? d.signups.map((s) => (s.id === next.id ? next : s)) : d.signups.filter((s) => s.id !== next.id),
        },
    );
  return (
    <>
      <PageTitle title={t('mine.title')} />
      <PatrolLinks />
      <FormError error={error} />
      {!data && !error && <Loading />}
      {data?.signups.length === 0 && (
        <p>
          {t('mine.none')} <a href="/patrols/open">{t('mine.find')}</a>
        </p>
      )}
      <ul class="plain-list">
        {data?.signups.map((s) => (
          <li key={s.id}>
            <MyShiftCard signup={s} onChange={replace} />
          </li>
        ))}
      </ul>
      <CalendarLink />
    </>
  );
}
