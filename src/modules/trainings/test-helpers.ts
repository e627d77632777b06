import assert from 'node:assert/strict';
import { HOUR } from '../../core/clock';
import type { TestApp } from '../../test-support/test-app';
import type { AttendanceCode, Course, CourseInputFields, Session, SessionInputFields } from './contract';

export type Member = Awaited<ReturnType<TestApp['signIn']>>;

export async function createCourse(t: TestApp, organiser: Member, overrides: Partial<CourseInputFields> = {}): Promise<Course> {
  const res = await t.call('POST', '/api/trainings/courses', {
    cookie: organiser.cookie,
    body: { title: 'Legal observer training', qualification: 'legal_observer', ...overrides },
  });
  assert.equal(res.status, 201, await res.clone().text());
  return (await res.json()) as Course;
}

/** A session of `courseId` two days after the test clock's now, taught by `trainer`. */
export function sessionInput(
  t: TestApp,
  courseId: string,
  trainer: Member,
  overrides: Partial<SessionInputFields> = {},
): SessionInputFields {
  const startsAt = t.clock.now() + 48 * HOUR;
  return {
    courseId,
    startsAt,
    endsAt: startsAt + 2 * HOUR,
    place: 'Brian Coyle Community Center, the big room',
    language: 'en',
    capacity: 20,
    trainerIds: [trainer.id],
    ...overrides,
  };
}

export async function createSession(
  t: TestApp,
  organiser: Member,
  courseId: string,
  trainer: Member,
  overrides: Partial<SessionInputFields> = {},
): Promise<Session> {
  const res = await t.call('POST', '/api/trainings/sessions', {
    cookie: organiser.cookie,
    body: sessionInput(t, courseId, trainer, overrides),
  });
  assert.equal(res.status, 201, await res.clone().text());
  return (await res.json()) as Session;
}

export async function attendanceCode(t: TestApp, trainer: Member, sessionId: string): Promise<AttendanceCode> {
  const res = await t.call('GET', `/api/trainings/sessions/${sessionId}/attendance-code`, { cookie: trainer.cookie });
  assert.equal(res.status, 200, await res.clone().text());
  return (await res.json()) as AttendanceCode;
}

export const attend = (t: TestApp, member: Member, body: unknown) =>
  t.call('POST', '/api/trainings/attend', { cookie: member.cookie, body });

export async function errorOf(res: Response): Promise<{ code: string; field?: string; message: string }> {
  return ((await res.json()) as { error: { code: string; field?: string; message: string } }).error;
}

/** How many qualifications (of any state) the member has. */
export async function qualificationCount(t: TestApp, memberId: string): Promise<number> {
  return (await t.db.selectFrom('qualification').select('id').where('memberId', '=', memberId).execute()).length;
}
