import { z } from '@hono/zod-openapi';
import { QUALIFICATIONS } from '../../core/qualifications';
import {
  CAPACITY_MAX,
  DEFAULT_VALIDITY_MONTHS,
  DESCRIPTION_MAX,
  MATERIAL_BODY_MAX,
  MATERIAL_TITLE_MAX,
  PLACE_MAX,
  QUALIFICATION_SOURCES,
  RSVP_STATUSES,
  SESSION_STATES,
  TITLE_MAX,
  TRAINERS_MAX,
  TRAINING_LANGUAGES,
  VALIDITY_MONTHS_MAX,
} from './limits';

export * from './limits';

/** The trainings API's shapes, shared by the server and the web app (which imports only their types). */

/** The last instant a date field takes: the end of year 9999. */
const LAST_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59);
const Id = z.string().min(1).max(64);
const Instant = z.number().int().min(0).max(LAST_INSTANT);
export const IdParam = z.object({ id: Id });
export const Language = z.enum(TRAINING_LANGUAGES);
export const MaterialParam = z.object({ id: Id, language: Language });
const Kind = z.enum(QUALIFICATIONS);
const Named = z.object({ id: z.string(), name: z.string() });
const Point = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).openapi('TrainingPoint');

const Translation = z.object({
  title: z.string().trim().max(TITLE_MAX).optional(),
  description: z.string().trim().max(DESCRIPTION_MAX).optional(),
});
const Translations = z.object({ es: Translation.optional(), so: Translation.optional(), hmn: Translation.optional() }).strict();
export type CourseTranslations = z.infer<typeof Translations>;

// Courses and their materials

export const CourseInput = z
  .object({
    title: z.string().trim().min(3).max(TITLE_MAX),
    description: z.string().trim().max(DESCRIPTION_MAX).default(''),
    translations: Translations.default({}),
    qualification: Kind.openapi({ description: 'Granted to whoever attends one of its sessions' }),
    validityMonths: z.number().int().min(1).max(VALIDITY_MONTHS_MAX).default(DEFAULT_VALIDITY_MONTHS),
  })
  .openapi('CourseInput');
export type CourseInput = z.infer<typeof CourseInput>;
export type CourseInputFields = z.input<typeof CourseInput>;

export const MaterialSummary = z.object({ language: Language, title: z.string(), draft: z.boolean() }).openapi('MaterialSummary');

export const Course = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    translations: Translations,
    qualification: Kind,
    validityMonths: z.number().int(),
    materials: z.array(MaterialSummary),
    demo: z.boolean(),
  })
  .openapi('Course');
export type Course = z.infer<typeof Course>;
export const CourseList = z.object({ courses: z.array(Course) }).openapi('CourseList');

export const MaterialInput = z
  .object({
    title: z.string().trim().min(2).max(MATERIAL_TITLE_MAX),
    body: z.string().max(MATERIAL_BODY_MAX).openapi({ description: 'Markdown: headings, paragraphs, lists, bold, italic, http(s) links' }),
    draft: z.boolean().default(false),
  })
  .openapi('MaterialInput');
export type MaterialInput = z.infer<typeof MaterialInput>;

export const Material = z
  .object({
    courseId: z.string(),
    courseTitle: z.string(),
    language: Language,
    title: z.string(),
    body: z.string(),
    draft: z.boolean(),
    updatedAt: z.number(),
  })
  .openapi('Material');
export type Material = z.infer<typeof Material>;

// Sessions

export const SessionInput = z
  .object({
    courseId: Id,
    startsAt: Instant,
    endsAt: Instant,
    place: z.string().trim().min(2).max(PLACE_MAX).openapi({ description: 'A public place, in words' }),
    point: Point.nullable().default(null).openapi({ description: 'The exact spot (a public place), if any' }),
    zoneId: Id.nullable().default(null).openapi({ description: 'Worked out from the point when left out' }),
    language: Language,
    capacity: z.number().int().min(1).max(CAPACITY_MAX),
    trainerIds: z.array(Id).min(1).max(TRAINERS_MAX).openapi({ description: 'Trusted members who teach it and take attendance' }),
  })
  .openapi('SessionInput');
export type SessionInput = z.infer<typeof SessionInput>;
export type SessionInputFields = z.input<typeof SessionInput>;

export const CourseBrief = z
  .object({ id: z.string(), title: z.string(), translations: Translations, qualification: Kind })
  .openapi('CourseBrief');
export type CourseBrief = z.infer<typeof CourseBrief>;

export const Session = z
  .object({
    id: z.string(),
    course: CourseBrief,
    startsAt: z.number(),
    endsAt: z.number(),
    place: z.string(),
    point: Point.nullable(),
    zone: Named.nullable(),
    language: Language,
    capacity: z.number().int(),
    taken: z.number().int(),
    state: z.enum(SESSION_STATES),
    trainers: z.array(Named),
    /** The caller's own part in it. */
    mine: z.object({ rsvp: z.enum(RSVP_STATUSES).nullable(), attended: z.boolean(), trainer: z.boolean() }),
    demo: z.boolean(),
  })
  .openapi('TrainingSession');
export type Session = z.infer<typeof Session>;
export const SessionList = z.object({ sessions: z.array(Session) }).openapi('TrainingSessionList');

export const SessionListQuery = z
  .object({ when: z.enum(['upcoming', 'past']).default('upcoming'), course: Id.optional() })
  // A misspelt filter would otherwise list every session as if it had been applied.
  .strict();

export const RosterEntry = z
  .object({
    memberId: z.string(),
    name: z.string(),
    /** Null for someone who came without an RSVP. */
    rsvp: z.enum(RSVP_STATUSES).nullable(),
    attendedAt: z.number().nullable(),
  })
  .openapi('RosterEntry');
export type RosterEntry = z.infer<typeof RosterEntry>;
export const Roster = z.object({ session: Session, entries: z.array(RosterEntry), attended: z.number().int() }).openapi('TrainingRoster');
export type Roster = z.infer<typeof Roster>;

// Attendance

export const AttendanceCode = z
  .object({
    token: z.string().openapi({ description: 'Signed: the session, an expiry and an HMAC-SHA256; goes in the URL fragment' }),
    code: z.string().openapi({ description: 'The same, short, for typing: changes every minute' }),
    expiresAt: z.number(),
    refreshMs: z.number().int(),
    attended: z.number().int(),
  })
  .openapi('AttendanceCode');
export type AttendanceCode = z.infer<typeof AttendanceCode>;

export const AttendInput = z
  .object({
    token: z.string().trim().min(1).max(400).optional().openapi({ description: 'From the QR code (the URL fragment)' }),
    sessionId: Id.optional().openapi({ description: 'With `code`: the session whose short code was typed' }),
    code: z.string().trim().min(1).max(16).optional(),
  })
  .openapi('AttendInput');
export type AttendInput = z.infer<typeof AttendInput>;

export const AttendResult = z
  .object({
    sessionId: z.string(),
    course: CourseBrief,
    qualification: Kind,
    expiresAt: z.number(),
    /** True when this member's attendance was already recorded: nothing new was granted. */
    alreadyRecorded: z.boolean(),
  })
  .openapi('AttendResult');
export type AttendResult = z.infer<typeof AttendResult>;

// Qualifications

export const QualificationEntry = z
  .object({
    id: z.string(),
    kind: Kind,
    earnedAt: z.number(),
    expiresAt: z.number(),
    source: z.enum(QUALIFICATION_SOURCES),
    sessionId: z.string().nullable(),
    recordedBy: z.string().nullable(),
    revokedAt: z.number().nullable(),
    status: z.enum(['valid', 'expired', 'revoked']),
  })
  .openapi('QualificationEntry');
export type QualificationEntry = z.infer<typeof QualificationEntry>;

export const MemberQualifications = z
  .object({ member: Named, qualifications: z.array(QualificationEntry) })
  .openapi('MemberQualifications');
export type MemberQualifications = z.infer<typeof MemberQualifications>;

export const RecordQualificationInput = z
  .object({
    kind: Kind,
    earnedAt: Instant.openapi({ description: 'When the training done elsewhere ended' }),
    validityMonths: z.number().int().min(1).max(VALIDITY_MONTHS_MAX).default(DEFAULT_VALIDITY_MONTHS),
  })
  .openapi('RecordQualificationInput');
export type RecordQualificationInput = z.infer<typeof RecordQualificationInput>;

export const MyTrainings = z
  .object({
    going: z.array(Session),
    teaching: z.array(Session),
    qualifications: z.array(QualificationEntry),
  })
  .openapi('MyTrainings');
export type MyTrainings = z.infer<typeof MyTrainings>;
