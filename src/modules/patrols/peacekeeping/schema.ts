import type { PostKind } from './limits';

/** An event's marshal plan: the crowd expected, the ratio, and the lines for the printed contact sheet. */
export interface MarshalPlanTable {
  id: string;
  /** One plan per event (unique); the event is the events module's. */
  eventId: string;
  expectedCrowd: number;
  /** One marshal per this many people. */
  ratio: number;
  /** JSON array of the organisers' lines for the sheet ("Legal hotline 612-…"); erased after the event. */
  contactLines: string;
  /**
   * Bumped by every change to the plan's posts and assignments: the update locks the plan's row, so
   * capacity and "one post per person" are checked one change at a time on PostgreSQL as on SQLite.
   */
  seq: number;
  createdAt: number;
  createdBy: string | null;
  updatedAt: number;
  demo: number;
}

/** A place along the route where marshals stand; a march route is public, so its point may be exact. */
export interface MarshalPostTable {
  id: string;
  planId: string;
  kind: PostKind;
  label: string;
  instructions: string;
  needed: number;
  /** Order along the route, from 1. */
  position: number;
  lat: number | null;
  lng: number | null;
  radioChannel: string;
  createdAt: number;
  updatedAt: number;
}

/** A qualified peacekeeper at a post: one post per person per event (unique on plan and member). */
export interface MarshalAssignmentTable {
  id: string;
  planId: string;
  postId: string;
  memberId: string;
  /** 1 for the post's lead (at most one per post). */
  lead: number;
  /** The marshal's own opt-in number for the organisers' contact sheet; erased after the event. */
  phone: string | null;
  assignedAt: number;
  assignedBy: string | null;
  checkedInAt: number | null;
  checkedOutAt: number | null;
}

export interface PeacekeepingTables {
  marshalPlan: MarshalPlanTable;
  marshalPost: MarshalPostTable;
  marshalAssignment: MarshalAssignmentTable;
}
