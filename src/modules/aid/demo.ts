import type { AppContext } from '../../context';
import { DAY, HOUR } from '../../core/clock';
import { demoPrincipal } from '../members';
import { zoneIdsBySlug } from '../zones';
import { claimRequest, confirmClaim } from './claims-service';
import type { NewAidRequest } from './contract';
import { postOffer } from './offers-service';
import { fileRequest } from './requests-service';
import { saveVolunteerProfile } from './volunteer-service';

type DemoRequest = Omit<NewAidRequest, 'details' | 'privateNotes' | 'onBehalf' | 'neededBy'> & {
  household: string;
  details: string;
  privateNotes?: string;
  zoneSlug?: string;
  neededInHours?: number;
};

/**
 * Made-up households at made-up addresses on real Minneapolis streets, filed by Marisol (the demo
 * hotline operator) on their behalf. Every name and contact says it is a demo.
 */
const DEMO_REQUESTS: DemoRequest[] = [
  {
    kind: 'groceries',
    household: 'Luz (demo)',
    point: { lat: 44.941, lng: -93.248 },
    address: 'E 35th St near 15th Ave S, side door (demo address)',
    contact: '612-555-0141 (demo)',
    details: 'Groceries for a family of four: rice, beans, milk, fruit and vegetables. Someone is home all afternoon.',
    languages: ['es'],
    neededInHours: 30,
  },
  {
    kind: 'meals',
    household: 'Hawa (demo)',
    point: { lat: 44.9695, lng: -93.247 },
    address: 'Cedar Ave S near Riverside Ave, 3rd floor (demo address)',
    contact: '612-555-0142 (demo)',
    details: 'Hot meals for three days for two adults. Halal, no pork.',
    languages: ['so', 'en'],
    neededInHours: 48,
  },
  {
    kind: 'medicine',
    household: 'Pa Nhia (demo)',
    point: { lat: 44.9345, lng: -93.2625 },
    address: 'Chicago Ave near E 38th St (demo address)',
    contact: '612-555-0143 (demo)',
    details: 'A prescription is ready at a pharmacy nearby; it is paid for. Pick it up and bring it to the door.',
    privateNotes: 'The pharmacy and the name for the pickup: ask on the phone (demo).',
    languages: ['hmn', 'en'],
    neededInHours: 20,
  },
  {
    kind: 'childcare',
    household: 'Rosa (demo)',
    point: { lat: 44.9555, lng: -93.278 },
    address: 'Nicollet Ave near W 26th St (demo address)',
    contact: '612-555-0144 (demo)',
    details: 'Two children, 4 and 7, on Thursday 9:00–13:00 while their parent goes to an appointment.',
    languages: ['es'],
    neededInHours: 72,
  },
  {
    kind: 'translation',
    household: 'Ayan (demo)',
    zoneSlug: 'east-phillips',
    contact: '612-555-0145 (demo)',
    details: 'Help on a phone call with the school, Somali and English, about 20 minutes.',
    languages: ['so'],
    translationLanguage: 'so',
  },
  {
    kind: 'ride',
    household: 'Kou (demo)',
    point: { lat: 44.999, lng: -93.296 },
    address: 'W Broadway Ave near Penn Ave N (demo address)',
    contact: '612-555-0146 (demo)',
    details: 'A one-off ride to a clinic appointment and back, about an hour there.',
    privateNotes: 'The clinic is on the south side; the time is on the phone (demo).',
    languages: ['hmn'],
    neededInHours: 44,
  },
  {
    kind: 'rent_bills',
    household: 'Maria (demo)',
    zoneSlug: 'powderhorn-park',
    contact: '612-555-0147 (demo)',
    details: "Part of this month's rent after the household's main earner was detained.",
    languages: ['es'],
    amountCents: 85_000,
  },
];

const slugs = [...new Set([...DEMO_REQUESTS.flatMap((r) => r.zoneSlug ?? []), 'powderhorn-park', 'central', 'east-phillips'])];

export async function seedDemoAid(ctx: AppContext) {
  if (await ctx.db.selectFrom('aidRequest').select('id').limit(1).executeTakeFirst()) return;
  const [marisol, tou, hodan] = await Promise.all(['Marisol', 'Tou', 'Hodan'].map((name) => demoPrincipal(ctx, name)));
  const zoneIds = await zoneIdsBySlug(ctx, slugs);
  if (!marisol || !tou || !hodan || zoneIds.size < slugs.length) return;
  const now = ctx.clock.now();
  const ids: string[] = [];
  for (const { household, zoneSlug, neededInHours, privateNotes = '', ...r } of DEMO_REQUESTS) {
    const input: NewAidRequest = {
      ...r,
      zoneId: zoneSlug && zoneIds.get(zoneSlug),
      privateNotes,
      neededBy: neededInHours === undefined ? undefined : now + neededInHours * HOUR,
      onBehalf: { householdName: household },
    };
    ids.push((await fileRequest(ctx, marisol, input, { demo: true })).request.id);
  }
  const zone = (slug: string) => zoneIds.get(slug) ?? '';
  await saveVolunteerProfile(ctx, tou, {
    zoneIds: [zone('powderhorn-park'), zone('central'), zone('east-phillips')],
    skills: ['shopping', 'driving', 'medicine_pickup', 'translation'],
    languages: ['hmn', 'en'],
    vehicle: 'car',
  });
  // Tou is on the medicine pickup: claimed and confirmed, so it does not lapse in the demo.
  await claimRequest(ctx, tou, ids[2]);
  await confirmClaim(ctx, tou, ids[2]);
  const offer = { note: '', until: now + 30 * DAY };
  await postOffer(
    ctx,
    tou,
    { ...offer, kind: 'ride', zoneIds: [zone('powderhorn-park'), zone('central')], availability: 'Weekday mornings before 9 (demo)' },
    { demo: true },
  );
  await postOffer(
    ctx,
    hodan,
    {
      ...offer,
      kind: 'translation',
      zoneIds: [],
      availability: 'Evenings and weekends (demo)',
      note: 'Somali and English, by phone (demo).',
    },
    { demo: true },
  );
}
