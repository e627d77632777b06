import type { Qualification } from '../../core/qualifications';
import type { ShiftState, SignupStatus, SiteKind } from './limits';

/** A public place the network watches: a school entrance, a mosque, a bus stop, a workplace gate. */
export interface PatrolSiteTable {
  id: string;
  name: string;
  kind: SiteKind;
  zoneId: string;
  /** An exact point, allowed because the site is a public place; null when the name says enough. */
  lat: number | null;
  lng: number | null;
  notes: string;
  /** No new shifts once archived; past ones stay for the record until retention removes them. */
  archivedAt: number | null;
  createdAt: number;
  createdBy: string | null;
  updatedAt: number;
  demo: number;
}

/** A recurring shift at a site: weekdays and a local time, from a date, until an optional date. */
export interface PatrolSeriesTable {
  id: string;
  siteId: string;
  /** "Drop-off", "Friday prayer": what the shift is for, shown beside the site's name. */
  label: string;
  /** ISO weekdays as a comma-separated list ("1,2,3,4,5"). */
  weekdays: string;
  startTime: string;
  endTime: string;
  minPeople: number;
  maxPeople: number;
  requiredQualification: Qualification | null;
  startsOn: string;
  endsOn: string | null;
  /** The last day whose shifts exist; the daily tick extends it (idempotent: shifts are unique per day). */
  materialisedThrough: string;
  createdAt: number;
  createdBy: string | null;
  updatedAt: number;
  demo: number;
}

/** One concrete shift. Its counts live on the row, so coverage is one indexed range read. */
export interface PatrolShiftTable {
  id: string;
  seriesId: string;
  siteId: string;
  localDate: string;
  /** The local wall-clock times the shift was made with ("07:30"), kept so a week's view needs no time-zone sums. */
  startTime: string;
  endTime: string;
  startsAt: number;
  endsAt: number;
  minPeople: number;
  maxPeople: number;
  requiredQualification: Qualification | null;
  /**
   * Booked sign-ups. Moved only by conditional updates (`taken < max_people`) in the transaction that
   * books or frees a place, and held within 0…max_people by a CHECK constraint.
   */
  taken: number;
  state: ShiftState;
  cancelledAt: number | null;
  /** startsAt less the reminder hours; the reminder is sent once, by whichever node claims it. */
  remindAt: number;
  reminderSentAt: number | null;
  /** iCalendar SEQUENCE: bumped when the shift changes, so calendars replace their copy. */
  sequence: number;
  createdAt: number;
  updatedAt: number;
  demo: number;
}

/** Who patrols when: a member's place on a shift (retention `patrol_signup`, counted from the shift's end). */
export interface PatrolSignupTable {
  id: string;
  shiftId: string;
  memberId: string;
  status: SignupStatus;
  /** When the member offered their place to others (a swap); they keep it until someone takes it. */
  offeredAt: number | null;
  checkedInAt: number | null;
  checkedOutAt: number | null;
  cancelledAt: number | null;
  /** 1 when cancelled less than LATE_CANCEL_HOURS before the start. */
  lateCancel: number;
  /** The sign-up of the member who took this place in a swap. */
  swappedTo: string | null;
  createdAt: number;
  updatedAt: number;
}

/** A member's private calendar feed: only the hash of its secret token is kept. */
export interface PatrolFeedTable {
  memberId: string;
  tokenHash: string;
  createdAt: number;
}

export interface PatrolsTables {
  patrolSite: PatrolSiteTable;
  patrolSeries: PatrolSeriesTable;
  patrolShift: PatrolShiftTable;
  patrolSignup: PatrolSignupTable;
  patrolFeed: PatrolFeedTable;
}
