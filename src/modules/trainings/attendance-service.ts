import type { AppContext } from '../../context';
import { badRequest, conflict, gone, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import {
  attendanceCodeAt,
  hasValidSignature,
  isCurrentAttendanceCode,
  parseAttendanceToken,
  signAttendanceToken,
} from './attendance-token';
import {
  ATTENDANCE_CLOSES_AFTER_MS,
  ATTENDANCE_OPENS_BEFORE_MS,
  ATTENDANCE_REFRESH_MS,
  ATTENDANCE_TOKEN_TTL_MS,
  type AttendanceCode,
  type AttendInput,
  type AttendResult,
} from './contract';
import { findCourse } from './courses-repository';
import { courseBriefOf } from './present';
import { recordQualification } from './qualifications-service';
import { sessionTaughtBy } from './rsvp-service';
import type { TrainingSessionTable } from './schema';
import { countAttendance, findSession, insertAttendanceOnce } from './sessions-repository';
import { addMonths } from './validity';

/** Every refusal of a code that is not ours (forged, altered, another session's, malformed) looks the same. */
const invalid = (field: string) =>
  badRequest('attendance_code_invalid', 'This attendance code is not valid. Scan the code the trainer shows now.', field);

function assertAttendanceOpen(session: TrainingSessionTable, now: number) {
  if (session.state === 'cancelled') throw conflict('session_cancelled', 'This session was cancelled.');
  if (now < session.startsAt - ATTENDANCE_OPENS_BEFORE_MS || now > session.endsAt + ATTENDANCE_CLOSES_AFTER_MS)
    throw conflict('attendance_closed', 'Attendance is taken from 30 minutes before the session until 2 hours after it ends.');
}

/** The trainer's screen: a fresh signed token for the QR code and the short code, while the session is on. */
export async function issueAttendanceCode(ctx: AppContext, actor: Principal, sessionId: string): Promise<AttendanceCode> {
  const now = ctx.clock.now();
  const session = await sessionTaughtBy(ctx.db, actor, sessionId);
  assertAttendanceOpen(session, now);
  const expiresAt = now + ATTENDANCE_TOKEN_TTL_MS;
  return {
    token: signAttendanceToken(session.id, session.attendanceSecret, expiresAt),
    code: attendanceCodeAt(session.id, session.attendanceSecret, now),
    expiresAt,
    refreshMs: ATTENDANCE_REFRESH_MS,
    attended: await countAttendance(ctx.db, session.id),
  };
}

/** The session a proof names, once its signature (or short code) and its expiry check out. */
async function provenSession(ctx: AppContext, input: AttendInput, now: number): Promise<TrainingSessionTable> {
  if (input.token) {
    const token = parseAttendanceToken(input.token);
    const session = token ? await findSession(ctx.db, token.sessionId) : undefined;
    if (!token || !session || !hasValidSignature(token, session.attendanceSecret)) throw invalid('token');
    if (token.expiresAt <= now)
      throw gone('attendance_code_expired', 'This attendance code has expired. Scan the code the trainer shows now.');
    return session;
  }
  if (input.sessionId && input.code) {
    const session = await findSession(ctx.db, input.sessionId);
    if (!session || !isCurrentAttendanceCode(session.id, session.attendanceSecret, input.code, now)) throw invalid('code');
    return session;
  }
  throw invalid('token');
}

/**
 * The attendee, signed in, sends the code the trainer showed: checked (signature in constant time,
 * then expiry, then the session's time), attendance recorded once, and the course's qualification
 * granted until the session's end plus the course's validity. A refused code writes nothing.
 */
export async function attend(ctx: AppContext, member: Principal, input: AttendInput): Promise<AttendResult> {
  const now = ctx.clock.now();
  const session = await provenSession(ctx, input, now);
  assertAttendanceOpen(session, now);
  const course = await findCourse(ctx.db, session.courseId);
  if (!course) throw notFound('Course');
  const expiresAt = addMonths(session.endsAt, course.validityMonths);
  const recorded = await ctx.db.transaction().execute(async (tx) => {
    if (!(await insertAttendanceOnce(tx, { sessionId: session.id, memberId: member.memberId, attendedAt: now }))) return false;
    await recordQualification(ctx, tx, member, {
      memberId: member.memberId,
      kind: course.qualification,
      earnedAt: now,
      expiresAt,
      source: 'training',
      sessionId: session.id,
    });
    return true;
  });
  return {
    sessionId: session.id,
    course: courseBriefOf(course),
    qualification: course.qualification,
    expiresAt,
    alreadyRecorded: !recorded,
  };
}
