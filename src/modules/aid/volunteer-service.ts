import type { AppContext } from '../../context';
import { badRequest } from '../../core/errors';
import type { Principal } from '../../core/roles';
import { audit } from '../audit';
import { zoneNames } from '../zones';
import type { AidTask, VolunteerProfile } from './contract';
import { findVolunteer, saveVolunteer } from './offers-repository';
import { parseList } from './present';
import type { AidVolunteerTable } from './schema';

const profileOf = (row: AidVolunteerTable): VolunteerProfile => ({
  zoneIds: parseList(row.zoneIds),
  skills: parseList(row.skills),
  languages: parseList(row.languages),
  vehicle: row.vehicle,
});

/** The caller's profile; before they save one, an empty one that filters nothing. */
export async function getVolunteerProfile(ctx: AppContext, principal: Principal) {
  const row = await findVolunteer(ctx.db, principal.memberId);
  return row ? { ...profileOf(row), saved: true } : { zoneIds: [], skills: [], languages: [], vehicle: 'none' as const, saved: false };
}

/** Every chosen zone must exist (zone ids are checked, as when watching zones). */
export async function assertZonesExist(ctx: AppContext, zoneIds: readonly string[]) {
  const known = await zoneNames(ctx, zoneIds);
  const unknown = zoneIds.find((id) => !known.has(id));
  if (unknown !== undefined) throw badRequest('unknown_zone', `zoneIds: there is no zone ${JSON.stringify(unknown)}`, 'zoneIds');
}

export async function saveVolunteerProfile(ctx: AppContext, principal: Principal, input: VolunteerProfile) {
  await assertZonesExist(ctx, input.zoneIds);
  const row: AidVolunteerTable = {
    memberId: principal.memberId,
    zoneIds: JSON.stringify([...new Set(input.zoneIds)]),
    skills: JSON.stringify([...new Set(input.skills)]),
    languages: JSON.stringify([...new Set(input.languages)]),
    vehicle: input.vehicle,
    updatedAt: ctx.clock.now(),
  };
  await ctx.db.transaction().execute(async (tx) => {
    await saveVolunteer(tx, row);
    await audit(ctx, tx, { actor: principal, action: 'aid_volunteer.saved', objectType: 'member', objectId: principal.memberId });
  });
  return { ...profileOf(row), saved: true };
}

/**
 * Whether a task suits a volunteer: in one of their zones (none chosen: all), needing a skill they
 * have (none chosen: any) — for a translation, in a language they speak — and a car only if they have one.
 */
export function suits(task: AidTask, p: VolunteerProfile): boolean {
  if (p.zoneIds.length && !p.zoneIds.includes(task.zone.id)) return false;
  if (task.needs.vehicle === 'car' && p.vehicle !== 'car') return false;
  if (!p.skills.length || task.needs.skill === null) return true;
  if (!p.skills.includes(task.needs.skill)) return false;
  return task.kind !== 'translation' || task.translationLanguage === null || p.languages.includes(task.translationLanguage);
}
