import type { AppContext } from '../../../context';
import { notFound } from '../../../core/errors';
import type { Principal } from '../../../core/roles';
import type { Db } from '../../../database';
import { audit } from '../../audit';
import { listUpcomingEventBriefs } from '../../events';
import { listAssignments } from './assignments-repository';
import type { PlanInput, PlanList, PlanView } from './contract';
import { assertEditable, eventOf, presentMarshalEvent } from './event-window';
import { MARSHALLED_EVENT_KINDS } from './limits';
import { figuresOf, loadPlanParts, type PlanParts, presentPlanView } from './present';
import { findPlan, findPlanByEvent, insertPlanIfMissing, listPlansOfEvents, listPosts, lockPlan, updatePlan } from './repository';
import type { MarshalPlanTable } from './schema';

export async function readParts(db: Db, plan: MarshalPlanTable): Promise<PlanParts> {
  const [posts, assignments] = await Promise.all([listPosts(db, [plan.id]), listAssignments(db, [plan.id])]);
  return loadPlanParts(db, plan, posts, assignments);
}

/** The plan's row, locked for the rest of the transaction; 404 when there is none. */
export async function lockedPlan(db: Db, planId: string): Promise<MarshalPlanTable> {
  const plan = await lockPlan(db, planId);
  if (!plan) throw notFound('Marshal plan');
  return plan;
}

/** The event's plan as organisers see it (posts, marshals, figures), or the event alone before there is one. */
export async function planViewOf(ctx: AppContext, eventId: string, db: Db = ctx.db): Promise<PlanView> {
  const event = await eventOf(db, eventId);
  const plan = await findPlanByEvent(db, eventId);
  return presentPlanView(event, plan ? await readParts(db, plan) : null, ctx.clock.now());
}

/** The view after a change to the plan with this id. */
export async function planViewById(ctx: AppContext, planId: string): Promise<PlanView> {
  const plan = await findPlan(ctx.db, planId);
  if (!plan) throw notFound('Marshal plan');
  return planViewOf(ctx, plan.eventId);
}

/** Makes the event's plan, or changes its crowd, ratio and contact lines. */
export async function savePlan(
  ctx: AppContext,
  actor: Principal,
  eventId: string,
  input: PlanInput,
  opts: { demo?: boolean } = {},
): Promise<PlanView> {
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (tx) => {
    assertEditable(await eventOf(tx, eventId), now);
    const fields = {
      expectedCrowd: input.expectedCrowd,
      ratio: input.ratio,
      contactLines: JSON.stringify(input.contactLines),
      updatedAt: now,
    };
    await insertPlanIfMissing(tx, {
      id: ctx.ids.next(),
      eventId,
      ...fields,
      seq: 0,
      createdAt: now,
      createdBy: actor.memberId,
      demo: opts.demo ? 1 : 0,
    });
    const plan = await findPlanByEvent(tx, eventId);
    if (!plan) throw notFound('Marshal plan');
    await lockedPlan(tx, plan.id);
    await updatePlan(tx, plan.id, fields);
    await audit(ctx, tx, { actor, action: 'marshal_plan.saved', objectType: 'marshal_plan', objectId: plan.id });
  });
  return planViewOf(ctx, eventId);
}

/** Upcoming events with a plan (and how staffed each is), and the marches and rallies still without one. */
export async function listPlans(ctx: AppContext): Promise<PlanList> {
  const events = await listUpcomingEventBriefs(ctx.db, ctx.clock.now());
  const plans = await listPlansOfEvents(
    ctx.db,
    events.map((e) => e.id),
  );
  const planOf = new Map(plans.map((p) => [p.eventId, p]));
  const withPlans = await Promise.all(
    events.flatMap((e) => {
      const plan = planOf.get(e.id);
      return plan
        ? [readParts(ctx.db, plan).then((parts) => ({ event: presentMarshalEvent(e), planId: plan.id, figures: figuresOf(parts) }))]
        : [];
    }),
  );
  const kinds: readonly string[] = MARSHALLED_EVENT_KINDS;
  return {
    plans: withPlans,
    unplanned: events.filter((e) => !planOf.has(e.id) && kinds.includes(e.kind)).map(presentMarshalEvent),
  };
}
