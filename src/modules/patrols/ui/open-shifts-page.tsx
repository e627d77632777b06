import './patrols.css';
import { useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle, useAction } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import { useGet } from '../../../core/web/use-get';
import type { MySignup, OpenShift, OpenShiftList } from '../contract';
import { dayLabel } from './format';
import { PatrolLinks } from './links';
import { ShiftError } from './shift-error';
import { ShiftFacts } from './shift-facts';
import { WeekControls, weekQuery } from './week-controls';

function OpenShiftCard({ shift, onTaken }: { shift: OpenShift; onTaken: () => void }) {
  const t = useT('patrols');
  const take = useAction(async () => {
    const path =
      shift.offeredSignupId && shift.taken >= shift.maxPeople
        ? `/api/patrols/signups/${shift.offeredSignupId}/take`
        : `/api/patrols/shifts/${shift.id}/signups`;
    await api.post<MySignup>(path);
    onTaken();
  });
  const full = shift.taken >= shift.maxPeople;
  return (
    <article class="card patrol-card" aria-label={shift.site.name}>
      <ShiftFacts shift={shift} />
      {shift.mine ? (
        <p class="notice notice-ok">
          {t('open.yours')} <a href="/patrols/mine">{t('links.mine')}</a>
        </p>
      ) : (
        <>
          {!shift.qualified && shift.requiredQualification && (
            <p class="hint">{t('open.notQualified', { qualification: t(`qualifications.${shift.requiredQualification}`) })}</p>
          )}
          {full && <p>{t('open.offered')}</p>}
          <button type="button" class="button button-primary button-wide" disabled={take.busy} onClick={() => take.run()}>
            {full ? t('open.take') : t('open.signUp')}
          </button>
          <ShiftError error={take.error} shift={shift} />
        </>
      )}
    </article>
  );
}

/** /patrols/open — the week's shifts with a free place (or one offered to swap), by day, filtered by zone. */
export function OpenShiftsPage() {
  const t = useT('patrols');
  const lang = useLanguage();
  const [week, setWeek] = useState('');
  const [zone, setZone] = useState('');
  const { data, error, reload } = useGet<OpenShiftList>(`/api/patrols/open${weekQuery(week, zone)}`);
  const days = [...new Set(data?.shifts.map((s) => s.localDate))];
  return (
    <>
      <PageTitle title={t('open.title')} />
      <p>{t('open.intro')}</p>
      <PatrolLinks />
      <WeekControls idPrefix="open" shown={data?.week ?? null} onWeek={setWeek} zone={zone} onZone={setZone} />
      <FormError error={error} />
      {!data && !error && <Loading />}
      {data?.shifts.length === 0 && <p>{t('open.none')}</p>}
      {days.map((day) => (
        <section key={day} aria-labelledby={`day-${day}`}>
          <h2 id={`day-${day}`}>{dayLabel(day, lang)}</h2>
          <ul class="plain-list">
            {data?.shifts
              .filter((s) => s.localDate === day)
              .map((s) => (
                <li key={s.id}>
                  <OpenShiftCard shift={s} onTaken={() => void reload()} />
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
