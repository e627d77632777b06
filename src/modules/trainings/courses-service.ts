import type { AppContext } from '../../context';
import { notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import { audit } from '../audit';
import type { Course, CourseInput, Material, MaterialInput, TrainingLanguage } from './contract';
import { findCourse, findMaterial, insertCourse, listCourseRows, updateCourse, upsertMaterial } from './courses-repository';
import { presentCourses } from './present';
import type { TrainingCourseTable } from './schema';

/** Courses (what is taught and the qualification it grants) and their Markdown pages per language. */

const fieldsOf = (input: CourseInput) => ({
  title: input.title,
  description: input.description,
  translations: JSON.stringify(input.translations),
  qualification: input.qualification,
  validityMonths: input.validityMonths,
});

export async function createCourse(ctx: AppContext, actor: Principal | null, input: CourseInput, opts: { demo?: boolean } = {}) {
  const now = ctx.clock.now();
  const row: TrainingCourseTable = {
    id: ctx.ids.next(),
    ...fieldsOf(input),
    createdAt: now,
    createdBy: actor?.memberId ?? null,
    updatedAt: now,
    demo: opts.demo ? 1 : 0,
  };
  await ctx.db.transaction().execute(async (tx) => {
    await insertCourse(tx, row);
    await audit(ctx, tx, { actor, action: 'training_course.created', objectType: 'training_course', objectId: row.id });
  });
  return (await presentCourses(ctx, [row]))[0];
}

/** A new validity applies to qualifications earned from now on; those already earned keep their expiry. */
export async function editCourse(ctx: AppContext, actor: Principal, id: string, input: CourseInput): Promise<Course> {
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await findCourse(tx, id))) throw notFound('Course');
    await updateCourse(tx, id, { ...fieldsOf(input), updatedAt: now });
    await audit(ctx, tx, { actor, action: 'training_course.updated', objectType: 'training_course', objectId: id });
  });
  return getCourse(ctx, id);
}

export async function getCourse(ctx: AppContext, id: string): Promise<Course> {
  const row = await findCourse(ctx.db, id);
  if (!row) throw notFound('Course');
  return (await presentCourses(ctx, [row]))[0];
}

export async function listCourses(ctx: AppContext): Promise<Course[]> {
  return presentCourses(ctx, await listCourseRows(ctx.db));
}

export async function getMaterial(ctx: AppContext, courseId: string, language: TrainingLanguage): Promise<Material> {
  const course = await findCourse(ctx.db, courseId);
  const row = course ? await findMaterial(ctx.db, courseId, language) : undefined;
  if (!course || !row) throw notFound('Material');
  return {
    courseId,
    courseTitle: course.title,
    language,
    title: row.title,
    body: row.body,
    draft: row.draft === 1,
    updatedAt: row.updatedAt,
  };
}

/** Writes (or replaces) the course's page in one language. Stored as typed: the app renders a safe subset. */
export async function saveMaterial(
  ctx: AppContext,
  actor: Principal | null,
  courseId: string,
  language: TrainingLanguage,
  input: MaterialInput,
  opts: { demo?: boolean } = {},
): Promise<Material> {
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await findCourse(tx, courseId))) throw notFound('Course');
    await upsertMaterial(tx, {
      id: ctx.ids.next(),
      courseId,
      language,
      title: input.title,
      body: input.body,
      draft: input.draft ? 1 : 0,
      updatedAt: now,
      updatedBy: actor?.memberId ?? null,
      demo: opts.demo ? 1 : 0,
    });
    await audit(ctx, tx, { actor, action: `training_material.saved:${language}`, objectType: 'training_course', objectId: courseId });
  });
  return getMaterial(ctx, courseId, language);
}
