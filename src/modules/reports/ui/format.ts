import type { TFunction } from 'i18next';
import type { Report } from '../contract';

const MINUTE = 60_000;

/** "just now", "12 min ago", "3 h ago" — how long ago something was seen, for people deciding fast. */
export function ago(t: TFunction, at: number, now: number): string {
  const minutes = Math.max(0, Math.round((now - at) / MINUTE));
  if (minutes < 1) return t('time.justNow');
  if (minutes < 120) return t('time.minutesAgo', { count: minutes });
  return t('time.hoursAgo', { count: Math.round(minutes / 60) });
}

/** "Stopping people · 4 people · 2 vehicles" */
export function sightingSummary(t: TFunction, r: Pick<Report, 'activity' | 'people' | 'vehicles'>): string {
  return [t(`activities.${r.activity}`), t('size.people', { count: r.people }), t('size.vehicles', { count: r.vehicles })].join(' · ');
}

/** Audit actions are dotted (`report.filed.public`); as translation keys the dots would nest. */
export const actionKey = (action: string) => `timeline.actions.${action.replaceAll('.', '_')}`;

export const STATE_BADGE: Record<Report['state'], string> = {
  new: 'badge badge-warning',
  verifying: 'badge badge-warning',
  confirmed: 'badge badge-ok',
  false_alarm: 'badge badge-muted',
  unable_to_verify: 'badge badge-muted',
  merged: 'badge badge-muted',
};
