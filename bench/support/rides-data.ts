import type { AppContext } from '../../src/context';
import type { PlanDriver, PlanRider } from '../../src/modules/aid/rides/plan';
import type { RideDriverTable, RideRiderTable } from '../../src/modules/aid/rides/schema';
import { cellOf, findZoneAt, listZones } from '../../src/modules/zones';
import { seedWatchers } from './watchers';

/**
 * A seeded morning commute on the real Minneapolis neighbourhoods: homes anywhere in the city, jobs at
 * a dozen workplaces, shifts from 6:00 to 9:00. Each place goes through what registration does with
 * it (its zone and ~500 m cell), so the matching sees exactly what it sees in the service.
 */

export interface Commute {
  riders: PlanRider[];
  drivers: PlanDriver[];
  neighbours: Map<string, readonly string[]>;
}

const BOX = { minLat: 44.89, maxLat: 45.05, minLng: -93.33, maxLng: -93.2 };

export async function commute(ctx: AppContext, riders: number, drivers: number, random: () => number): Promise<Commute> {
  const inCity = async () => {
    for (;;) {
      const lat = BOX.minLat + random() * (BOX.maxLat - BOX.minLat);
      const lng = BOX.minLng + random() * (BOX.maxLng - BOX.minLng);
      const zone = await findZoneAt(ctx, lat, lng);
      if (zone) return { zoneId: zone.id, cell: cellOf(lat, lng), lat, lng };
    }
  };
  const workplaces: Awaited<ReturnType<typeof inCity>>[] = [];
  for (let i = 0; i < 12; i++) workplaces.push(await inCity());
  const job = () => workplaces[Math.floor(random() * workplaces.length)];
  const quarter = () => 15 * Math.floor(random() * 13);
  const out: Commute = { riders: [], drivers: [], neighbours: new Map((await listZones(ctx)).map((z) => [z.id, z.neighbours])) };
  for (let i = 0; i < riders; i++) {
    const home = await inCity();
    out.riders.push({
      id: `r${String(i).padStart(4, '0')}`,
      pickupZoneId: home.zoneId,
      pickupCell: home.cell,
      destinationCell: job().cell,
      timeKind: random() < 0.8 ? 'arrive_by' : 'pickup_at',
      timeMinute: 360 + quarter(),
    });
  }
  for (let i = 0; i < drivers; i++) {
    const home = await inCity();
    const departFrom = 330 + quarter();
    out.drivers.push({
      id: `d${String(i).padStart(4, '0')}`,
      startZoneId: home.zoneId,
      startCell: home.cell,
      endCell: job().cell,
      seats: 1 + Math.floor(random() * 3),
      departFrom,
      departTo: departFrom + 45,
    });
  }
  return out;
}

/** Writes the commute as Monday riders and drivers (drivers need members), straight to the tables. */
export async function seedCommute(ctx: AppContext, data: Commute): Promise<void> {
  const now = ctx.clock.now();
  const members = await seedWatchers(ctx, data.drivers.length, () => []);
  const common = { weekdays: 1, state: 'active' as const, createdAt: now, updatedAt: now, endedAt: null, demo: 0 };
  const drivers: RideDriverTable[] = data.drivers.map((d, i) => ({
    ...common,
    ...d,
    memberId: members[i],
    liveMemberId: members[i],
    firstName: `Driver ${i}`,
    endZoneId: null,
    vehicleNote: '',
  }));
  const riders: RideRiderTable[] = data.riders.map((r, i) => ({
    ...common,
    ...r,
    firstName: `Rider ${i}`,
    language: 'en',
    pickupAddress: `${i} Bench St`,
    destinationAddress: '',
    destinationZoneId: null,
    caseId: null,
    memberId: null,
    createdBy: null,
    tokenHash: null,
    state: 'active',
  }));
  await ctx.db.transaction().execute(async (tx) => {
    for (let i = 0; i < drivers.length; i += 200)
      await tx
        .insertInto('rideDriver')
        .values(drivers.slice(i, i + 200))
        .execute();
    for (let i = 0; i < riders.length; i += 200)
      await tx
        .insertInto('rideRider')
        .values(riders.slice(i, i + 200))
        .execute();
  });
}
