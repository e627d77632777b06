/** What a survey groups its answers by: the respondent picks or types theirs. */
export type SurveyGroupKind = 'workplace' | 'union_local' | 'school';

/** A question to the network ("will you go to work on the 23rd?") with 2–6 answers. */
export interface SurveyTable {
  id: string;
  campaignId: string | null;
  question: string;
  /** JSON text: string[] of 2–6 answers, in the order shown. */
  options: string;
  groupKind: SurveyGroupKind;
  /** Who may see the (always suppressed) results: anyone, or signed-in members vouched for. */
  resultsVisibility: 'public' | 'members';
  /** Answers are taken (and changed) until then; closing early moves it to the moment of closing. */
  closesAt: number;
  createdAt: number;
  createdBy: string | null;
  demo: number;
}

/** A group answers can be counted by: named by the organiser in advance, or first typed by a respondent. */
export interface SurveyGroupTable {
  surveyId: string;
  /** The normalised name ("local 17"), so that spellings of one place count together. */
  groupKey: string;
  label: string;
  predefined: number;
}

/**
 * Who has answered: one row per member and survey, so nobody answers twice. It holds no answer and
 * no time, and nothing in it matches anything in survey_answer.
 */
export interface SurveyRespondentTable {
  surveyId: string;
  memberId: string;
}

/**
 * What was answered, with no member and no time. `ballotHash` is the SHA-256 of a secret only the
 * respondent's device holds: presenting the secret finds the answer again to change it.
 */
export interface SurveyAnswerTable {
  surveyId: string;
  ballotHash: string;
  groupKey: string;
  /** Index into the survey's options. */
  option: number;
}

export interface SurveysTables {
  survey: SurveyTable;
  surveyGroup: SurveyGroupTable;
  surveyRespondent: SurveyRespondentTable;
  surveyAnswer: SurveyAnswerTable;
}
