import type { TFunction } from 'i18next';
import { dateTimeFormat } from '../../../core/web/dates';
import { currentLanguage, formatDateTime } from '../../../core/web/i18n';
import type { AidTask } from '../contract';

/** When the help is needed, in words: a window, a deadline, a start, or any time. */
export function whenText(t: TFunction, task: Pick<AidTask, 'neededFrom' | 'neededBy'>): string {
  const { neededFrom: from, neededBy: by } = task;
  if (from !== null && by !== null) return t('task.window', { from: formatDateTime(from), by: formatDateTime(by) });
  if (by !== null) return t('task.by', { time: formatDateTime(by) });
  if (from !== null) return t('task.from', { time: formatDateTime(from) });
  return t('task.anytime');
}

export const languagesText = (t: TFunction, codes: readonly string[]) => codes.map((c) => t(`languages.${c}`)).join(', ');

/** What doing it takes: the skill and, for a ride, a car. */
export function needsText(t: TFunction, task: Pick<AidTask, 'needs' | 'kind' | 'translationLanguage'>): string {
  const parts: string[] = [];
  if (task.needs.skill) parts.push(t(`skills.${task.needs.skill}`));
  if (task.kind === 'translation' && task.translationLanguage) parts.push(t(`languages.${task.translationLanguage}`));
  if (task.needs.vehicle === 'car') parts.push(t('vehicles.car'));
  return parts.join(' · ') || t('task.noNeeds');
}

/** A short title: the kind and the neighbourhood. */
export const taskTitle = (t: TFunction, task: Pick<AidTask, 'kind' | 'zone'>) =>
  t('task.title', { kind: t(`kinds.${task.kind}`), zone: task.zone.name });

/** A day, without the time (the last day of an offer). */
export const formatDay = (ms: number) => dateTimeFormat(currentLanguage(), { dateStyle: 'medium' }).format(ms);
