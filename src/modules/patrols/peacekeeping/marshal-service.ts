import type { AppContext } from '../../../context';
import { notFound } from '../../../core/errors';
import type { Principal } from '../../../core/roles';
import type { Db } from '../../../database';
import { audit } from '../../audit';
import { findEventBrief } from '../../events';
import { findAssignment, listAssignmentsOfMember, updateAssignment } from './assignments-repository';
import type { MyPost, MyPosts } from './contract';
import { assertCheckInOpen, assertEditable, checkInWindow, eventOf } from './event-window';
import { readParts } from './plans-service';
import { presentMyPost } from './present';
import { findPlan } from './repository';
import type { MarshalAssignmentTable } from './schema';

async function myPostOf(ctx: AppContext, db: Db, mine: MarshalAssignmentTable): Promise<MyPost> {
  const plan = await findPlan(db, mine.planId);
  if (!plan) throw notFound('Marshal post');
  return presentMyPost(await eventOf(db, plan.eventId), await readParts(db, plan), mine, ctx.clock.now());
}

/** The caller's posts at events whose check-in has not yet closed, soonest first. */
export async function myPosts(ctx: AppContext, principal: Principal): Promise<MyPosts> {
  const now = ctx.clock.now();
  const posts: MyPost[] = [];
  for (const mine of await listAssignmentsOfMember(ctx.db, principal.memberId)) {
    const plan = await findPlan(ctx.db, mine.planId);
    const event = plan ? await findEventBrief(ctx.db, plan.eventId) : undefined;
    if (!plan || !event || checkInWindow(event, now).closesAt < now) continue;
    posts.push(presentMyPost(event, await readParts(ctx.db, plan), mine, now));
  }
  return { posts: posts.sort((a, b) => a.event.startsAt - b.event.startsAt || a.assignmentId.localeCompare(b.assignmentId)) };
}

/** The caller's own assignment; anyone else's is "not found", so ids reveal nothing. */
async function ownAssignment(db: Db, principal: Principal, id: string): Promise<MarshalAssignmentTable> {
  const a = await findAssignment(db, id);
  if (!a || a.memberId !== principal.memberId) throw notFound('Marshal post');
  return a;
}

/** A marshal checks in at their post (again, after a check-out) or out, on their phone, during the event's window. */
export async function setCheckedIn(ctx: AppContext, principal: Principal, assignmentId: string, here: boolean): Promise<MyPost> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
    const a = await ownAssignment(tx, principal, assignmentId);
    const plan = await findPlan(tx, a.planId);
    if (!plan) throw notFound('Marshal post');
    assertCheckInOpen(await eventOf(tx, plan.eventId), now);
    const fields = here
      ? { checkedInAt: now, checkedOutAt: null }
      : a.checkedInAt !== null && a.checkedOutAt === null
        ? { checkedOutAt: now }
        : {};
    if (Object.keys(fields).length) {
      await updateAssignment(tx, a.id, fields);
      await audit(ctx, tx, {
        actor: principal,
        action: here ? 'marshal.checked_in' : 'marshal.checked_out',
        objectType: 'marshal_assignment',
        objectId: a.id,
      });
    }
    return myPostOf(ctx, tx, { ...a, ...fields });
  });
}

/**
 * The marshal's own number for the organisers' contact sheet (opt-in); empty removes it. It can be
 * given until the event ends and is erased `marshal_contact` days after (see retention.ts).
 */
export async function setPhone(ctx: AppContext, principal: Principal, assignmentId: string, phone: string | null): Promise<MyPost> {
  return ctx.db.transaction().execute(async (tx) => {
    const a = await ownAssignment(tx, principal, assignmentId);
    const plan = await findPlan(tx, a.planId);
    if (!plan) throw notFound('Marshal post');
    assertEditable(await eventOf(tx, plan.eventId), ctx.clock.now());
    const value = phone?.trim() || null;
    await updateAssignment(tx, a.id, { phone: value });
    await audit(ctx, tx, {
      actor: principal,
      action: value ? 'marshal.phone_given' : 'marshal.phone_removed',
      objectType: 'marshal_assignment',
      objectId: a.id,
    });
    return myPostOf(ctx, tx, { ...a, phone: value });
  });
}
