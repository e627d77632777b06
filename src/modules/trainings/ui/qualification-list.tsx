import type { ComponentChildren } from 'preact';
import { useLanguage, useT } from '../../../core/web/i18n';
import type { QualificationEntry } from '../contract';
import { formatDate } from './format';

/** Lapsing within this many days is worth saying. */
const SOON_DAYS = 30;

/** Qualifications with their state and dates; `action` adds a control per entry (an organiser's revoke). */
export function QualificationList(props: { entries: QualificationEntry[]; action?: (q: QualificationEntry) => ComponentChildren }) {
  const t = useT('trainings');
  const lang = useLanguage();
  const soon = Date.now() + SOON_DAYS * 86_400_000;
  return (
    <ul class="plain-list qualification-list">
      {props.entries.map((q) => (
        <li key={q.id} class="qualification">
          <div>
            <strong>{t(`qualifications.${q.kind}`)}</strong>
            <div class="tag-row">
              <span class={q.status === 'valid' ? 'badge badge-ok' : 'badge badge-muted'}>{t(`qualification.status.${q.status}`)}</span>
              {q.status === 'valid' && q.expiresAt < soon && <span class="badge badge-warning">{t('qualification.soon')}</span>}
            </div>
            <p class="hint">
              {q.status === 'expired'
                ? t('qualification.expiredOn', { date: formatDate(q.expiresAt, lang) })
                : t('qualification.validUntil', { date: formatDate(q.expiresAt, lang) })}
              {' · '}
              {q.source === 'training'
                ? t('qualification.fromTraining', { date: formatDate(q.earnedAt, lang) })
                : t('qualification.recorded', { date: formatDate(q.earnedAt, lang), name: q.recordedBy ?? '' })}
            </p>
          </div>
          {props.action?.(q)}
        </li>
      ))}
    </ul>
  );
}
