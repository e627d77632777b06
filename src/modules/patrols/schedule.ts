import { addDays, daysBetween, isoWeekday, localInstant, minutesOf } from '../../core/local-time';

/** A recurring shift's rule in the network's wall-clock time. */
export interface SeriesRule {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: readonly number[];
  /** "HH:MM"; an end at or before the start is on the next day (a night shift). */
  startTime: string;
  endTime: string;
  startsOn: string;
  /** The last day with a shift, or null for no end. */
  endsOn: string | null;
}

export interface Occurrence {
  /** The day the shift starts, in the network's time zone. */
  localDate: string;
  startsAt: number;
  endsAt: number;
}

export const isOvernight = (rule: Pick<SeriesRule, 'startTime' | 'endTime'>) => minutesOf(rule.endTime) <= minutesOf(rule.startTime);

/** The shift the rule puts on `date` (whether or not the rule has one that day). */
export function occurrenceOn(rule: SeriesRule, date: string, timeZone: string): Occurrence {
  return {
    localDate: date,
    startsAt: localInstant(date, rule.startTime, timeZone),
    endsAt: localInstant(isOvernight(rule) ? addDays(date, 1) : date, rule.endTime, timeZone),
  };
}

/** Every shift of the rule on the days `from` … `through` (inclusive), in order. */
export function occurrencesBetween(rule: SeriesRule, from: string, through: string, timeZone: string): Occurrence[] {
  const first = daysBetween(rule.startsOn, from) > 0 ? from : rule.startsOn;
  const last = rule.endsOn !== null && daysBetween(rule.endsOn, through) > 0 ? rule.endsOn : through;
  const out: Occurrence[] = [];
  for (let date = first; daysBetween(date, last) >= 0; date = addDays(date, 1)) {
    if (rule.weekdays.includes(isoWeekday(date))) out.push(occurrenceOn(rule, date, timeZone));
  }
  return out;
}
