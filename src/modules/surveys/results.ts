import type { Db } from '../../database';
import type { SurveyResults } from './contract';
import { countAnswers, listGroups } from './repository';
import { suppressSmallGroups } from './suppression';

/**
 * A survey's results as anyone allowed to see them gets them: organisers too see only what small-group
 * suppression publishes. Also the groups a respondent may pick from: those the organiser named and
 * those the results already show, never one whose only sign of life is a few answers.
 */
export async function publishedResults(db: Db, surveyId: string, optionCount: number) {
  const [counts, groups] = await Promise.all([countAnswers(db, surveyId), listGroups(db, surveyId)]);
  const tallies = new Map(groups.map((g) => [g.groupKey, { key: g.groupKey, label: g.label, counts: Array<number>(optionCount).fill(0) }]));
  for (const { groupKey, option, n } of counts) {
    const tally = tallies.get(groupKey);
    if (tally && option < optionCount) tally.counts[option] += n;
  }
  const results: SurveyResults = suppressSmallGroups([...tallies.values()], optionCount);
  const choices = new Set([...groups.filter((g) => g.predefined === 1).map((g) => g.label), ...results.groups.map((g) => g.label)]);
  return { results, groupChoices: [...choices].sort((a, b) => a.localeCompare(b, 'en')) };
}
