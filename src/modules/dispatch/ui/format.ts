import { currentLanguage, type Language } from '../../../core/web/i18n';

/** A time of day, the way the current language writes it: incidents are about now. */
export function formatTime(ms: number, lang: Language = currentLanguage()): string {
  return new Intl.DateTimeFormat([lang, 'en'], { timeStyle: 'short' }).format(ms);
}

/** For a datetime-local input, in the device's time zone. */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
