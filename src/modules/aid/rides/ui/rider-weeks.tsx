import { useLanguage, useT } from '../../../../core/web/i18n';
import type { RiderWeek } from '../contract';
import { dayLabel, shortDate, timeLabel } from './format';

/** A rider's published days: the driver's first name, vehicle and pickup time — all a rider is told. */
export function RiderWeeks({ weeks }: { weeks: RiderWeek[] }) {
  const t = useT('rides');
  const lang = useLanguage();
  if (!weeks.length) return <p>{t('link.nothingYet')}</p>;
  return (
    <>
      {weeks.map((week) => (
        <section key={week.weekStart} class="card" aria-labelledby={`rider-week-${week.weekStart}`}>
          <h2 id={`rider-week-${week.weekStart}`}>{t('weekOf', { date: shortDate(week.weekStart, lang) })}</h2>
          <ul class="plain-list ride-list">
            {week.days.map((day) => (
              <li key={day.weekday} class="ride-item">
                <h3>{dayLabel(day.date, lang)}</h3>
                {day.ride ? (
                  <>
                    <p class="ride-time">
                      {t('link.pickup', { driver: day.ride.driverFirstName, time: timeLabel(day.ride.pickupTime, lang) })}
                    </p>
                    {day.ride.vehicleNote && <p>{t('link.vehicle', { vehicle: day.ride.vehicleNote })}</p>}
                  </>
                ) : (
                  <p class="hint">{t('link.noRide')}</p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
