import type { AppContext } from '../../context';
import { badRequest } from '../../core/errors';
import type { Principal } from '../../core/roles';
import { audit } from '../audit';
import { zoneNames } from '../zones';
import type { DutyZones } from './contract';
import { offerOpenCasesToNewcomers } from './offering';
import { dutyZoneIds, replaceDuty } from './repository';

export const getDuty = async (ctx: AppContext, memberId: string): Promise<DutyZones> => ({ zoneIds: await dutyZoneIds(ctx.db, memberId) });

/** Replaces the zones a responder is on duty for, all or nothing; an empty list is off duty. */
export async function setDuty(ctx: AppContext, actor: Principal, zoneIds: readonly string[]): Promise<DutyZones> {
  const wanted = [...new Set(zoneIds)];
  const known = await zoneNames(ctx, wanted);
  const unknown = wanted.find((id) => !known.has(id));
  if (unknown !== undefined) throw badRequest('unknown_zone', `zoneIds: there is no zone ${JSON.stringify(unknown)}`, 'zoneIds');
  await ctx.db.transaction().execute(async (tx) => {
    await replaceDuty(tx, actor.memberId, wanted, ctx.clock.now());
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
