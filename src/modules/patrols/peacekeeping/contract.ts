import { z } from '@hono/zod-openapi';
import {
  CHANNEL_MAX,
  CONTACT_LINE_MAX,
  CONTACT_LINES_MAX,
  CROWD_MAX,
  DEFAULT_RATIO,
  INSTRUCTIONS_MAX,
  LABEL_MAX,
  NEEDED_MAX,
  PHONE_MAX,
  POST_KINDS,
  POST_STATUSES,
  RATIO_MAX,
  RATIO_MIN,
} from './limits';

/** The peacekeeping API's shapes: the server validates with them; the web app uses their types only. */

export const Id = z.string().min(1).max(64);
const Point = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).openapi('MarshalPostPoint');
const Instant = z.number();

export const PlanInput = z
  .object({
    expectedCrowd: z.number().int().min(0).max(CROWD_MAX),
    ratio: z
      .number()
      .int()
      .min(RATIO_MIN)
      .max(RATIO_MAX)
      .default(DEFAULT_RATIO)
      .openapi({ description: 'One marshal per this many people' }),
    contactLines: z
      .array(z.string().trim().min(1).max(CONTACT_LINE_MAX))
      .max(CONTACT_LINES_MAX)
      .default([])
      .openapi({ description: 'Lines for the printed contact sheet, e.g. "Legal hotline 612-555-0100"' }),
  })
  .openapi('MarshalPlanInput');
export type PlanInput = z.infer<typeof PlanInput>;

export const PostInput = z
  .object({
    kind: z.enum(POST_KINDS),
    label: z.string().trim().min(2).max(LABEL_MAX).openapi({ description: 'e.g. "Lake St & Chicago Ave crossing"' }),
    instructions: z.string().trim().max(INSTRUCTIONS_MAX).default(''),
    needed: z.number().int().min(1).max(NEEDED_MAX),
    radioChannel: z.string().trim().max(CHANNEL_MAX).default(''),
    point: Point.nullable().default(null).openapi({ description: 'An exact point on the (public) route, if any' }),
  })
  .openapi('MarshalPostInput');
export type PostInput = z.infer<typeof PostInput>;

export const MoveInput = z.object({ direction: z.enum(['up', 'down']) }).openapi('MarshalPostMove');
export const AssignInput = z.object({ memberId: Id }).openapi('MarshalAssignInput');
export const LeadInput = z.object({ lead: z.boolean() }).openapi('MarshalLeadInput');
export const PhoneInput = z
  .object({
    phone: z
      .string()
      .trim()
      .max(PHONE_MAX)
      .regex(/^[0-9+()\-. ]*$/, 'Digits, spaces and + ( ) - . only')
      .nullable()
      .openapi({ description: 'Shown to organisers on the contact sheet only; empty or null removes it' }),
  })
  .openapi('MarshalPhoneInput');

export const MarshalEvent = z
  .object({
    id: z.string(),
    title: z.string(),
    /** The events module's kind: march, rally, vigil, training, assembly or other. */
    kind: z.string(),
    startsAt: Instant,
    endsAt: Instant,
    place: z.string(),
    cancelled: z.boolean(),
  })
  .openapi('MarshalEvent');
export type MarshalEvent = z.infer<typeof MarshalEvent>;

export const PlanFigures = z
  .object({
    recommended: z.number().int(),
    requested: z.number().int(),
    assigned: z.number().int(),
    checkedIn: z.number().int(),
    short: z.number().int(),
    postsBelowRatio: z.number().int(),
  })
  .openapi('MarshalPlanFigures');

const CheckInWindow = z.object({ opensAt: Instant, closesAt: Instant, open: z.boolean() }).openapi('MarshalCheckInWindow');

export const PostMarshal = z
  .object({
    assignmentId: z.string(),
    memberId: z.string(),
    name: z.string(),
    lead: z.boolean(),
    checkedInAt: Instant.nullable(),
    checkedOutAt: Instant.nullable(),
  })
  .openapi('MarshalAtPost');
export type PostMarshal = z.infer<typeof PostMarshal>;

export const MarshalPost = z
  .object({
    id: z.string(),
    kind: z.enum(POST_KINDS),
    label: z.string(),
    instructions: z.string(),
    needed: z.number().int(),
    position: z.number().int(),
    point: Point.nullable(),
    radioChannel: z.string(),
    marshals: z.array(PostMarshal),
  })
  .openapi('MarshalPost');
export type MarshalPost = z.infer<typeof MarshalPost>;

export const MarshalPlan = z
  .object({
    id: z.string(),
    expectedCrowd: z.number().int(),
    ratio: z.number().int(),
    contactLines: z.array(z.string()),
    updatedAt: Instant,
  })
  .openapi('MarshalPlan');

export const PlanView = z
  .object({
    event: MarshalEvent,
    /** Null until an organiser makes one. */
    plan: MarshalPlan.nullable(),
    figures: PlanFigures,
    posts: z.array(MarshalPost),
    /** False once the event is over or cancelled: the plan is then kept as it was. */
    editable: z.boolean(),
    checkIn: CheckInWindow,
  })
  .openapi('MarshalPlanView');
export type PlanView = z.infer<typeof PlanView>;

export const PlanList = z
  .object({
    plans: z.array(z.object({ event: MarshalEvent, planId: z.string(), figures: PlanFigures })),
    /** Upcoming marches, rallies, vigils and other events without a plan yet. */
    unplanned: z.array(MarshalEvent),
  })
  .openapi('MarshalPlanList');
export type PlanList = z.infer<typeof PlanList>;

export const Candidates = z
  .object({
    candidates: z.array(
      z.object({
        memberId: z.string(),
        name: z.string(),
        /** When their peacekeeper qualification expires. */
        qualifiedUntil: Instant,
        /** Still valid when the event ends: only these can be assigned. */
        qualifiedForEvent: z.boolean(),
        /** Their post at this event, if they have one. */
        postId: z.string().nullable(),
      }),
    ),
  })
  .openapi('MarshalCandidates');
export type Candidates = z.infer<typeof Candidates>;

export const Board = z
  .object({
    event: MarshalEvent,
    figures: PlanFigures,
    posts: z.array(
      z.object({
        id: z.string(),
        position: z.number().int(),
        label: z.string(),
        kind: z.enum(POST_KINDS),
        radioChannel: z.string(),
        needed: z.number().int(),
        assigned: z.number().int(),
        checkedIn: z.number().int(),
        status: z.enum(POST_STATUSES),
        /** Assigned marshals not (or no longer) checked in. */
        missing: z.array(z.string()),
        here: z.array(z.string()),
      }),
    ),
    at: Instant,
  })
  .openapi('MarshalBoard');
export type Board = z.infer<typeof Board>;

export const Sheet = z
  .object({
    event: MarshalEvent,
    contactLines: z.array(z.string()),
    posts: z.array(
      z.object({
        id: z.string(),
        position: z.number().int(),
        label: z.string(),
        kind: z.enum(POST_KINDS),
        radioChannel: z.string(),
        marshals: z.array(z.object({ name: z.string(), lead: z.boolean(), phone: z.string().nullable() })),
      }),
    ),
    at: Instant,
  })
  .openapi('MarshalSheet');
export type Sheet = z.infer<typeof Sheet>;

export const MyPost = z
  .object({
    assignmentId: z.string(),
    event: MarshalEvent,
    post: z.object({
      kind: z.enum(POST_KINDS),
      label: z.string(),
      instructions: z.string(),
      radioChannel: z.string(),
      position: z.number().int(),
      postsInPlan: z.number().int(),
      point: Point.nullable(),
    }),
    lead: z.object({ name: z.string(), you: z.boolean() }).nullable(),
    checkedInAt: Instant.nullable(),
    checkedOutAt: Instant.nullable(),
    phone: z.string().nullable(),
    /** The phone can be given or changed until the event ends. */
    phoneEditable: z.boolean(),
    checkIn: CheckInWindow,
  })
  .openapi('MyMarshalPost');
export type MyPost = z.infer<typeof MyPost>;

export const MyPosts = z.object({ posts: z.array(MyPost) }).openapi('MyMarshalPosts');
export type MyPosts = z.infer<typeof MyPosts>;
