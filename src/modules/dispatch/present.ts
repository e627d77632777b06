import type { AppContext } from '../../context';
import { getIncident } from '../reports';
import { zoneNames } from '../zones';
import type { ChecklistEntry, OfferIncident } from './contract';
import type { DispatchChecklistTable, DispatchOfferTable } from './schema';

/** What responders and the board see of incidents: coarse location and the report's description. */
export async function incidentsById(ctx: AppContext, reportIds: readonly string[]): Promise<Map<string, OfferIncident>> {
  const incidents = (await Promise.all([...new Set(reportIds)].map((id) => getIncident(ctx, id)))).filter((i) => i !== null);
  const names = await zoneNames(
    ctx,
    incidents.map((i) => i.zoneId),
  );
  return new Map(
    incidents.map((i) => [
      i.id,
      {
        zoneId: i.zoneId,
        zoneName: names.get(i.zoneId) ?? '',
        cell: i.cell,
        activity: i.activity,
        activityNote: i.activityNote,
        people: i.people,
        vehicles: i.vehicles,
        markings: i.markings,
        equipment: i.equipment,
        seenAt: i.seenAt,
        confirmedAt: i.decidedAt,
        hasExactPoint: i.hasExactPoint,
      },
    ]),
  );
}

export const offerTimes = (row: DispatchOfferTable) => ({
  id: row.id,
  state: row.state,
  ring: row.ring,
  offeredAt: row.offeredAt,
  expiresAt: row.expiresAt,
  etaMinutes: row.etaMinutes,
  acceptedAt: row.acceptedAt,
  onSceneAt: row.onSceneAt,
  endedAt: row.endedAt,
});

export const presentChecklistEntry = (row: DispatchChecklistTable, names: ReadonlyMap<string, string>): ChecklistEntry => ({
  id: row.id,
  observedAt: row.observedAt,
  whatSeen: row.whatSeen,
  agencyMarkings: row.agencyMarkings,
  vehicleMarkings: row.vehicleMarkings,
  peopleCount: row.peopleCount,
  notes: row.notes,
  createdAt: row.createdAt,
  by: (row.memberId && names.get(row.memberId)) || '',
});
