import { z } from '@hono/zod-openapi';

export const GROUP_KINDS = ['workplace', 'union_local', 'school'] as const;
export const RESULTS_VISIBILITY = ['public', 'members'] as const;
export const MAX_OPTIONS = 6;
/** The longest a survey may run: long enough for a campaign, short enough that answers stay current. */
export const MAX_SURVEY_DAYS = 180;

const Id = z.string().min(1).max(64);
export const SurveyIdParam = z.object({ id: Id });

const GroupName = z.string().trim().min(2).max(80);
/** A secret made on the respondent's device (32 random bytes, base64url); only its hash is stored. */
export const Ballot = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, 'a ballot is 32 random bytes in base64url')
  .openapi({ description: "A secret kept on the respondent's device; only its hash is stored" });

export const NewSurvey = z
  .object({
    question: z.string().trim().min(5).max(200),
    options: z.array(z.string().trim().min(1).max(80)).min(2).max(MAX_OPTIONS),
    groupKind: z.enum(GROUP_KINDS),
    groups: z.array(GroupName).max(40).default([]).openapi({ description: 'Groups to offer respondents (they may type others)' }),
    resultsVisibility: z.enum(RESULTS_VISIBILITY),
    closesAt: z.number().int().openapi({ description: 'Epoch ms; answers can be given and changed until then' }),
    campaignId: Id.optional(),
  })
  .superRefine((survey, ctx) => {
    const seen = new Set<string>();
    survey.options.forEach((option, i) => {
      const key = option.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['options', i], message: 'each answer must be different' });
      seen.add(key);
    });
  })
  .openapi('NewSurvey');
export type NewSurvey = z.infer<typeof NewSurvey>;

const Row = z.object({ total: z.number().int(), counts: z.array(z.number().int()) });
export const SurveyResults = z
  .object({
    minimum: z.number().int().openapi({ description: 'No figure is published for fewer respondents than this' }),
    overall: Row.nullable().openapi({ description: 'Everyone; null while fewer than `minimum` have answered' }),
    groups: z.array(Row.extend({ key: z.string(), label: z.string() })),
    otherGroups: Row.nullable().openapi({ description: 'Groups too small to show, pooled; null when there are none' }),
  })
  .openapi('SurveyResults');
export type SurveyResults = z.infer<typeof SurveyResults>;

export const Survey = z
  .object({
    id: z.string(),
    question: z.string(),
    options: z.array(z.string()),
    groupKind: z.enum(GROUP_KINDS),
    resultsVisibility: z.enum(RESULTS_VISIBILITY),
    closesAt: z.number().int(),
    open: z.boolean(),
    campaign: z.object({ id: z.string(), title: z.string() }).nullable(),
    demo: z.boolean(),
    /** Whether the caller has answered; null for visitors who are not signed in. */
    answered: z.boolean().nullable(),
    /** Groups respondents may pick: those named in advance and those already shown in the results. */
    groupChoices: z.array(z.string()),
    /** Whoever may see the survey sees its results, always as small-group suppression publishes them. */
    results: SurveyResults,
  })
  .openapi('Survey');
export type Survey = z.infer<typeof Survey>;

export const SurveySummary = Survey.pick({
  id: true,
  question: true,
  groupKind: true,
  closesAt: true,
  open: true,
  demo: true,
  answered: true,
}).openapi('SurveySummary');
export type SurveySummary = z.infer<typeof SurveySummary>;
export const SurveyList = z.object({ surveys: z.array(SurveySummary) }).openapi('SurveyList');

export const SurveyAnswerInput = z
  .object({
    group: GroupName.openapi({ description: 'The workplace, union local or school, as the respondent names it' }),
    option: z
      .number()
      .int()
      .min(0)
      .max(MAX_OPTIONS - 1),
    ballot: Ballot,
  })
  .openapi('SurveyAnswerInput');
export type SurveyAnswerInput = z.infer<typeof SurveyAnswerInput>;

export const BallotInput = z.object({ ballot: Ballot }).openapi('BallotInput');
export const MyAnswer = z
  .object({ group: z.string(), option: z.number().int() })
  .openapi('MyAnswer', { description: "The answer this device's ballot holds" });
export type MyAnswer = z.infer<typeof MyAnswer>;
export const Answered = z.object({ answered: z.literal(true), changed: z.boolean() }).openapi('Answered');
