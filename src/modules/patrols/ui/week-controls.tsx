import { SelectField } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import { useGet } from '../../../core/web/use-get';
import type { ZoneSummary } from '../../zones/contract';
import { addDaysTo, dayLabel } from './format';

/** The week shown (its Monday, from the server) with buttons to the one before and after, and a zone filter. */
export function WeekControls(props: {
  idPrefix: string;
  shown: string | null;
  onWeek: (monday: string) => void;
  zone: string;
  onZone: (zoneId: string) => void;
}) {
  const t = useT('patrols');
  const lang = useLanguage();
  const zones = useGet<{ zones: ZoneSummary[] }>('/api/zones');
  const { shown } = props;
  return (
    <div class="patrol-week">
      {shown && (
        <>
          <p class="patrol-week-title" aria-live="polite">
            {t('week.of', { date: dayLabel(shown, lang) })}
          </p>
          <div class="button-row">
            <button type="button" class="button" onClick={() => props.onWeek(addDaysTo(shown, -7))}>
              {t('week.previous')}
            </button>
            <button type="button" class="button" onClick={() => props.onWeek('')}>
              {t('week.this')}
            </button>
            <button type="button" class="button" onClick={() => props.onWeek(addDaysTo(shown, 7))}>
              {t('week.next')}
            </button>
          </div>
        </>
      )}
      {zones.data && (
        <SelectField
          id={`${props.idPrefix}-zone`}
          name="zone"
          label={t('week.zone')}
          placeholder={t('week.allZones')}
          options={zones.data.zones.map((z) => ({ value: z.id, label: z.name }))}
          value={props.zone}
          onInput={props.onZone}
        />
      )}
    </div>
  );
}

/** The query string of a week and zone ('' for this week, all zones). */
export function weekQuery(week: string, zone: string): string {
  const q = new URLSearchParams();
  if (week) q.set('week', week);
  if (zone) q.set('zone', zone);
  const s = q.toString();
  return s ? `?${s}` : '';
}
