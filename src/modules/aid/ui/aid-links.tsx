import { useT } from '../../../core/web/i18n';
import { canAccess, useSession } from '../../../core/web/session';

/** The aid pages, from each of them: ask, my tasks, offer, filed, profile (and offers for coordinators). */
export function AidLinks() {
  const t = useT('aid');
  const session = useSession();
  const coordinator = session.status === 'signed_in' && canAccess(session.me, ['dispatcher', 'caseworker', 'organiser']);
  return (
    <nav class="button-row aid-links" aria-label={t('links.label')}>
      <a class="button button-primary" href="/aid/new">
        {t('links.new')}
      </a>
      <a class="button" href="/aid">
        {t('links.tasks')}
      </a>
      <a class="button" href="/aid/mine">
        {t('links.mine')}
      </a>
      <a class="button" href="/aid/filed">
        {t('links.filed')}
      </a>
      <a class="button" href="/aid/offers">
        {coordinator ? t('links.offersCoordinator') : t('links.offers')}
      </a>
      <a class="button" href="/aid/profile">
        {t('links.profile')}
      </a>
    </nav>
  );
}
