import type { AppContext } from '../../../context';
import { notFound } from '../../../core/errors';
import type { Principal } from '../../../core/roles';
import { audit } from '../../audit';
import type { Board, Sheet } from './contract';
import { eventOf, presentMarshalEvent } from './event-window';
import { postStatus } from './planner';
import { readParts } from './plans-service';
import { countsOf, figuresOf, isHere, marshalsAt, nameOf, type PlanParts, parseLines } from './present';
import { findPlanByEvent } from './repository';

async function partsOfEvent(ctx: AppContext, eventId: string) {
  const event = await eventOf(ctx.db, eventId);
  const plan = await findPlanByEvent(ctx.db, eventId);
  if (!plan) throw notFound('Marshal plan');
  return { event, parts: await readParts(ctx.db, plan) };
}

/** The live board: every post's needed / assigned / checked in, its colour, and who is missing. */
export async function boardOf(ctx: AppContext, eventId: string): Promise<Board> {
  const { event, parts } = await partsOfEvent(ctx, eventId);
  const counts = countsOf(parts);
  return {
    event: presentMarshalEvent(event),
    figures: figuresOf(parts),
    posts: parts.posts.map((p, i) => {
      const marshals = marshalsAt(parts, p.id);
      return {
        id: p.id,
        position: p.position,
        label: p.label,
        kind: p.kind,
        radioChannel: p.radioChannel,
        ...counts[i],
        status: postStatus(p.needed, counts[i].checkedIn),
        missing: marshals.filter((a) => !isHere(a)).map((a) => nameOf(parts, a.memberId)),
        here: marshals.filter(isHere).map((a) => nameOf(parts, a.memberId)),
      };
    }),
    at: ctx.clock.now(),
  };
}

const sheetPosts = (parts: PlanParts) =>
  parts.posts.map((p) => ({
    id: p.id,
    position: p.position,
    label: p.label,
    kind: p.kind,
    radioChannel: p.radioChannel,
    marshals: marshalsAt(parts, p.id).map((a) => ({ name: nameOf(parts, a.memberId), lead: a.lead === 1, phone: a.phone })),
  }));

/**
 * The radio-channel and contact sheet, for organisers to print: posts in route order with channel,
 * lead and marshals, the numbers marshals chose to give, and the plan's contact lines. Each look at
 * it is audited, because of the numbers.
 */
export async function contactSheet(ctx: AppContext, actor: Principal, eventId: string): Promise<Sheet> {
  const { event, parts } = await partsOfEvent(ctx, eventId);
  await audit(ctx, ctx.db, { actor, action: 'marshal_sheet.viewed', objectType: 'marshal_plan', objectId: parts.plan.id });
  return {
    event: presentMarshalEvent(event),
    contactLines: parseLines(parts.plan.contactLines),
    posts: sheetPosts(parts),
    at: ctx.clock.now(),
  };
}
