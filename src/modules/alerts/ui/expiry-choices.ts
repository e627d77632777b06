import type { TFunction } from 'i18next';

/** Lengths a verifier picks from, in minutes: two hours by default, twelve at most (the server's limits). */
export const EXPIRY_CHOICES = [30, 60, 120, 240, 360, 720] as const;
export const DEFAULT_EXPIRY = 120;

export const expiryLabel = (t: TFunction, minutes: number) =>
  minutes < 60 ? t('composer.minutes', { count: minutes }) : t('composer.hours', { count: minutes / 60 });
