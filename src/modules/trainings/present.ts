import type { AppContext } from '../../context';
import type { Principal } from '../../core/roles';
import { displayNamesOf } from '../members';
import { zoneNames } from '../zones';
import type { Course, CourseBrief, CourseTranslations, Session } from './contract';
import { coursesByIds, listMaterialSummaries } from './courses-repository';
import type { TrainingCourseTable, TrainingSessionTable } from './schema';
import { attendanceOfMember, rsvpsOfMember, trainersOf } from './sessions-repository';

const translationsOf = (row: TrainingCourseTable) => JSON.parse(row.translations) as CourseTranslations;

export const courseBriefOf = (row: TrainingCourseTable): CourseBrief => ({
  id: row.id,
  title: row.title,
  translations: translationsOf(row),
  qualification: row.qualification,
});

export async function presentCourses(ctx: AppContext, rows: readonly TrainingCourseTable[]): Promise<Course[]> {
  const materials = await listMaterialSummaries(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    ...courseBriefOf(r),
    description: r.description,
    validityMonths: r.validityMonths,
    materials: materials.filter((m) => m.courseId === r.id).map((m) => ({ language: m.language, title: m.title, draft: m.draft === 1 })),
    demo: r.demo === 1,
  }));
}

/** Who is looking: trainers' names are for members others vouched for, not for newcomers. */
export type Viewer = Pick<Principal, 'memberId' | 'trusted'>;

/** Sessions as members see them: course, time, place, places taken, trainers' names, and their own part. */
export async function presentSessions(ctx: AppContext, rows: readonly TrainingSessionTable[], viewer: Viewer): Promise<Session[]> {
  if (!rows.length) return [];
  const viewerId = viewer.memberId;
  const ids = rows.map((r) => r.id);
  const [courses, zones, trainers, rsvps, attended] = await Promise.all([
    coursesByIds(
      ctx.db,
      rows.map((r) => r.courseId),
    ),
    zoneNames(
      ctx,
      rows.flatMap((r) => (r.zoneId ? [r.zoneId] : [])),
    ),
    trainersOf(ctx.db, ids),
    rsvpsOfMember(ctx.db, viewerId, ids),
    attendanceOfMember(ctx.db, viewerId, ids),
  ]);
  const names = await displayNamesOf(
    ctx.db,
    trainers.map((t) => t.memberId),
  );
  const course = new Map(courses.map((c) => [c.id, courseBriefOf(c)]));
  return rows.flatMap((r) => {
    const brief = course.get(r.courseId);
    if (!brief) return [];
    const zoneName = r.zoneId ? zones.get(r.zoneId) : undefined;
    const teachers = trainers.filter((t) => t.sessionId === r.id);
    return [
      {
        id: r.id,
        course: brief,
        startsAt: r.startsAt,
        endsAt: r.endsAt,
        place: r.place,
        point: r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : null,
        zone: r.zoneId && zoneName ? { id: r.zoneId, name: zoneName } : null,
        language: r.language,
        capacity: r.capacity,
        taken: r.taken,
        state: r.state,
        trainers: viewer.trusted ? teachers.map((t) => ({ id: t.memberId, name: names.get(t.memberId) ?? '' })) : [],
        mine: {
          rsvp: rsvps.find((x) => x.sessionId === r.id)?.status ?? null,
          attended: attended.some((a) => a.sessionId === r.id),
          trainer: teachers.some((t) => t.memberId === viewerId),
        },
        demo: r.demo === 1,
      },
    ];
  });
}

export async function presentSession(ctx: AppContext, row: TrainingSessionTable, viewer: Viewer): Promise<Session> {
  return (await presentSessions(ctx, [row], viewer))[0];
}
