import type { Db } from '../../database';
import type { TrainingCourseTable, TrainingMaterialTable } from './schema';

/** Queries about courses and their materials; every function takes the database (or a transaction) first. */

export const insertCourse = (db: Db, row: TrainingCourseTable) => db.insertInto('trainingCourse').values(row).execute();

export const updateCourse = (db: Db, id: string, set: Partial<TrainingCourseTable>) =>
  db.updateTable('trainingCourse').set(set).where('id', '=', id).execute();

export const findCourse = (db: Db, id: string) => db.selectFrom('trainingCourse').selectAll().where('id', '=', id).executeTakeFirst();

export const listCourseRows = (db: Db) => db.selectFrom('trainingCourse').selectAll().orderBy('title').orderBy('id').execute();

export function coursesByIds(db: Db, ids: readonly string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('trainingCourse')
    .selectAll()
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

/** One page per course and language: saving again replaces it. */
export const upsertMaterial = (db: Db, row: TrainingMaterialTable) =>
  db
    .insertInto('trainingMaterial')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['courseId', 'language']).doUpdateSet({
        title: row.title,
        body: row.body,
        draft: row.draft,
        updatedAt: row.updatedAt,
        updatedBy: row.updatedBy,
      }),
    )
    .execute();

export const findMaterial = (db: Db, courseId: string, language: string) =>
  db
    .selectFrom('trainingMaterial')
    .selectAll()
    .where('courseId', '=', courseId)
    .where('language', '=', language as TrainingMaterialTable['language'])
    .executeTakeFirst();

/** Which languages each course has pages in (titles and draft flags, not the bodies). */
export function listMaterialSummaries(db: Db, courseIds: readonly string[]) {
  if (!courseIds.length) return Promise.resolve([]);
  return db
    .selectFrom('trainingMaterial')
    .select(['courseId', 'language', 'title', 'draft'])
    .where('courseId', 'in', [...new Set(courseIds)])
    .orderBy('language')
    .execute();
}
