import { useT } from '../../../core/web/i18n';

/** The patrol pages a member moves between. */
export function PatrolLinks({ organiser = false }: { organiser?: boolean }) {
  const t = useT('patrols');
  return (
    <p class="button-row">
      {organiser ? (
        <>
          <a href="/patrols/coverage">{t('links.coverage')}</a>
          <a href="/patrols/sites">{t('links.sites')}</a>
          <a href="/patrols/volunteers">{t('links.volunteers')}</a>
        </>
      ) : (
        <>
          <a href="/patrols/mine">{t('links.mine')}</a>
          <a href="/patrols/open">{t('links.open')}</a>
        </>
      )}
    </p>
  );
}
