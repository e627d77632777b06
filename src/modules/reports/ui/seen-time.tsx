import { CheckboxGroup, Radio } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';

const MINUTE = 60_000;
/** Quick answers to "when": most calls come in within the hour. */
export const QUICK_MINUTES = [0, 15, 30, 60] as const;
/** A clock time a little ahead of now is a slow phone clock, not tomorrow. */
const SKEW = 5 * MINUTE;

export type Seen = { minutesAgo: number } | { at: string };

/** "HH:MM" now, for the time input's first value. */
export function clockTime(now: number): string {
  const d = new Date(now);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** Epoch ms of the sighting: a clock time later than now means yesterday. NaN when no time was given. */
export function seenAtOf(seen: Seen, now: number): number {
  if ('minutesAgo' in seen) return now - seen.minutesAgo * MINUTE;
  const [h, m] = seen.at.split(':').map(Number);
  if (!Number.isInteger(h) || !Number.isInteger(m)) return Number.NaN;
  const d = new Date(now);
  d.setHours(h, m, 0, 0);
  return d.getTime() > now + SKEW ? d.getTime() - 24 * 60 * MINUTE : d.getTime();
}

export function SeenTime(props: { value: Seen; onChange: (seen: Seen) => void; error: unknown }) {
  const t = useT('reports');
  const other = 'at' in props.value;
  return (
    <CheckboxGroup legend={t('form.seenLegend')} name="seenAt" error={props.error}>
      <div class="choice-row">
        {QUICK_MINUTES.map((minutes) => (
          <Radio
            key={minutes}
            id={`seen-${minutes}`}
            name="seenAt"
            value={String(minutes)}
            checked={'minutesAgo' in props.value && props.value.minutesAgo === minutes}
            onChoose={() => props.onChange({ minutesAgo: minutes })}
          >
            {minutes === 0 ? t('form.seenNow') : minutes === 60 ? t('form.seenHourAgo') : t('form.seenMinutesAgo', { count: minutes })}
          </Radio>
        ))}
        <Radio id="seen-other" name="seenAt" value="other" checked={other} onChoose={() => props.onChange({ at: clockTime(Date.now()) })}>
          {t('form.seenOther')}
        </Radio>
      </div>
      {'at' in props.value && (
        <div class="field">
          <label for="seen-time">{t('form.seenTime')}</label>
          <input
            id="seen-time"
            name="seenTime"
            type="time"
            value={props.value.at}
            onInput={(e) => props.onChange({ at: e.currentTarget.value })}
          />
        </div>
      )}
    </CheckboxGroup>
  );
}
