import { useLanguage, useT } from '../../../core/web/i18n';
import type { AttendResult } from '../contract';
import { courseTitle, formatDate } from './format';

/** What an attendee sees once the code was accepted: the qualification and until when it counts. */
export function AttendResultView({ result }: { result: AttendResult }) {
  const t = useT('trainings');
  const lang = useLanguage();
  return (
    <div class="notice notice-ok" role="status">
      <p>
        <strong>{result.alreadyRecorded ? t('attend.already') : t('attend.done', { title: courseTitle(result.course, lang) })}</strong>
      </p>
      <p>
        {t('attend.granted', {
          qualification: t(`qualifications.${result.qualification}`),
          date: formatDate(result.expiresAt, lang),
        })}
      </p>
      <p>
        <a href="/trainings/mine">{t('mine.title')}</a>
      </p>
    </div>
  );
}
