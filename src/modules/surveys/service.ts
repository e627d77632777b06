import type { AppContext } from '../../context';
import { DAY, MINUTE } from '../../core/clock';
import { badRequest, conflict, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import { audit } from '../audit';
import { findCampaign } from '../pledges';
import { MAX_SURVEY_DAYS, type NewSurvey, type Survey, type SurveySummary } from './contract';
import { groupKey, groupLabel } from './groups';
import { answeredSurveyIds, closeSurveyAt, findSurvey, hasAnswered, insertSurvey, listSurveys as listSurveyRows } from './repository';
import { publishedResults } from './results';
import type { SurveyGroupTable, SurveyTable } from './schema';

/** Members-only surveys are not shown to visitors or to members nobody has vouched for yet. */
const maySee = (survey: SurveyTable, principal: Principal | null) => survey.resultsVisibility === 'public' || !!principal?.trusted;

export const isOpen = (ctx: AppContext, survey: SurveyTable) => survey.closesAt > ctx.clock.now();

/** A survey that is there for this caller, else not found (a members-only survey's question is not public either). */
export async function visibleSurvey(ctx: AppContext, principal: Principal | null, id: string): Promise<SurveyTable> {
  const survey = await findSurvey(ctx.db, id);
  if (!survey || !maySee(survey, principal)) throw notFound('Survey');
  return survey;
}

const summarise = (ctx: AppContext, s: SurveyTable, answered: boolean | null): SurveySummary => ({
  id: s.id,
  question: s.question,
  groupKind: s.groupKind,
  closesAt: s.closesAt,
  open: isOpen(ctx, s),
  demo: s.demo === 1,
  answered,
});

export async function listSurveys(ctx: AppContext, principal: Principal): Promise<SurveySummary[]> {
  const [rows, answered] = await Promise.all([listSurveyRows(ctx.db, ctx.clock.now()), answeredSurveyIds(ctx.db, principal.memberId)]);
  return rows.map((s) => summarise(ctx, s, answered.has(s.id)));
}

/** The campaign a survey belongs to, named only once the campaign itself is public. */
async function campaignOf(ctx: AppContext, campaignId: string | null) {
  const campaign = campaignId ? await findCampaign(ctx.db, campaignId) : undefined;
  return campaign && campaign.state !== 'draft' ? { id: campaign.id, title: campaign.title } : null;
}

export async function presentSurvey(ctx: AppContext, survey: SurveyTable, principal: Principal | null): Promise<Survey> {
  const options = JSON.parse(survey.options) as string[];
  const [{ results, groupChoices }, campaign, answered] = await Promise.all([
    publishedResults(ctx.db, survey.id, options.length),
    campaignOf(ctx, survey.campaignId),
    principal ? hasAnswered(ctx.db, survey.id, principal.memberId) : null,
  ]);
  return {
    ...summarise(ctx, survey, answered),
    options,
    resultsVisibility: survey.resultsVisibility,
    campaign,
    groupChoices,
    results,
  };
}

export async function getSurvey(ctx: AppContext, principal: Principal | null, id: string): Promise<Survey> {
  return presentSurvey(ctx, await visibleSurvey(ctx, principal, id), principal);
}

/** The organiser's groups, one per spelling; a name with no letters or digits is refused. */
function predefinedGroups(surveyId: string, names: string[]): SurveyGroupTable[] {
  const groups = new Map<string, SurveyGroupTable>();
  names.forEach((name, i) => {
    const key = groupKey(name);
    if (!key) throw badRequest('invalid_group_name', `groups.${i}: a group name needs letters or digits`, `groups.${i}`);
    if (!groups.has(key)) groups.set(key, { surveyId, groupKey: key, label: groupLabel(name), predefined: 1 });
  });
  return [...groups.values()];
}

export async function createSurvey(ctx: AppContext, actor: Principal | null, input: NewSurvey, opts: { demo?: boolean } = {}) {
  const now = ctx.clock.now();
  if (input.closesAt < now + MINUTE || input.closesAt > now + MAX_SURVEY_DAYS * DAY)
    throw badRequest('invalid_closing_time', `closesAt: choose a time from now up to ${MAX_SURVEY_DAYS} days ahead`, 'closesAt');
  if (input.campaignId && !(await findCampaign(ctx.db, input.campaignId)))
    throw badRequest('unknown_campaign', 'campaignId: there is no such campaign', 'campaignId');
  const survey: SurveyTable = {
    id: ctx.ids.next(),
    campaignId: input.campaignId ?? null,
    question: input.question,
    options: JSON.stringify(input.options),
    groupKind: input.groupKind,
    resultsVisibility: input.resultsVisibility,
    closesAt: input.closesAt,
    createdAt: now,
    createdBy: actor?.memberId ?? null,
    demo: opts.demo ? 1 : 0,
  };
  const groups = predefinedGroups(survey.id, input.groups);
  await ctx.db.transaction().execute(async (tx) => {
    await insertSurvey(tx, survey, groups);
    await audit(ctx, tx, { actor, action: 'survey.created', objectType: 'survey', objectId: survey.id });
  });
  return presentSurvey(ctx, survey, actor);
}

/** Stops answers (and changes of answer) now, before the closing time set. */
export async function closeSurvey(ctx: AppContext, actor: Principal, id: string): Promise<Survey> {
  const survey = await ctx.db.transaction().execute(async (tx) => {
    const row = await findSurvey(tx, id);
    if (!row) throw notFound('Survey');
    if (!isOpen(ctx, row)) throw conflict('survey_closed', 'This survey is already closed.');
    const closesAt = ctx.clock.now();
    await closeSurveyAt(tx, id, closesAt);
    await audit(ctx, tx, { actor, action: 'survey.closed', objectType: 'survey', objectId: id });
    return { ...row, closesAt };
  });
  return presentSurvey(ctx, survey, actor);
}
