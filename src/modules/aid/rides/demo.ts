import type { AppContext } from '../../../context';
import { demoPrincipal } from '../../members';
import type { NewDriver, NewRider } from './contract';
import { registerDriver } from './drivers';
import { registerRider } from './riders';
import { weekOf } from './week';
import { publishWeek, runWeek } from './weeks';

/**
 * Made-up drivers (the demo members) and riders around Minneapolis, with made-up addresses, and the
 * current week matched and published. One rider asks for weekend rides nobody offers: unmatched.
 */
const WEEKDAYS = [1, 2, 3, 4, 5];

type At = [lat: number, lng: number];
const point = ([lat, lng]: At) => ({ lat, lng });

function offer(
  firstName: string,
  start: At,
  end: At,
  departFrom: string,
  departTo: string,
  seats: number,
  vehicleNote: string,
  weekdays = WEEKDAYS,
): NewDriver {
  return { firstName, seats, weekdays, departFrom, departTo, start: point(start), end: point(end), vehicleNote };
}

function rider(
  firstName: string,
  language: NewRider['language'],
  pickup: At,
  destination: At,
  timeKind: NewRider['timeKind'],
  time: string,
  weekdays = WEEKDAYS,
): NewRider {
  const street = `${100 + firstName.length * 37} Demo Street (demo)`;
  return {
    firstName,
    language,
    pickupAddress: street,
    pickup: point(pickup),
    destinationAddress: 'Main entrance (demo)',
    destination: point(destination),
    weekdays,
    timeKind,
    time,
    forSelf: false,
  };
}

const DRIVERS: [member: string, offer: NewDriver][] = [
  ['Tou', offer('Tou', [45.0044, -93.3057], [44.9833, -93.2779], '06:30', '07:15', 3, 'Silver minivan (demo)')],
  ['Hodan', offer('Hodan', [44.9564, -93.2604], [44.9978, -93.2254], '05:30', '06:15', 2, 'Grey Corolla (demo)', [1, 2, 3, 4, 5, 6])],
  ['Ayaan', offer('Ayaan', [44.969, -93.249], [44.9978, -93.2254], '05:45', '06:30', 2, 'Blue sedan (demo)')],
  ['Grace', offer('Grace', [44.9418, -93.255], [44.9782, -93.2725], '07:30', '08:15', 3, 'Red hatchback (demo)')],
  ['Marisol', offer('Marisol', [44.9418, -93.2707], [44.9704, -93.2622], '06:45', '07:30', 2, 'White pickup (demo)')],
];

const RIDERS: NewRider[] = [
  rider('Pa Houa (demo)', 'hmn', [45.002, -93.3], [44.986, -93.276], 'arrive_by', '07:30'),
  rider('Mai (demo)', 'hmn', [44.996, -93.309], [44.979, -93.275], 'pickup_at', '06:45'),
  rider('Kou (demo)', 'en', [45.008, -93.287], [44.986, -93.276], 'arrive_by', '07:30', [1, 3, 5]),
  rider('Fadumo (demo)', 'so', [44.955, -93.255], [44.998, -93.228], 'arrive_by', '06:30', [1, 2, 3, 4, 5, 6]),
  rider('Abdi (demo)', 'so', [44.962, -93.258], [44.998, -93.228], 'arrive_by', '06:30'),
  rider('Hamdi (demo)', 'so', [44.969, -93.247], [44.996, -93.224], 'arrive_by', '06:45'),
  rider('Yusuf (demo)', 'so', [44.958, -93.236], [44.989, -93.229], 'arrive_by', '07:00'),
  rider('Lupe (demo)', 'es', [44.944, -93.25], [44.977, -93.27], 'arrive_by', '08:30'),
  rider('Rosa (demo)', 'es', [44.945, -93.243], [44.969, -93.281], 'arrive_by', '08:30'),
  rider('Miguel (demo)', 'es', [44.932, -93.256], [44.977, -93.27], 'pickup_at', '07:50', [1, 2, 3, 4]),
  rider('Carmen (demo)', 'es', [44.943, -93.272], [44.968, -93.262], 'arrive_by', '07:45'),
  rider('Ahmed (demo)', 'so', [45.049, -93.308], [44.897, -93.214], 'arrive_by', '05:00', [6, 7]),
];

export async function seedDemoRides(ctx: AppContext) {
  if (await ctx.db.selectFrom('rideDriver').select('id').limit(1).executeTakeFirst()) return;
  const [ayaan, marisol] = [await demoPrincipal(ctx, 'Ayaan'), await demoPrincipal(ctx, 'Marisol')];
  if (!ayaan || !marisol) return;
  for (const [name, input] of DRIVERS) {
    const member = await demoPrincipal(ctx, name);
    if (member) await registerDriver(ctx, member, input, { demo: true });
  }
  for (const input of RIDERS) await registerRider(ctx, marisol, input, { demo: true });
  const week = weekOf(ctx.clock.now(), ctx.config.timeZone);
  const draft = (await runWeek(ctx, ayaan, week)).draft;
  if (draft) await publishWeek(ctx, ayaan, week, draft.runId);
}
