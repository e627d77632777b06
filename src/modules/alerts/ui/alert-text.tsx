import type { TFunction } from 'i18next';
import type { Language } from '../../../core/web/i18n';
import type { Alert, Message, Messages } from '../contract';

/** The stored wording in the reader's language (every alert has all four). */
export const messageIn = (messages: Messages, lang: Language): Message => messages[lang] ?? messages.en;

/** The latest wording of an alert: its last update's, or the alert's own. */
export const latestHeadline = (alert: Alert, lang: Language) => messageIn(alert.events.at(-1)?.messages ?? alert.messages, lang).headline;

export function formatRemaining(t: TFunction, ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  if (h > 0) return t('time.hoursMinutes', { h, m });
  return m > 0 ? t('time.minutesSeconds', { m, s: seconds % 60 }) : t('time.seconds', { s: seconds });
}

/** "Expires in 1 h 20 min", or "Expired"; a timer element so assistive technology does not read every tick. */
export function Countdown({ t, until, now }: { t: TFunction; until: number; now: number }) {
  if (until <= now) return <span class="badge badge-muted">{t('card.expired')}</span>;
  return (
    <span class="badge badge-warning" role="timer" aria-live="off">
      {t('card.expiresIn', { time: formatRemaining(t, until - now) })}
    </span>
  );
}

/** Who verified it, by role and count, never by name. */
export const verifiedBy = (t: TFunction, alert: Alert) => (alert.verifiers === 2 ? t('card.verifiedTwo') : t('card.verifiedOne'));

/** The banner of an alert that is no longer active, if it is not. */
export function endBanner(t: TFunction, alert: Alert, now: number): { text: string; tone: 'ok' | 'error' | 'muted' } | null {
  if (alert.state === 'all_clear') return { text: t('banner.all_clear'), tone: 'ok' };
  if (alert.state === 'cancelled') return { text: t('banner.cancelled'), tone: 'error' };
  if (alert.state === 'expired' || alert.expiresAt <= now) return { text: t('banner.expired'), tone: 'muted' };
  if (alert.state === 'awaiting_second_verifier') return { text: t('banner.waiting'), tone: 'muted' };
  return null;
}
