import { useT } from '../../../core/web/i18n';
import type { Org } from '../contract';

/**
 * Kind, demo and "waiting" marks of an organisation, as its card and its page show them. `isNew`: an
 * organisation named in a sign-on, which does not exist until an organiser verifies it.
 */
export function OrgTags({ org, isNew = false }: { org: Pick<Org, 'kind' | 'demo' | 'verified'>; isNew?: boolean }) {
  const t = useT('orgs');
  return (
    <div class="tag-row">
      <span class="tag">
        <span class="sr-only">{t('list.kind')}: </span>
        {t(`kinds.${org.kind}`)}
      </span>
      {org.demo && <span class="badge badge-demo">{t('demo.badge')}</span>}
      {isNew ? (
        <span class="badge badge-warning">{t('pending.newOrg')}</span>
      ) : (
        !org.verified && <span class="badge badge-warning">{t('list.waiting')}</span>
      )}
    </div>
  );
}
