import type { Db } from '../../database';

/** Reads of shifts together with their site and series: what every list of shifts shows. */

const SHIFT_COLUMNS = [
  'sh.id',
  'sh.siteId',
  'sh.localDate',
  'sh.startTime',
  'sh.endTime',
  'sh.startsAt',
  'sh.endsAt',
  'sh.minPeople',
  'sh.maxPeople',
  'sh.taken',
  'sh.requiredQualification',
  'sh.state',
  'sh.sequence',
] as const;

export const shiftsWithSite = (db: Db) =>
  db
    .selectFrom('patrolShift as sh')
    .innerJoin('patrolSite as si', 'si.id', 'sh.siteId')
    .innerJoin('patrolSeries as se', 'se.id', 'sh.seriesId')
    .select([...SHIFT_COLUMNS, 'si.name as siteName', 'si.kind as siteKind', 'si.zoneId', 'si.lat', 'si.lng', 'se.label']);

export type ShiftRow = Awaited<ReturnType<ReturnType<typeof shiftsWithSite>['executeTakeFirstOrThrow']>>;

export const findShiftWithSite = (db: Db, id: string) => shiftsWithSite(db).where('sh.id', '=', id).executeTakeFirst();

/** Scheduled shifts starting in [from, to), optionally in one zone, in time order. */
export function shiftsStartingBetween(db: Db, from: number, to: number, zoneId?: string) {
  let q = shiftsWithSite(db).where('sh.startsAt', '>=', from).where('sh.startsAt', '<', to).where('sh.state', '=', 'scheduled');
  if (zoneId) q = q.where('si.zoneId', '=', zoneId);
  return q.orderBy('sh.startsAt').orderBy('sh.id').execute();
}

/**
 * The coverage view's one query: a week's scheduled shifts with their counts (kept on the row) and
 * what the view names them by. Nothing is counted per shift here.
 */
export function coverageRows(db: Db, from: number, to: number, zoneId?: string) {
  let q = db
    .selectFrom('patrolShift as sh')
    .innerJoin('patrolSite as si', 'si.id', 'sh.siteId')
    .innerJoin('patrolSeries as se', 'se.id', 'sh.seriesId')
    .select([
      'sh.id',
      'sh.siteId',
      'sh.localDate',
      'sh.startTime',
      'sh.endTime',
      'sh.minPeople',
      'sh.maxPeople',
      'sh.taken',
      'si.name as siteName',
      'si.zoneId',
      'se.label',
    ])
    .where('sh.startsAt', '>=', from)
    .where('sh.startsAt', '<', to)
    .where('sh.state', '=', 'scheduled');
  if (zoneId) q = q.where('si.zoneId', '=', zoneId);
  return q.orderBy('sh.startsAt').orderBy('sh.id').execute();
}
