import './patrols.css';
import { useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle, Status, useAction } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import { useGet } from '../../../core/web/use-get';
import type { Coverage, CoverageShift } from '../contract';
import { CoverageGrid, ShiftChip } from './coverage-grid';
import { clockLabel, dayLabel } from './format';
import { PatrolLinks } from './links';
import { ShiftRoster } from './shift-roster';
import { WeekControls, weekQuery } from './week-controls';

type Chosen = CoverageShift & { site: string };

/** The shift an organiser picked in the calendar: what it is, and a way to cancel it (a school closed for the day). */
function ChosenShift({ shift, onCancelled }: { shift: Chosen; onCancelled: () => void }) {
  const t = useT('patrols');
  const lang = useLanguage();
  const cancel = useAction(async () => {
    await api.post(`/api/patrols/shifts/${shift.id}/cancel`);
    onCancelled();
  });
  return (
    <section class="card" aria-labelledby="chosen-shift">
      <h2 id="chosen-shift">{shift.label ? t('shift.title', { site: shift.site, label: shift.label }) : shift.site}</h2>
      <p>
        {t('shift.when', {
          day: dayLabel(shift.localDate, lang),
          start: clockLabel(shift.startTime, lang),
          end: clockLabel(shift.endTime, lang),
        })}
      </p>
      <p>
        {t('shift.people', { taken: shift.taken, max: shift.maxPeople, min: shift.minPeople })} — {t(`colours.${shift.colour}`)}
      </p>
      <ShiftRoster shiftId={shift.id} />
      <FormError error={cancel.error} />
      <button type="button" class="button button-danger" disabled={cancel.busy} onClick={() => cancel.run()}>
        {t('coverage.cancelShift')}
      </button>
      <p class="hint">{t('coverage.cancelHint')}</p>
    </section>
  );
}

/** /patrols/coverage — organisers: which shifts this week are short of people, by zone and site, with a calendar. */
export function CoveragePage() {
  const t = useT('patrols');
  const lang = useLanguage();
  const [week, setWeek] = useState('');
  const [zone, setZone] = useState('');
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const { data, error, reload } = useGet<Coverage>(`/api/patrols/coverage${weekQuery(week, zone)}`);
  const siteNames = new Map(data?.zones.flatMap((z) => z.sites.map((s) => [s.id, s.name] as const)));
  const choose = (shift: CoverageShift) => setChosen({ ...shift, site: siteNames.get(shift.siteId) ?? '' });
  const short = (data?.zones ?? [])
    .flatMap((z) => z.sites.flatMap((s) => s.shifts.map((shift) => ({ ...shift, site: s.name, zone: z.zone.name }))))
    .filter((s) => s.colour !== 'green')
    .sort((a, b) => a.localDate.localeCompare(b.localDate) || a.startTime.localeCompare(b.startTime));
  return (
    <>
      <PageTitle title={t('coverage.title')} />
      <p>{t('coverage.intro')}</p>
      <PatrolLinks organiser />
      <WeekControls idPrefix="coverage" shown={data?.week ?? null} onWeek={setWeek} zone={zone} onZone={setZone} />
      <FormError error={error} />
      <Status message={status} />
      {!data && !error && <Loading />}
      {data && (
        <>
          <p class="patrol-totals">{t('coverage.totals', data.totals)}</p>
          <section aria-labelledby="under-minimum">
            <h2 id="under-minimum">{t('coverage.under')}</h2>
            {short.length === 0 ? (
              <p>{data.zones.length ? t('coverage.allCovered') : t('coverage.none')}</p>
            ) : (
              <ul class="plain-list patrol-short">
                {short.map((s) => (
                  <li key={s.id}>
                    <span>
                      {t('coverage.shortLine', {
                        day: dayLabel(s.localDate, lang),
                        site: s.site,
                        zone: s.zone,
                        taken: s.taken,
                        min: s.minPeople,
                      })}
                    </span>
                    <ShiftChip shift={s} site={s.site} onChoose={choose} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          {chosen && (
            <ChosenShift
              shift={chosen}
              onCancelled={() => {
                setChosen(null);
                setStatus(t('coverage.cancelled'));
                void reload();
              }}
            />
          )}
          {data.zones.length > 0 && <CoverageGrid coverage={data} onChoose={choose} />}
          <p class="hint">{t('coverage.legend')}</p>
        </>
      )}
    </>
  );
}
