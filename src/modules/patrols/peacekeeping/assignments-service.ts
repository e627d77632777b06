import type { AppContext } from '../../../context';
import { conflict, notFound } from '../../../core/errors';
import type { Principal } from '../../../core/roles';
import type { Db } from '../../../database';
import { audit } from '../../audit';
import { activeHoldersOf, displayNamesOf, roleHoldersOf } from '../../members';
import { requireQualification, validQualificationsOf } from '../../trainings';
import {
  clearLead,
  countAtPost,
  deleteAssignment,
  findAssignment,
  findAssignmentOf,
  insertAssignment,
  listAssignments,
  updateAssignment,
} from './assignments-repository';
import type { Candidates, PlanView } from './contract';
import { assertEditable, eventOf } from './event-window';
import { pushAssignment } from './notify';
import { lockedPlan, planViewById } from './plans-service';
import { findPlanByEvent, findPost } from './repository';
import type { MarshalAssignmentTable } from './schema';

/** Members asked of the qualifications table at once (under every engine's limit on bound parameters). */
const CHUNK = 500;

async function peacekeepersAt(db: Db, memberIds: readonly string[], at: number): Promise<Map<string, number>> {
  const until = new Map<string, number>();
  for (let i = 0; i < memberIds.length; i += CHUNK) {
    const valid = await validQualificationsOf(db, memberIds.slice(i, i + CHUNK), at);
    for (const [memberId, qualifications] of valid)
      for (const q of qualifications) if (q.kind === 'peacekeeper') until.set(memberId, Math.max(until.get(memberId) ?? 0, q.expiresAt));
  }
  return until;
}

/**
 * Active members holding a peacekeeper qualification valid when the event starts, with its expiry
 * (those whose qualification lapses before the end are listed but cannot be assigned) and their post.
 */
export async function listCandidates(ctx: AppContext, eventId: string): Promise<Candidates> {
  const event = await eventOf(ctx.db, eventId);
  const plan = await findPlanByEvent(ctx.db, eventId);
  if (!plan) throw notFound('Marshal plan');
  const until = await peacekeepersAt(ctx.db, await roleHoldersOf(ctx.db, 'member'), event.startsAt);
  const ids = [...until.keys()];
  const [names, assignments] = await Promise.all([displayNamesOf(ctx.db, ids), listAssignments(ctx.db, [plan.id])]);
  const postOf = new Map(assignments.map((a) => [a.memberId, a.postId]));
  const candidates = ids.map((memberId) => ({
    memberId,
    name: names.get(memberId) ?? '',
    qualifiedUntil: until.get(memberId) ?? 0,
    qualifiedForEvent: (until.get(memberId) ?? 0) >= event.endsAt,
    postId: postOf.get(memberId) ?? null,
  }));
  return { candidates: candidates.sort((a, b) => a.name.localeCompare(b.name) || a.memberId.localeCompare(b.memberId)) };
}

/**
 * Puts a peacekeeper at a post. Refused unless their qualification is valid for the whole event, the
 * post still needs someone, and they have no other post at this event. Each assignment locks the
 * plan's row first, so two organisers assigning at the same moment are checked one after the other.
 */
export async function assignMarshal(ctx: AppContext, actor: Principal, postId: string, memberId: string): Promise<PlanView> {
  const now = ctx.clock.now();
  const planId = await ctx.db.transaction().execute(async (tx) => {
    const found = await findPost(tx, postId);
    if (!found) throw notFound('Marshal post');
    const plan = await lockedPlan(tx, found.planId);
    const event = await eventOf(tx, plan.eventId);
    assertEditable(event, now);
    const post = await findPost(tx, postId);
    if (!post) throw notFound('Marshal post');
    if (!(await activeHoldersOf(tx, [memberId], 'member')).length) throw notFound('Member');
    await requireQualification(tx, memberId, ['peacekeeper'], { from: event.startsAt, until: event.endsAt }, 'memberId');
    if (await findAssignmentOf(tx, plan.id, memberId))
      throw conflict('marshal_already_assigned', 'This person already has a post at this event: one post per person.', 'memberId');
    if ((await countAtPost(tx, postId)) >= post.needed)
      throw conflict('marshal_post_full', `This post needs ${post.needed} and has them all. Raise what it needs first.`, 'memberId');
    const id = ctx.ids.next();
    const row: MarshalAssignmentTable = {
      id,
      planId: plan.id,
      postId,
      memberId,
      lead: 0,
      phone: null,
      assignedAt: now,
      assignedBy: actor.memberId,
      checkedInAt: null,
      checkedOutAt: null,
    };
    // The plan's lock makes the check above exact; the unique index is the database's own guarantee.
    await insertAssignment(tx, row);
    await audit(ctx, tx, { actor, action: 'marshal.assigned', objectType: 'marshal_assignment', objectId: id });
    return plan.id;
  });
  pushAssignment(ctx, memberId, planId);
  return planViewById(ctx, planId);
}

/** An assignment whose plan is locked and whose event may still change. */
async function editableAssignment(ctx: AppContext, tx: Db, assignmentId: string): Promise<MarshalAssignmentTable> {
  const found = await findAssignment(tx, assignmentId);
  if (!found) throw notFound('Assignment');
  const plan = await lockedPlan(tx, found.planId);
  assertEditable(await eventOf(tx, plan.eventId), ctx.clock.now());
  const assignment = await findAssignment(tx, assignmentId);
  if (!assignment) throw notFound('Assignment');
  return assignment;
}

export async function unassignMarshal(ctx: AppContext, actor: Principal, assignmentId: string): Promise<PlanView> {
  const planId = await ctx.db.transaction().execute(async (tx) => {
    const a = await editableAssignment(ctx, tx, assignmentId);
    await deleteAssignment(tx, a.id);
    await audit(ctx, tx, { actor, action: 'marshal.unassigned', objectType: 'marshal_assignment', objectId: a.id });
    return a.planId;
  });
  return planViewById(ctx, planId);
}

/** Makes a marshal their post's lead (the previous lead steps down), or no longer lead. */
export async function setLead(ctx: AppContext, actor: Principal, assignmentId: string, lead: boolean): Promise<PlanView> {
  const planId = await ctx.db.transaction().execute(async (tx) => {
    const a = await editableAssignment(ctx, tx, assignmentId);
    if (lead) await clearLead(tx, a.postId);
    await updateAssignment(tx, a.id, { lead: lead ? 1 : 0 });
    await audit(ctx, tx, {
      actor,
      action: lead ? 'marshal.made_lead' : 'marshal.lead_removed',
      objectType: 'marshal_assignment',
      objectId: a.id,
    });
    return a.planId;
  });
  return planViewById(ctx, planId);
}
