import type { Db } from '../../database';
import type { SurveyAnswerTable, SurveyGroupTable, SurveyTable } from './schema';

export async function insertSurvey(db: Db, survey: SurveyTable, groups: SurveyGroupTable[]) {
  await db.insertInto('survey').values(survey).execute();
  if (groups.length) await db.insertInto('surveyGroup').values(groups).execute();
}

export const findSurvey = (db: Db, id: string) => db.selectFrom('survey').selectAll().where('id', '=', id).executeTakeFirst();

/** Open surveys first (soonest to close first), then closed ones, most recently closed first. */
export async function listSurveys(db: Db, now: number) {
  const rows = await db.selectFrom('survey').selectAll().execute();
  const open = rows.filter((s) => s.closesAt > now).sort((a, b) => a.closesAt - b.closesAt);
  const closed = rows.filter((s) => s.closesAt <= now).sort((a, b) => b.closesAt - a.closesAt);
  return [...open, ...closed];
}

export async function closeSurveyAt(db: Db, id: string, at: number) {
  await db.updateTable('survey').set({ closesAt: at }).where('id', '=', id).execute();
}

export async function answeredSurveyIds(db: Db, memberId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('surveyRespondent').select('surveyId').where('memberId', '=', memberId).execute();
  return new Set(rows.map((r) => r.surveyId));
}

export async function hasAnswered(db: Db, surveyId: string, memberId: string): Promise<boolean> {
  const row = await db
    .selectFrom('surveyRespondent')
    .select('memberId')
    .where('surveyId', '=', surveyId)
    .where('memberId', '=', memberId)
    .executeTakeFirst();
  return !!row;
}

/** True if this is the member's first answer; false if they had answered (or are answering right now). */
export async function insertRespondentIfNew(db: Db, surveyId: string, memberId: string): Promise<boolean> {
  const result = await db
    .insertInto('surveyRespondent')
    .values({ surveyId, memberId })
    .onConflict((oc) => oc.columns(['surveyId', 'memberId']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export const findAnswer = (db: Db, surveyId: string, ballotHash: string) =>
  db.selectFrom('surveyAnswer').selectAll().where('surveyId', '=', surveyId).where('ballotHash', '=', ballotHash).executeTakeFirst();

export async function insertAnswer(db: Db, answer: SurveyAnswerTable) {
  await db.insertInto('surveyAnswer').values(answer).execute();
}

export async function replaceAnswer(db: Db, answer: SurveyAnswerTable) {
  await db
    .updateTable('surveyAnswer')
    .set({ groupKey: answer.groupKey, option: answer.option })
    .where('surveyId', '=', answer.surveyId)
    .where('ballotHash', '=', answer.ballotHash)
    .execute();
}

/** Adds the group if no spelling of it is known yet; the first label given is the one shown. */
export async function ensureGroup(db: Db, group: SurveyGroupTable) {
  await db
    .insertInto('surveyGroup')
    .values(group)
    .onConflict((oc) => oc.columns(['surveyId', 'groupKey']).doNothing())
    .execute();
}

export const findGroup = (db: Db, surveyId: string, groupKey: string) =>
  db.selectFrom('surveyGroup').selectAll().where('surveyId', '=', surveyId).where('groupKey', '=', groupKey).executeTakeFirst();

export const listGroups = (db: Db, surveyId: string) => db.selectFrom('surveyGroup').selectAll().where('surveyId', '=', surveyId).execute();

/** Respondents per group and option. */
export async function countAnswers(db: Db, surveyId: string) {
  const rows = await db
    .selectFrom('surveyAnswer')
    .select(({ fn }) => ['groupKey', 'option', fn.countAll<number | string>().as('n')])
    .where('surveyId', '=', surveyId)
    .groupBy(['groupKey', 'option'])
    .execute();
  // PostgreSQL returns count(*) as a string.
  return rows.map((r) => ({ groupKey: r.groupKey, option: r.option, n: Number(r.n) }));
}

/** Who answered surveys that closed before `cutoff`: no longer needed once answers cannot change. */
export async function deleteRespondentsClosedBefore(db: Db, cutoff: number): Promise<number> {
  const result = await db
    .deleteFrom('surveyRespondent')
    .where('surveyId', 'in', db.selectFrom('survey').select('id').where('closesAt', '<', cutoff))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
