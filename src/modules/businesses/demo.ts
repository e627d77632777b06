import type { AppContext } from '../../context';
import { demoPrincipal } from '../members';
import type { NewBusiness } from './contract';
import { signUpBusiness, verifyBusiness } from './service';

type DemoBusiness = Omit<NewBusiness, 'hours' | 'offers' | 'publicConsent'> &
  Partial<Pick<NewBusiness, 'hours' | 'offers' | 'publicConsent'>> & { verified?: boolean };

/**
 * Made-up businesses at made-up addresses on real Minneapolis streets. Eight are verified and on the
 * public map; one waits for an organiser; one is verified but did not agree to be on the map.
 */
const DEMO_BUSINESSES: DemoBusiness[] = [
  {
    name: 'Mercado Lake Street (demo)',
    kind: 'grocery',
    address: 'E Lake St near Bloomington Ave',
    lat: 44.9485,
    lng: -93.2527,
    closing: true,
    sanctuary: true,
    offers: ['water', 'bathrooms'],
    hours: 'Mon–Sat 8:00–20:00',
  },
  {
    name: 'Riverside Sambusa Café (demo)',
    kind: 'cafe',
    address: 'Cedar Ave S near Riverside Ave',
    lat: 44.9695,
    lng: -93.247,
    closing: false,
    sanctuary: true,
    offers: ['water', 'warmth', 'phone_charging'],
    hours: 'Every day 7:00–21:00',
  },
  {
    name: 'Bloom Hair Studio (demo)',
    kind: 'salon',
    address: 'Cedar Ave S near E 24th St',
    lat: 44.952,
    lng: -93.243,
    closing: true,
    sanctuary: false,
  },
  {
    name: 'Longfellow Hardware (demo)',
    kind: 'shop',
    address: 'E Lake St near 36th Ave S',
    lat: 44.948,
    lng: -93.223,
    closing: true,
    sanctuary: false,
  },
  {
    name: 'Eat Street Pho (demo)',
    kind: 'restaurant',
    address: 'Nicollet Ave near W 26th St',
    lat: 44.9555,
    lng: -93.278,
    closing: true,
    sanctuary: true,
    offers: ['warmth', 'bathrooms'],
    hours: 'Tue–Sun 11:00–22:00',
  },
  {
    name: 'Seward Corner Co-op (demo)',
    kind: 'grocery',
    address: 'E Franklin Ave near 22nd Ave S',
    lat: 44.9625,
    lng: -93.239,
    closing: false,
    sanctuary: true,
    offers: ['water', 'warmth', 'bathrooms', 'phone_charging'],
    hours: 'Every day 8:00–21:00',
  },
  {
    name: 'Chicago Avenue Books (demo)',
    kind: 'shop',
    address: 'Chicago Ave near E 38th St',
    lat: 44.9345,
    lng: -93.2625,
    closing: true,
    sanctuary: true,
    offers: ['warmth', 'phone_charging'],
    hours: 'Mon–Fri 10:00–18:00',
  },
  {
    name: 'Powderhorn Laundromat (demo)',
    kind: 'service',
    address: 'E 35th St near 15th Ave S',
    lat: 44.941,
    lng: -93.248,
    closing: false,
    sanctuary: true,
    offers: ['warmth', 'phone_charging'],
    hours: 'Every day 6:00–23:00',
  },
  {
    name: 'Near North Barbers (demo)',
    kind: 'salon',
    address: 'W Broadway Ave near Penn Ave N',
    lat: 44.999,
    lng: -93.296,
    closing: true,
    sanctuary: false,
    contact: 'Ask for the owner (demo)',
    verified: false,
  },
  {
    name: 'Quiet Tailor (demo)',
    kind: 'service',
    address: 'E Lake St near 31st Ave S',
    lat: 44.948,
    lng: -93.233,
    closing: true,
    sanctuary: false,
    publicConsent: false,
  },
];

export async function seedDemoBusinesses(ctx: AppContext) {
  if (await ctx.db.selectFrom('business').select('id').limit(1).executeTakeFirst()) return;
  const ayaan = await demoPrincipal(ctx, 'Ayaan');
  for (const { verified = true, ...b } of DEMO_BUSINESSES) {
    const input: NewBusiness = { hours: '', offers: [], publicConsent: true, ...b };
    const { id } = await signUpBusiness(ctx, input, { demo: true });
    if (verified && ayaan) await verifyBusiness(ctx, ayaan, id);
  }
}
