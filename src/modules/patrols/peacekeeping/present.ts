import type { Db } from '../../../database';
import type { EventBrief } from '../../events';
import { displayNamesOf } from '../../members';
import type { MarshalPost, MyPost, PlanView } from './contract';
import { checkInWindow, isEditable, presentMarshalEvent } from './event-window';
import { DEFAULT_RATIO } from './limits';
import { planFigures } from './planner';
import type { MarshalAssignmentTable, MarshalPlanTable, MarshalPostTable } from './schema';

export const parseLines = (json: string): string[] => JSON.parse(json) as string[];

export const pointOf = (p: MarshalPostTable) => (p.lat !== null && p.lng !== null ? { lat: p.lat, lng: p.lng } : null);

/** At their post now: checked in and not since checked out. */
export const isHere = (a: MarshalAssignmentTable) => a.checkedInAt !== null && a.checkedOutAt === null;

const byPost = (assignments: readonly MarshalAssignmentTable[]) => {
  const map = new Map<string, MarshalAssignmentTable[]>();
  for (const a of assignments) map.set(a.postId, [...(map.get(a.postId) ?? []), a]);
  return map;
};

/** A plan's posts and assignments with the marshals' display names: what every organiser view is built from. */
export interface PlanParts {
  plan: MarshalPlanTable;
  posts: MarshalPostTable[];
  atPost: Map<string, MarshalAssignmentTable[]>;
  names: Map<string, string>;
}

export async function loadPlanParts(db: Db, plan: MarshalPlanTable, posts: MarshalPostTable[], assignments: MarshalAssignmentTable[]) {
  const names = await displayNamesOf(
    db,
    assignments.map((a) => a.memberId),
  );
  return { plan, posts, atPost: byPost(assignments), names } satisfies PlanParts;
}

export const countsOf = (parts: PlanParts) =>
  parts.posts.map((p) => {
    const here = parts.atPost.get(p.id) ?? [];
    return { needed: p.needed, assigned: here.length, checkedIn: here.filter(isHere).length };
  });

export const figuresOf = (parts: PlanParts) => planFigures(parts.plan, countsOf(parts));

export const nameOf = (parts: PlanParts, memberId: string) => parts.names.get(memberId) ?? '';

/** Leads first, then in the order they were assigned. */
export const marshalsAt = (parts: PlanParts, postId: string) => [...(parts.atPost.get(postId) ?? [])].sort((a, b) => b.lead - a.lead);

function presentPost(parts: PlanParts, p: MarshalPostTable): MarshalPost {
  return {
    id: p.id,
    kind: p.kind,
    label: p.label,
    instructions: p.instructions,
    needed: p.needed,
    position: p.position,
    point: pointOf(p),
    radioChannel: p.radioChannel,
    marshals: marshalsAt(parts, p.id).map((a) => ({
      assignmentId: a.id,
      memberId: a.memberId,
      name: nameOf(parts, a.memberId),
      lead: a.lead === 1,
      checkedInAt: a.checkedInAt,
      checkedOutAt: a.checkedOutAt,
    })),
  };
}

/** The organisers' plan page. Marshals' phone numbers are not in it: they are on the audited contact sheet only. */
export function presentPlanView(event: EventBrief, parts: PlanParts | null, now: number): PlanView {
  const common = { event: presentMarshalEvent(event), editable: isEditable(event, now), checkIn: checkInWindow(event, now) };
  if (!parts) return { ...common, plan: null, figures: planFigures({ expectedCrowd: 0, ratio: DEFAULT_RATIO }, []), posts: [] };
  const { plan } = parts;
  return {
    ...common,
    plan: {
      id: plan.id,
      expectedCrowd: plan.expectedCrowd,
      ratio: plan.ratio,
      contactLines: parseLines(plan.contactLines),
      updatedAt: plan.updatedAt,
    },
    figures: figuresOf(parts),
    posts: parts.posts.map((p) => presentPost(parts, p)),
  };
}

/** A marshal's own post: where, what to do, which channel, who leads — and their own phone, for them to change. */
export function presentMyPost(event: EventBrief, parts: PlanParts, mine: MarshalAssignmentTable, now: number): MyPost {
  const post = parts.posts.find((p) => p.id === mine.postId);
  if (!post) throw new Error(`post ${mine.postId} of assignment ${mine.id} is missing`);
  const lead = marshalsAt(parts, post.id).find((a) => a.lead === 1);
  return {
    assignmentId: mine.id,
    event: presentMarshalEvent(event),
    post: {
      kind: post.kind,
      label: post.label,
      instructions: post.instructions,
      radioChannel: post.radioChannel,
      position: post.position,
      postsInPlan: parts.posts.length,
      point: pointOf(post),
    },
    lead: lead ? { name: nameOf(parts, lead.memberId), you: lead.id === mine.id } : null,
    checkedInAt: mine.checkedInAt,
    checkedOutAt: mine.checkedOutAt,
    phone: mine.phone,
    phoneEditable: isEditable(event, now),
    checkIn: checkInWindow(event, now),
  };
}
