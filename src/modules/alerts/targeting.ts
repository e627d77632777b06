import type { AppContext } from '../../context';
import { badRequest } from '../../core/errors';
import type { Incident } from '../reports';
import { cellCentre, type LatLng, listZones, neighboursOf, zoneNames, zonesWithinRadius } from '../zones';
import type { AlertTargets, ZoneRef } from './contract';

export interface ResolvedTargets {
  /** The report's zone first, then the others by name. */
  zones: ZoneRef[];
  radiusKm: number | null;
}

/**
 * Where a radius is measured from: the centre of the report's coarse cell, or — when the reporter
 * gave no cell — the zone's label point. Never the exact point, even when the reporter shared one:
 * the alert goes to whole zones, so the coarse location is enough.
 */
async function radiusCentre(ctx: AppContext, incident: Incident): Promise<LatLng> {
  if (incident.cell) return cellCentre(incident.cell);
  const zone = (await listZones(ctx)).find((z) => z.id === incident.zoneId);
  if (!zone) throw badRequest('unknown_zone', 'The report’s zone no longer exists.', 'reportId');
  return zone.label;
}

async function chosenNeighbours(ctx: AppContext, zoneId: string, wanted: readonly string[]): Promise<string[]> {
  const neighbours = new Set(await neighboursOf(ctx, zoneId));
  const stranger = wanted.findIndex((id) => id !== zoneId && !neighbours.has(id));
  if (stranger >= 0)
    throw badRequest('not_a_neighbour', 'Choose only zones next to the report’s zone.', `targets.neighbourZoneIds.${stranger}`);
  return [...new Set(wanted)].filter((id) => id !== zoneId);
}

/** The report's zone plus chosen neighbours, or every zone within the radius (always including the report's zone). */
export async function resolveTargets(ctx: AppContext, incident: Incident, targets: AlertTargets): Promise<ResolvedTargets> {
  const others =
    targets.radiusKm !== undefined
      ? await zonesWithinRadius(ctx, await radiusCentre(ctx, incident), targets.radiusKm)
      : await chosenNeighbours(ctx, incident.zoneId, targets.neighbourZoneIds ?? []);
  const ids = [incident.zoneId, ...others.filter((id) => id !== incident.zoneId)];
  const names = await zoneNames(ctx, ids);
  const [first, ...rest] = ids.map((id) => ({ id, name: names.get(id) ?? '' }));
  rest.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return { zones: [first, ...rest], radiusKm: targets.radiusKm ?? null };
}
