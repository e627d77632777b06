import type { AppContext } from '../../context';
import { badRequest, notFound } from '../../core/errors';
import { isDate, localDateAt } from '../../core/local-time';
import type { Principal } from '../../core/roles';
import type { Db } from '../../database';
import { audit } from '../audit';
import type { SeriesInput, SeriesSaved } from './contract';
import { fillSeries, horizonOf } from './materialise';
import { presentSeries } from './present';
import { countUpcoming, deleteUnbookedShifts, findSeries, insertSeries, resizeBookedShifts, updateSeries } from './repository';
import type { PatrolSeriesTable } from './schema';
import { liveSite } from './sites-service';

/** Recurring shifts: a rule in local time, made into shift rows ahead (see materialise.ts). */

function checkRule(input: SeriesInput, today: string, isNew: boolean) {
  if (input.maxPeople < input.minPeople)
    throw badRequest('max_below_min', 'The most people must be at least the fewest people.', 'maxPeople');
  if (input.startTime === input.endTime)
    throw badRequest('same_start_and_end', 'The shift must end at another time than it starts.', 'endTime');
  if (!isDate(input.startsOn)) throw badRequest('not_a_date', 'startsOn: there is no such date.', 'startsOn');
  if (input.endsOn !== null) {
    if (!isDate(input.endsOn)) throw badRequest('not_a_date', 'endsOn: there is no such date.', 'endsOn');
    if (input.endsOn < input.startsOn)
      throw badRequest('series_ends_before_start', 'The last day must be on or after the first day.', 'endsOn');
    if (isNew && input.endsOn < today) throw badRequest('series_ends_in_past', 'The last day has already passed.', 'endsOn');
  }
}

const fieldsOf = (input: SeriesInput) => ({
  label: input.label,
  weekdays: [...input.weekdays].sort((a, b) => a - b).join(','),
  startTime: input.startTime,
  endTime: input.endTime,
  minPeople: input.minPeople,
  maxPeople: input.maxPeople,
  requiredQualification: input.requiredQualification,
  startsOn: input.startsOn,
  endsOn: input.endsOn,
});

async function saved(ctx: AppContext, db: Db, series: PatrolSeriesTable): Promise<SeriesSaved> {
  const { upcoming, booked } = await countUpcoming(db, series.id, ctx.clock.now());
  return { series: presentSeries(series), upcoming, keptBooked: booked };
}

export async function createSeries(
  ctx: AppContext,
  actor: Principal | null,
  siteId: string,
  input: SeriesInput,
  opts: { demo?: boolean } = {},
): Promise<SeriesSaved> {
  const now = ctx.clock.now();
  checkRule(input, localDateAt(now, ctx.config.timeZone), true);
  return ctx.db.transaction().execute(async (tx) => {
    await liveSite(tx, siteId);
    const row: PatrolSeriesTable = {
      id: ctx.ids.next(),
      siteId,
      ...fieldsOf(input),
      materialisedThrough: horizonOf(ctx),
      createdAt: now,
      createdBy: actor?.memberId ?? null,
      updatedAt: now,
      demo: opts.demo ? 1 : 0,
    };
    await insertSeries(tx, row);
    await fillSeries(ctx, tx, row);
    await audit(ctx, tx, { actor, action: 'patrol_series.created', objectType: 'patrol_series', objectId: row.id });
    return saved(ctx, tx, row);
  });
}

/**
 * A changed rule applies to every shift still to come that nobody has booked: those are made again
 * from the new rule. Booked shifts keep their time and qualification (that is what people signed up
 * for) and take the new minimum and maximum, the maximum never below the people already on them.
 */
export async function editSeries(ctx: AppContext, actor: Principal, id: string, input: SeriesInput): Promise<SeriesSaved> {
  const now = ctx.clock.now();
  checkRule(input, localDateAt(now, ctx.config.timeZone), false);
  return ctx.db.transaction().execute(async (tx) => {
    const series = await findSeries(tx, id);
    if (!series) throw notFound('Series');
    await liveSite(tx, series.siteId);
    const updated: PatrolSeriesTable = { ...series, ...fieldsOf(input), updatedAt: now };
    await updateSeries(tx, id, { ...fieldsOf(input), updatedAt: now });
    await deleteUnbookedShifts(tx, id, now);
    await resizeBookedShifts(tx, id, now, input.minPeople, input.maxPeople, now);
    await fillSeries(ctx, tx, updated);
    await audit(ctx, tx, { actor, action: 'patrol_series.changed', objectType: 'patrol_series', objectId: id });
    return saved(ctx, tx, updated);
  });
}
