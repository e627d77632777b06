import type { AppContext } from '../../context';
import { notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import { audit } from '../audit';
import { displayNamesOf } from '../members';
import { withAssignedCase } from './access';
import { entry, sealNeeds } from './cases-service';
import type { Need, NeedInput, NeedUpdate, Note } from './contract';
import { refuseIdNumbers } from './id-numbers';
import { openNeed, openNote } from './present';
import { findNeed, insertNeeds, insertNote, updateCase, updateNeed } from './repository';
import type { FamilyNeedTable } from './schema';
import { rowSealer } from './sealing';

/** Needs and notes: each write also moves the case's `updatedAt`, which orders the caseworker's list. */

export function addNeed(ctx: AppContext, actor: Principal, caseId: string, input: NeedInput): Promise<Need> {
  refuseIdNumbers({ detail: input.detail });
  return withAssignedCase(ctx, actor, caseId, 'write', async ({ tx, key }) => {
    const [row] = sealNeeds(ctx, key, caseId, [input]);
    await insertNeeds(tx, [row]);
    await updateCase(tx, caseId, { updatedAt: row.createdAt });
    await audit(ctx, tx, entry(actor, 'need_added', caseId));
    return openNeed(key, row, ctx.log);
  });
}

/** Marks a need met (or open again), or rewrites its short text. */
export function changeNeed(ctx: AppContext, actor: Principal, caseId: string, needId: string, input: NeedUpdate): Promise<Need> {
  refuseIdNumbers({ detail: input.detail });
  return withAssignedCase(ctx, actor, caseId, 'write', async ({ tx, key }) => {
    const found = await findNeed(tx, caseId, needId);
    if (!found) throw notFound('Need');
    const now = ctx.clock.now();
    const set: Partial<FamilyNeedTable> = { updatedAt: now };
    if (input.state !== undefined) set.state = input.state;
    if (input.detail !== undefined) set.detail = rowSealer(key, 'family_need', needId).seal('detail', input.detail);
    await updateNeed(tx, needId, set);
    await updateCase(tx, caseId, { updatedAt: now });
    await audit(ctx, tx, entry(actor, 'need_changed', caseId));
    return openNeed(key, { ...found, ...set }, ctx.log);
  });
}

/** Notes are a dated timeline: added, never edited. */
export function addNote(ctx: AppContext, actor: Principal, caseId: string, body: string): Promise<Note> {
  refuseIdNumbers({ body });
  return withAssignedCase(ctx, actor, caseId, 'write', async ({ tx, key }) => {
    const id = ctx.ids.next();
    const now = ctx.clock.now();
    const row = { id, caseId, authorId: actor.memberId, body: rowSealer(key, 'family_note', id).seal('body', body), createdAt: now };
    await insertNote(tx, row);
    await updateCase(tx, caseId, { updatedAt: now });
    await audit(ctx, tx, entry(actor, 'note_added', caseId));
    return openNote(key, row, await displayNamesOf(tx, [actor.memberId]), ctx.log);
  });
}
