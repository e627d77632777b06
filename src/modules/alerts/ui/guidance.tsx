import { useT } from '../../../core/web/i18n';

const RIGHTS = ['silent', 'door', 'run', 'lie', 'lawyer'] as const;
const OBSERVING = ['distance', 'film', 'note', 'identity'] as const;

/** Know-your-rights and how to observe lawfully, on every alert page. */
export function SafetyGuidance() {
  const t = useT('alerts');
  return (
    <section class="card guidance" aria-labelledby="guidance-title">
      <h2 id="guidance-title">{t('guidance.title')}</h2>
      <h3>{t('guidance.rightsTitle')}</h3>
      <ul>
        {RIGHTS.map((key) => (
          <li key={key}>{t(`guidance.${key}`)}</li>
        ))}
      </ul>
      <h3>{t('guidance.observeTitle')}</h3>
      <ul>
        {OBSERVING.map((key) => (
          <li key={key}>{t(`guidance.${key}`)}</li>
        ))}
      </ul>
    </section>
  );
}
