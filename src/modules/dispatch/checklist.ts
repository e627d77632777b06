import type { AppContext } from '../../context';
import { DAY, MINUTE } from '../../core/clock';
import { badRequest, conflict } from '../../core/errors';
import type { Principal } from '../../core/roles';
import { audit } from '../audit';
import type { ChecklistEntry, NewChecklistEntry } from './contract';
import { announce } from './events';
import { presentChecklistEntry } from './present';
import { insertChecklistEntry } from './repository';
import { ownOffer } from './responding';
import type { DispatchChecklistTable } from './schema';

const CLOCK_SKEW = 5 * MINUTE;

/** A legal observer on scene records what they see; the entry belongs to the incident's dispatch. */
export async function addChecklistEntry(
  ctx: AppContext,
  actor: Principal,
  offerId: string,
  input: NewChecklistEntry,
): Promise<ChecklistEntry> {
  const now = ctx.clock.now();
  if (input.observedAt > now + CLOCK_SKEW) throw badRequest('observed_in_future', 'The time observed is in the future.', 'observedAt');
  if (input.observedAt < now - DAY) throw badRequest('observed_too_long_ago', 'Record what you saw in the last 24 hours.', 'observedAt');
  const row = await ctx.db.transaction().execute(async (tx) => {
    const offer = await ownOffer(ctx, tx, actor, offerId);
    if (offer.state !== 'on_scene') throw conflict('not_on_scene', 'Say you are on scene before recording what you see.');
    const entry: DispatchChecklistTable = {
      id: ctx.ids.next(),
      offerId,
      reportId: offer.reportId,
      memberId: actor.memberId,
      ...input,
      createdAt: now,
    };
    await insertChecklistEntry(tx, entry);
    await audit(ctx, tx, {
      actor,
      action: 'dispatch.checklist_added',
      objectType: 'dispatch_checklist',
      objectId: entry.id,
      incidentId: offer.reportId,
    });
    return entry;
  });
  await announce(ctx, row.reportId);
  return presentChecklistEntry(row, new Map());
}
