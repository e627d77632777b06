import type { AppContext } from '../../context';
import { badRequest } from '../../core/errors';
import { ROLE_QUALIFICATIONS } from '../../core/qualifications';
import type { Principal } from '../../core/roles';
import { audit } from '../audit';
import { requireQualification } from '../trainings';
import { zoneNames } from '../zones';
import type { DutyZones } from './contract';
import { offerOpenCasesToNewcomers } from './offering';
import { dutyZoneIds, replaceDuty } from './repository';

export const getDuty = async (ctx: AppContext, memberId: string): Promise<DutyZones> => ({ zoneIds: await dutyZoneIds(ctx.db, memberId) });

/**
 * Replaces the zones a responder is on duty for, all or nothing; an empty list is off duty. Going on
 * duty needs the responder's qualification to be valid now: a role given while it was valid does not
 * send someone out after it lapsed. Going off duty is always allowed.
 */
export async function setDuty(ctx: AppContext, actor: Principal, zoneIds: readonly string[]): Promise<DutyZones> {
  const wanted = [...new Set(zoneIds)];
  const now = ctx.clock.now();
  const kinds = ROLE_QUALIFICATIONS.responder ?? [];
  if (wanted.length && kinds.length) await requireQualification(ctx.db, actor.memberId, kinds, { from: now, until: now }, 'zoneIds');
  const known = await zoneNames(ctx, wanted);
  const unknown = wanted.find((id) => !known.has(id));
  if (unknown !== undefined) throw badRequest('unknown_zone', `zoneIds: there is no zone ${JSON.stringify(unknown)}`, 'zoneIds');
  await ctx.db.transaction().execute(async (tx) => {
    await replaceDuty(tx, actor.memberId, wanted, now);
    await audit(ctx, tx, {
      actor,
      action: wanted.length ? 'dispatch.duty_on' : 'dispatch.duty_off',
      objectType: 'member',
      objectId: actor.memberId,
    });
  });
  // Someone coming on duty is offered the incidents already open in their zones.
  if (wanted.length) await offerOpenCasesToNewcomers(ctx);
  return getDuty(ctx, actor.memberId);
}
