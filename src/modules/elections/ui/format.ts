import type { TFunction } from 'i18next';
import { dateTimeFormat } from '../../../core/web/dates';
import type { Language } from '../../../core/web/i18n';

const enc = encodeURIComponent;
export const electionPath = (id: string) => `/elections/${enc(id)}`;
export const electionApi = (id: string) => `/api/elections/${enc(id)}`;
export const ballotsPath = (id: string) => `${electionPath(id)}/ballots`;

/** "2nd" in English; the other languages word it their own way. */
export const ordinal = (t: TFunction, rank: number) => t('rank', { count: rank, ordinal: true });

export const formatTime = (ms: number, lang: Language) =>
  dateTimeFormat(lang, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }).format(ms);

/** Votes as the count writes them ("2.6000") shortened for reading ("2.6"), in the reader's digits. */
export function formatVotes(votes: string, lang: Language): string {
  const value = Number(votes);
  return Number.isFinite(value) ? new Intl.NumberFormat([lang, 'en'], { maximumFractionDigits: 4 }).format(value) : votes;
}
