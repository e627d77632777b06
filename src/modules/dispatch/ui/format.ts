import { dateTimeFormat } from '../../../core/web/dates';
import { currentLanguage, type Language } from '../../../core/web/i18n';

/** A time of day, the way the current language writes it: incidents are about now. */
export function formatTime(ms: number, lang: Language = currentLanguage()): string {
  return dateTimeFormat(lang, { timeStyle: 'short' }).format(ms);
}

export { toLocalInput } from '../../../core/web/local-input';
