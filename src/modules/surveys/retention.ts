import type { RetentionRule } from '../../core/retention';
import type { Db } from '../../database';
import { deleteRespondentsClosedBefore } from './repository';

/**
 * Who answered a survey is kept only while they may change their answer, and then for
 * config.retentionDays.survey_respondent days. The answers themselves name no one and stay.
 */
export const surveysRetention: RetentionRule<Db>[] = [{ kind: 'survey_respondent', purge: deleteRespondentsClosedBefore }];
