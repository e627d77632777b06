import type { AppContext } from '../../context';
import { DAY, HOUR } from '../../core/clock';
import { demoPrincipal } from '../members';
import { listOrgs } from '../orgs';
import type { EventInput } from './contract';
import { createEvent } from './events-service';
import { createRsvp } from './rsvp-service';

interface DemoEvent {
  input: Omit<EventInput, 'startsAt' | 'endsAt' | 'orgId'>;
  /** Days from today and the start hour in UTC (Minneapolis is UTC-6 in winter, UTC-5 in summer). */
  inDays: number;
  startHourUtc: number;
  hours: number;
  org: string;
  members: string[];
  visitors: string[];
}

/** Made-up events in public places; their RSVPs are demo members and made-up pseudonyms. */
const DEMO_EVENTS: DemoEvent[] = [
  {
    input: {
      title: 'March for our neighbours (demo)',
      kind: 'march',
      description: 'We walk together from Powderhorn Park along Lake Street. Peacekeepers in orange vests; legal observers in green hats.',
      place: 'Powderhorn Park, the south entrance on East 35th Street',
      point: { lat: 44.9396, lng: -93.2539 },
      zoneId: null,
      capacity: null,
      campaignId: null,
      reminderHours: 24,
    },
    inDays: 4,
    startHourUtc: 17,
    hours: 3,
    org: 'Hotel & Restaurant Workers Local 00 (demo)',
    members: ['Tou', 'Marisol', 'Grace'],
    visitors: ['Hodan', 'Xee', 'Luz'],
  },
  {
    input: {
      title: 'Know your rights training (demo)',
      kind: 'training',
      description: 'What to do if agents come to your door, your work or your car. Cards in English, Spanish, Somali and Hmong.',
      place: 'Brian Coyle Community Center, the big room',
      point: { lat: 44.9701, lng: -93.2476 },
      zoneId: null,
      capacity: 4,
      campaignId: null,
      reminderHours: 3,
    },
    inDays: 2,
    startHourUtc: 0,
    hours: 2,
    org: 'Volunteer Legal Observers (demo)',
    members: ['Grace', 'Tou'],
    visitors: ['Fartun', 'Pa Nhia', 'Rosa'],
  },
];

export async function seedDemoEvents(ctx: AppContext) {
  if (await ctx.db.selectFrom('event').select('id').limit(1).executeTakeFirst()) return;
  const organiser = await demoPrincipal(ctx, 'Ayaan');
  const orgs = await listOrgs(ctx, true);
  const today = Math.floor(ctx.clock.now() / DAY) * DAY;
  for (const demo of DEMO_EVENTS) {
    const startsAt = today + demo.inDays * DAY + demo.startHourUtc * HOUR;
    const orgId = orgs.find((o) => o.name === demo.org)?.id ?? null;
    const event = await createEvent(
      ctx,
      organiser,
      { ...demo.input, startsAt, endsAt: startsAt + demo.hours * HOUR, orgId },
      { demo: true },
    );
    for (const name of demo.members) {
      const member = await demoPrincipal(ctx, name);
      if (member) await createRsvp(ctx, member, event.id, {});
    }
    for (const name of demo.visitors) await createRsvp(ctx, null, event.id, { name });
  }
}
