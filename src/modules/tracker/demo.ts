import type { AppContext } from '../../context';
import type { TrackerActionInput, TrackerLocation } from './action-input';
import type { ActionKind } from './kinds';
import { anyAction } from './repository';
import { announceSaved, saveActions } from './save-actions';

/**
 * Made-up actions for the demo network: the Minnesota day of action on January 23 and the national
 * shutdown a week later. Every one is marked demo, names "(demo)" and says so in its notes; none
 * describes a real group's action.
 */

type Place = [city: string, state: string, lat: number, lng: number, address?: string];

const JAN_23 = ['ICE out of Minnesota', 'No work, no school, no shopping'];
const SHUTDOWN = ['End the raids', 'Solidarity with Minnesota'];

function demo(
  n: number,
  kind: ActionKind,
  employer: string,
  startDate: string,
  places: Place[],
  participants: number | null,
  more: Partial<TrackerActionInput> = {},
): TrackerActionInput {
  const locations: TrackerLocation[] = places.map(([city, state, lat, lng, address]) => ({
    address: address ?? null,
    city,
    state,
    zip: null,
    lat,
    lng,
  }));
  return {
    externalId: `DEMO-${String(n).padStart(3, '0')}`,
    employer: `${employer} (demo)`,
    organisations: [],
    local: null,
    industry: null,
    bargainingUnitSize: null,
    locationCount: locations.length,
    locations,
    participants,
    startDate,
    endDate: null,
    durationAmount: 1,
    durationUnit: 'days',
    kind,
    authorized: null,
    demands: startDate === '2026-01-23' ? JAN_23 : SHUTDOWN,
    sources: ['Made up for the demo network'],
    notes: 'Demo data: made up to show how the tracker works.',
    ...more,
  };
}

const D23 = '2026-01-23';
const D30 = '2026-01-30';
const MPLS = (lat: number, lng: number, address?: string): Place => ['Minneapolis', 'Minnesota', lat, lng, address];

export const DEMO_ACTIONS: TrackerActionInput[] = [
  demo(1, 'closure', 'Lake Street Bakery', D23, [MPLS(44.9483, -93.2525, 'E Lake St & Bloomington Ave')], 12, {
    industry: 'Accommodation and Food Services',
  }),
  demo(2, 'closure', 'Lake Street market vendors', D23, [MPLS(44.9482, -93.254)], null, { industry: 'Retail Trade' }),
  demo(3, 'walkout', 'Roosevelt High School students', D23, [MPLS(44.93, -93.232)], 400, { industry: 'Educational Services' }),
  demo(4, 'sick_out', 'County hospital nurses', D23, [MPLS(44.9726, -93.262)], null, {
    organisations: ['Nurses Association (demo)'],
    industry: 'Health Care and Social Assistance',
  }),
  demo(5, 'strike', 'Twin Cities hotel workers', D23, [MPLS(44.9765, -93.2718), ['St. Paul', 'Minnesota', 44.9467, -93.0936]], 600, {
    organisations: ['Hotel & Restaurant Workers Local 00 (demo)'],
    local: '00',
    authorized: true,
    bargainingUnitSize: 900,
  }),
  demo(6, 'protest', 'Day of action march', D23, [MPLS(44.9778, -93.265, 'Government Plaza')], 50_000),
  demo(7, 'vigil', 'Cedar-Riverside neighbours', D23, [MPLS(44.969, -93.247)], 300),
  demo(8, 'closure', 'Global market shops', D23, [MPLS(44.9484, -93.26)], null),
  demo(9, 'walkout', 'University students and staff', D23, [MPLS(44.974, -93.2277)], 1500),
  demo(10, 'strike', 'Downtown janitors', D23, [MPLS(44.9755, -93.27)], 1200, {
    organisations: ['Property Services Workers (demo)'],
    authorized: true,
  }),
  demo(11, 'closure', 'East Side restaurants', D23, [['St. Paul', 'Minnesota', 44.958, -93.065]], null),
  demo(12, 'boycott', 'No-shopping day at the big mall', D23, [['Bloomington', 'Minnesota', 44.8549, -93.2422]], null),
  demo(13, 'protest', 'Duluth harbour rally', D23, [['Duluth', 'Minnesota', 46.7867, -92.1005]], 800),
  demo(14, 'walkout', 'Rochester teachers', D23, [['Rochester', 'Minnesota', 44.0121, -92.4802]], 150),
  demo(15, 'protest', 'Chicago shutdown rally', D30, [['Chicago', 'Illinois', 41.8781, -87.6298]], 20_000),
  demo(16, 'protest', 'New York shutdown march', D30, [['New York', 'New York', 40.7128, -74.006]], 30_000),
  demo(17, 'closure', 'Garment district shops', D30, [['Los Angeles', 'California', 34.0407, -118.2468]], null),
  demo(18, 'walkout', 'Seattle tech and port workers', D30, [['Seattle', 'Washington', 47.6062, -122.3321]], 2000),
  demo(19, 'protest', 'Portland shutdown rally', D30, [['Portland', 'Oregon', 45.5152, -122.6784]], 5000),
  demo(20, 'closure', 'Fruitvale businesses', D30, [['Oakland', 'California', 37.7775, -122.2245]], null),
  demo(21, 'walkout', 'Denver students', D30, [['Denver', 'Colorado', 39.7392, -104.9903]], 900),
  demo(22, 'protest', 'Austin capitol rally', D30, [['Austin', 'Texas', 30.2672, -97.7431]], 3000),
  demo(23, 'vigil', 'Atlanta faith communities', D30, [['Atlanta', 'Georgia', 33.749, -84.388]], 400),
  demo(24, 'strike', 'Campus dining workers', D30, [['Boston', 'Massachusetts', 42.3601, -71.0589]], 700, { authorized: true }),
  demo(25, 'protest', 'Philadelphia shutdown march', D30, [['Philadelphia', 'Pennsylvania', 39.9526, -75.1652]], 6000),
  demo(26, 'walkout', 'Detroit auto parts workers', D30, [['Detroit', 'Michigan', 42.3314, -83.0458]], null, { authorized: false }),
  demo(27, 'closure', 'South Side businesses', D30, [['Milwaukee', 'Wisconsin', 43.0389, -87.9065]], null),
  demo(28, 'protest', 'Phoenix shutdown rally', D30, [['Phoenix', 'Arizona', 33.4484, -112.074]], 2500),
  demo(29, 'sick_out', 'Houston restaurant workers', D30, [['Houston', 'Texas', 29.7604, -95.3698]], 300),
  demo(30, 'blockade', 'Detention centre gate blockade', D30, [['Newark', 'New Jersey', 40.7357, -74.1724]], 200),
  demo(31, 'walkout', 'Madison students and staff', D30, [['Madison', 'Wisconsin', 43.0731, -89.4012]], 1200),
];

/** The demo network's actions, verified except two left for an organiser to try verifying. */
export async function seedDemoActions(ctx: AppContext) {
  if (await anyAction(ctx.db)) return;
  const unverified = new Set(['DEMO-014', 'DEMO-030']);
  const now = ctx.clock.now();
  const outcome = await ctx.db.transaction().execute(async (tx) => {
    const verified = await saveActions(
      ctx,
      tx,
      DEMO_ACTIONS.filter((a) => !unverified.has(a.externalId)),
      { demo: true, verifiedAt: now },
    );
    const waiting = await saveActions(
      ctx,
      tx,
      DEMO_ACTIONS.filter((a) => unverified.has(a.externalId)),
      { demo: true },
    );
    return { created: [...verified.created, ...waiting.created], updated: [], unchanged: 0 };
  });
  await announceSaved(ctx, outcome, null);
}
