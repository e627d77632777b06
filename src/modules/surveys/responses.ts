import type { AppContext } from '../../context';
import { badRequest, conflict, notFound } from '../../core/errors';
import { hashToken } from '../../core/ids';
import type { Principal } from '../../core/roles';
import type { MyAnswer, SurveyAnswerInput } from './contract';
import { groupKey, groupLabel } from './groups';
import { ensureGroup, findAnswer, findGroup, insertAnswer, insertRespondentIfNew, replaceAnswer } from './repository';
import { isOpen, visibleSurvey } from './service';

/**
 * Answering keeps who from what. The member goes into survey_respondent (so nobody answers twice);
 * the answer goes into survey_answer under the hash of a ballot secret made on the member's device.
 * Changing the answer means presenting that secret again: the server can find the answer to replace
 * without ever writing down whose it is, and a copy of the database links no member to an answer
 * (only the member's own device can). The cost: an answer can be changed only from the device that
 * gave it (or one the member copied the secret to).
 */
const ballotHash = (surveyId: string, ballot: string) => hashToken(`${surveyId}:${ballot}`);

export async function answerSurvey(ctx: AppContext, principal: Principal, surveyId: string, input: SurveyAnswerInput) {
  return ctx.db.transaction().execute(async (tx) => {
    const survey = await visibleSurvey({ ...ctx, db: tx }, principal, surveyId);
    if (!isOpen(ctx, survey)) throw conflict('survey_closed', 'This survey is closed.');
    if (input.option >= (JSON.parse(survey.options) as string[]).length)
      throw badRequest('unknown_answer', 'option: this survey has no such answer', 'option');
    const key = groupKey(input.group);
    if (!key) throw badRequest('invalid_group_name', 'group: a group name needs letters or digits', 'group');

    const answer = { surveyId, ballotHash: ballotHash(surveyId, input.ballot), groupKey: key, option: input.option };
    // Concurrent first answers by one member: the respondent key lets one in; the other waits for it
    // to commit and then, looking for the answer afterwards, finds it and replaces it.
    const first = await insertRespondentIfNew(tx, surveyId, principal.memberId);
    const existing = await findAnswer(tx, surveyId, answer.ballotHash);
    if (first && existing) throw conflict('ballot_used', 'This ballot was already used. Reload the page and answer again.');
    if (!first && !existing) throw conflict('ballot_unknown', 'You answered this survey on another device; change your answer there.');
    await ensureGroup(tx, { surveyId, groupKey: key, label: groupLabel(input.group), predefined: 0 });
    if (first) await insertAnswer(tx, answer);
    else await replaceAnswer(tx, answer);
    return { answered: true as const, changed: !first };
  });
}

/** The answer a device's ballot holds, so that the device can show it; nothing without the secret. */
export async function myAnswer(ctx: AppContext, principal: Principal, surveyId: string, ballot: string): Promise<MyAnswer> {
  await visibleSurvey(ctx, principal, surveyId);
  const answer = await findAnswer(ctx.db, surveyId, ballotHash(surveyId, ballot));
  if (!answer) throw notFound('Answer');
  const group = await findGroup(ctx.db, surveyId, answer.groupKey);
  return { group: group?.label ?? answer.groupKey, option: answer.option };
}
