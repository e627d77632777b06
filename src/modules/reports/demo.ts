import type { AppContext } from '../../context';
import { MINUTE } from '../../core/clock';
import { zoneIdsBySlug } from '../zones';
import type { NewReport } from './contract';
import { fileReport } from './service';

/** Two made-up, unverified sightings near each other, so the demo queue shows a duplicate suggestion. */
const DEMO_REPORTS: (Omit<NewReport, 'zoneId' | 'seenAt' | 'language'> & { slug: string; minutesAgo: number })[] = [
  {
    slug: 'powderhorn-park',
    minutesAgo: 12,
    people: 3,
    vehicles: 2,
    activity: 'stopping_people',
    activityNote: '(demo) Stopping people near the bus stop on Lake Street',
    markings: 'Vests marked POLICE ICE',
    equipment: 'Two unmarked grey SUVs',
  },
  {
    slug: 'central',
    minutesAgo: 4,
    people: 4,
    vehicles: 2,
    activity: 'stopping_people',
    activityNote: '(demo) Agents asking people for papers outside the grocery',
    markings: 'ICE vests',
    equipment: 'Grey SUVs, no plates seen',
  },
];

export async function seedDemoReports(ctx: AppContext) {
  if (await ctx.db.selectFrom('report').select('id').limit(1).executeTakeFirst()) return;
  const zones = await zoneIdsBySlug(
    ctx,
    DEMO_REPORTS.map((r) => r.slug),
  );
  const now = ctx.clock.now();
  for (const { slug, minutesAgo, ...report } of DEMO_REPORTS) {
    const zoneId = zones.get(slug);
    if (zoneId) await fileReport(ctx, null, { ...report, zoneId, seenAt: now - minutesAgo * MINUTE, language: 'en' });
  }
}
