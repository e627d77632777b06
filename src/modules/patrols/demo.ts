import type { AppContext } from '../../context';
import { DAY } from '../../core/clock';
import { addDays, localDateAt, mondayOf } from '../../core/local-time';
import type { Principal } from '../../core/roles';
import { demoPrincipal } from '../members';
import { recordQualification, validQualificationsOf } from '../trainings';
import { zoneIdsBySlug } from '../zones';
import type { SeriesInput, SiteInput } from './contract';
import { nextShiftsOf } from './repository';
import { createSeries } from './series-service';
import { signUp } from './signups-service';
import { createSite } from './sites-service';

type DemoSeries = Omit<SeriesInput, 'startsOn' | 'endsOn'> & {
  /** Demo members who take the next shifts of the series (from tomorrow on), and how many shifts each. */
  crew?: { names: string[]; shifts: number };
};

/**
 * Made-up sites in real Minneapolis neighbourhoods, with shifts this week and next. Tou takes the
 * legal-observer drop-offs (green), Marisol alone is on the pick-ups (amber, two are needed), Ayaan and
 * Hodan watch the mosque at Friday prayer (green) and nobody is on the bus stop yet (red).
 */
const DEMO_SITES: { site: Omit<SiteInput, 'zoneId'> & { zone: string }; series: DemoSeries[] }[] = [
  {
    site: {
      name: 'Lake Street Elementary, main doors (demo)',
      kind: 'school',
      zone: 'powderhorn-park',
      point: { lat: 44.9484, lng: -93.2571 },
      notes: 'Stand on the public sidewalk, not on school grounds. Green hats for legal observers.',
    },
    series: [
      {
        label: 'Drop-off',
        weekdays: [1, 2, 3, 4, 5],
        startTime: '07:30',
        endTime: '08:30',
        minPeople: 1,
        maxPeople: 3,
        requiredQualification: 'legal_observer',
        crew: { names: ['Tou'], shifts: 2 },
      },
      {
        label: 'Pick-up',
        weekdays: [1, 2, 3, 4, 5],
        startTime: '14:30',
        endTime: '15:30',
        minPeople: 2,
        maxPeople: 4,
        requiredQualification: null,
        crew: { names: ['Marisol'], shifts: 1 },
      },
    ],
  },
  {
    site: {
      name: 'Riverside mosque, front steps (demo)',
      kind: 'mosque',
      zone: 'cedar-riverside',
      point: null,
      notes: 'Friday prayer. Greet people; call the hotline for anything you see.',
    },
    series: [
      {
        label: 'Friday prayer',
        weekdays: [5],
        startTime: '12:45',
        endTime: '14:15',
        minPeople: 2,
        maxPeople: 6,
        requiredQualification: null,
        crew: { names: ['Ayaan', 'Hodan'], shifts: 1 },
      },
    ],
  },
  {
    site: {
      name: 'Bus stop, Lake St & Chicago Ave (demo)',
      kind: 'bus_stop',
      zone: 'central',
      point: { lat: 44.9484, lng: -93.2625 },
      notes: 'Early commuters to the warehouses.',
    },
    series: [
      {
        label: 'Early buses',
        weekdays: [1, 2, 3, 4, 5],
        startTime: '06:00',
        endTime: '07:15',
        minPeople: 1,
        maxPeople: 3,
        requiredQualification: null,
      },
    ],
  },
];

/** Tou holds a legal-observer qualification from the trainings demo; without it (an older demo), one is recorded. */
async function ensureLegalObserver(ctx: AppContext, tou: Principal, organiser: Principal | null) {
  const now = ctx.clock.now();
  const held = (await validQualificationsOf(ctx.db, [tou.memberId], now)).get(tou.memberId) ?? [];
  if (held.some((q) => q.kind === 'legal_observer' && q.expiresAt > now + 30 * DAY)) return;
  await recordQualification(ctx, ctx.db, organiser, {
    memberId: tou.memberId,
    kind: 'legal_observer',
    earnedAt: now - 30 * DAY,
    expiresAt: now + 335 * DAY,
    source: 'recorded',
  });
}

export async function seedDemoPatrols(ctx: AppContext) {
  if (await ctx.db.selectFrom('patrolSite').select('id').limit(1).executeTakeFirst()) return;
  const organiser = await demoPrincipal(ctx, 'Ayaan');
  const zoneIds = await zoneIdsBySlug(
    ctx,
    DEMO_SITES.map((d) => d.site.zone),
  );
  const tou = await demoPrincipal(ctx, 'Tou');
  if (!organiser || !tou || zoneIds.size < DEMO_SITES.length) return;
  await ensureLegalObserver(ctx, tou, organiser);
  const monday = mondayOf(localDateAt(ctx.clock.now(), ctx.config.timeZone));
  const tomorrow = ctx.clock.now() + DAY;
  for (const { site, series } of DEMO_SITES) {
    const { zone, ...fields } = site;
    const created = await createSite(ctx, organiser, { ...fields, zoneId: zoneIds.get(zone) ?? '' }, { demo: true });
    for (const { crew, ...rule } of series) {
      const saved = await createSeries(
        ctx,
        organiser,
        created.id,
        { ...rule, startsOn: monday, endsOn: addDays(monday, 13) },
        { demo: true },
      );
      if (!crew) continue;
      const shifts = await nextShiftsOf(ctx.db, saved.series.id, tomorrow, crew.shifts);
      for (const name of crew.names) {
        const member = await demoPrincipal(ctx, name);
        if (member) for (const shift of shifts) await signUp(ctx, member, shift.id);
      }
    }
  }
}
