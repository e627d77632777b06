import type { AppContext } from '../../context';
import { badRequest, conflict, notFound } from '../../core/errors';
import { localDateAt } from '../../core/local-time';
import type { Principal } from '../../core/roles';
import type { Db } from '../../database';
import { audit } from '../audit';
import { zoneNames } from '../zones';
import type { Site, SiteDetail, SiteInput } from './contract';
import { presentSeries, presentSites } from './present';
import { deleteUnbookedShifts, findSite, insertSite, listSeriesOfSite, listSiteRows, updateSeries, updateSite } from './repository';
import type { PatrolSiteTable } from './schema';

/** Sites: the public places patrols go to. Organisers keep the list; each site has a zone. */

async function assertZone(ctx: AppContext, zoneId: string) {
  if (!(await zoneNames(ctx, [zoneId])).has(zoneId)) throw badRequest('unknown_zone', 'There is no such neighbourhood.', 'zoneId');
}

const fieldsOf = (input: SiteInput) => ({
  name: input.name,
  kind: input.kind,
  zoneId: input.zoneId,
  lat: input.point?.lat ?? null,
  lng: input.point?.lng ?? null,
  notes: input.notes,
});

export async function listSites(ctx: AppContext): Promise<Site[]> {
  return presentSites(ctx, await listSiteRows(ctx.db));
}

export async function liveSite(db: Db, id: string): Promise<PatrolSiteTable> {
  const site = await findSite(db, id);
  if (!site) throw notFound('Site');
  if (site.archivedAt !== null) throw conflict('site_archived', 'This site is archived: it has no new shifts.');
  return site;
}

export async function getSite(ctx: AppContext, id: string): Promise<SiteDetail> {
  const site = await findSite(ctx.db, id);
  if (!site) throw notFound('Site');
  const [[presented], series] = await Promise.all([presentSites(ctx, [site]), listSeriesOfSite(ctx.db, id)]);
  return { site: presented, series: series.map(presentSeries) };
}

export async function createSite(ctx: AppContext, actor: Principal | null, input: SiteInput, opts: { demo?: boolean } = {}) {
  await assertZone(ctx, input.zoneId);
  const now = ctx.clock.now();
  const row: PatrolSiteTable = {
    id: ctx.ids.next(),
    ...fieldsOf(input),
    archivedAt: null,
    createdAt: now,
    createdBy: actor?.memberId ?? null,
    updatedAt: now,
    demo: opts.demo ? 1 : 0,
  };
  await ctx.db.transaction().execute(async (tx) => {
    await insertSite(tx, row);
    await audit(ctx, tx, { actor, action: 'patrol_site.created', objectType: 'patrol_site', objectId: row.id });
  });
  return (await presentSites(ctx, [row]))[0];
}

export async function editSite(ctx: AppContext, actor: Principal, id: string, input: SiteInput): Promise<Site> {
  await assertZone(ctx, input.zoneId);
  await ctx.db.transaction().execute(async (tx) => {
    await liveSite(tx, id);
    await updateSite(tx, id, { ...fieldsOf(input), updatedAt: ctx.clock.now() });
    await audit(ctx, tx, { actor, action: 'patrol_site.changed', objectType: 'patrol_site', objectId: id });
  });
  return (await getSite(ctx, id)).site;
}

/**
 * Archiving ends the site's series today and removes their shifts nobody has booked; booked shifts
 * stay (an organiser may cancel them, which tells the people on them).
 */
export async function archiveSite(ctx: AppContext, actor: Principal, id: string): Promise<Site> {
  const now = ctx.clock.now();
  const today = localDateAt(now, ctx.config.timeZone);
  await ctx.db.transaction().execute(async (tx) => {
    await liveSite(tx, id);
    await updateSite(tx, id, { archivedAt: now, updatedAt: now });
    for (const series of await listSeriesOfSite(tx, id)) {
      if (series.endsOn === null || series.endsOn > today) await updateSeries(tx, series.id, { endsOn: today, updatedAt: now });
      await deleteUnbookedShifts(tx, series.id, now);
    }
    await audit(ctx, tx, { actor, action: 'patrol_site.archived', objectType: 'patrol_site', objectId: id });
  });
  return (await getSite(ctx, id)).site;
}
