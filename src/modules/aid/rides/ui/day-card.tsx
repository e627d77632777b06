import { useLanguage, useT } from '../../../../core/web/i18n';
import type { DayView } from '../contract';
import { dayLabel, kmLabel, timeLabel } from './format';

/** One weekday of the draft: figures beside the greedy baseline, who has no ride (first: that needs action), and the pairs. */
export function DayCard(props: { day: DayView; busy: boolean; onExclude?: (riderId: string, driverId: string) => void }) {
  const t = useT('rides');
  const lang = useLanguage();
  const { day } = props;
  const f = day.figures;
  const headingId = `day-${day.weekday}`;
  return (
    <section class="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{dayLabel(day.date, lang)}</h2>
      <p>
        {t('week.figures', {
          riders: f.riders,
          drivers: f.drivers,
          seats: f.seats,
          matched: f.matched,
          km: kmLabel(f.totalDetourMetres, lang),
        })}
      </p>
      <p class="hint">{t('week.greedy', { matched: f.greedyMatched, km: kmLabel(f.greedyTotalDetourMetres, lang) })}</p>
      {day.unmatched.length > 0 && (
        <div class="notice notice-demo">
          <h3>{t('week.unmatched', { count: day.unmatched.length })}</h3>
          <ul class="plain-list">
            {day.unmatched.map((u) => (
              <li key={u.riderId}>
                {t('week.unmatchedRider', {
                  rider: u.riderFirstName,
                  zone: u.pickup.zone?.name ?? '—',
                  time: t(`riders.${u.timeKind}`, { time: timeLabel(u.time, lang) }),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ul class="plain-list ride-list" aria-label={t('week.pairsOf', { day: dayLabel(day.date, lang) })}>
        {day.pairs.map((p) => (
          <li key={`${p.riderId}-${p.driverId}`} class="ride-item ride-row">
            <div>
              <p class="ride-time">
                {t('week.pair', { rider: p.riderFirstName, driver: p.driverFirstName, time: timeLabel(p.pickupTime, lang) })}
                {p.cancelled && <span class="badge badge-warning">{t(`week.${p.cancelled}`)}</span>}
              </p>
              <p class="hint">
                {t('week.pairPlaces', {
                  from: p.pickup.zone?.name ?? '—',
                  to: p.destination.zone?.name ?? '—',
                  start: p.driverStart.zone?.name ?? '—',
                  km: kmLabel(p.detourMetres, lang),
                })}
              </p>
            </div>
            {props.onExclude && !p.cancelled && (
              <button type="button" class="button" disabled={props.busy} onClick={() => props.onExclude?.(p.riderId, p.driverId)}>
                {t('week.exclude', { rider: p.riderFirstName, driver: p.driverFirstName })}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
