import { useState } from 'preact/hooks';
import { api } from '../../../../core/web/api';
import { FormError, useAction } from '../../../../core/web/forms';
import { useLanguage, useT } from '../../../../core/web/i18n';
import type { DriverWeek, RideAddresses } from '../contract';
import { dayLabel, shortDate, timeLabel } from './format';

type Ride = DriverWeek['days'][number]['riders'][number];

/** One rider of one day; the addresses come only when the driver asks (each reveal is audited). */
function DriverRide({ ride }: { ride: Ride }) {
  const t = useT('rides');
  const lang = useLanguage();
  const [addresses, setAddresses] = useState<RideAddresses | null>(null);
  const reveal = useAction(async () => setAddresses(await api.get<RideAddresses>(`/api/rides/assignments/${ride.assignmentId}/addresses`)));
  return (
    <li class="ride-item">
      <p class="ride-time">{t('mine.rider', { name: ride.firstName, time: timeLabel(ride.pickupTime, lang) })}</p>
      <p class="hint">{t('mine.route', { from: ride.pickupZone?.name ?? '—', to: ride.destinationZone?.name ?? '—' })}</p>
      {addresses ? (
        <dl class="details">
          <dt>{t('mine.pickupAddress')}</dt>
          <dd>{addresses.pickupAddress}</dd>
          <dt>{t('mine.destinationAddress')}</dt>
          <dd>{addresses.destinationAddress || '—'}</dd>
        </dl>
      ) : (
        <button type="button" class="button" disabled={reveal.busy} onClick={() => reveal.run()}>
          {t('mine.showAddress', { name: ride.firstName })}
        </button>
      )}
      <FormError error={reveal.error} />
    </li>
  );
}

/** The driver's published weeks: for each day their riders, nobody else's. */
export function DriverWeeks({ weeks }: { weeks: DriverWeek[] }) {
  const t = useT('rides');
  const lang = useLanguage();
  if (!weeks.length) return <p>{t('mine.noRiders')}</p>;
  return (
    <>
      <p class="hint">{t('mine.addressHint')}</p>
      {weeks.map((week) => (
        <section key={week.weekStart} aria-labelledby={`driver-week-${week.weekStart}`}>
          <h3 id={`driver-week-${week.weekStart}`}>{t('weekOf', { date: shortDate(week.weekStart, lang) })}</h3>
          {week.days.map((day) => (
            <div key={day.weekday} class="card">
              <h4>{dayLabel(day.date, lang)}</h4>
              <ul class="plain-list ride-list">
                {day.riders.map((ride) => (
                  <DriverRide key={ride.assignmentId} ride={ride} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
