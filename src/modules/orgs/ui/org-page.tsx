import './orgs.css';
import { useEffect, useState } from 'preact/hooks';
import { ApiError, api } from '../../../core/web/api';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { formatNumber, useT } from '../../../core/web/i18n';
import { usePathParam } from '../../../core/web/router';
import { useSession } from '../../../core/web/session';
import type { OrgProfile } from '../contract';
import { OrgTags } from './org-tags';

function Profile({ org }: { org: OrgProfile }) {
  const t = useT('orgs');
  return (
    <>
      <PageTitle title={org.name} />
      <OrgTags org={org} />
      {org.description && <p class="org-description">{org.description}</p>}
      <p>{org.memberCount === null ? t('profile.membersHidden') : t('profile.members', { count: formatNumber(org.memberCount) })}</p>
      <section aria-labelledby="org-campaigns-title">
        <h2 id="org-campaigns-title">{t('profile.endorses')}</h2>
        {org.campaigns.length === 0 ? (
          <p>{t('profile.endorsesNone')}</p>
        ) : (
          <ul>
            {org.campaigns.map((c) => (
              <li key={c.id}>
                <a href={`/campaigns/${encodeURIComponent(c.id)}`}>{c.title}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** /orgs/:id — an organisation's public page: what it is and what it endorses; a count of members at most. */
export function OrgPage() {
  const t = useT('orgs');
  const id = usePathParam('id');
  const session = useSession();
  const [org, setOrg] = useState<OrgProfile | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setOrg(null);
    setError(null);
    api.get<OrgProfile>(`/api/orgs/${encodeURIComponent(id)}`).then(setOrg, setError);
  }, [id]);

  if (error instanceof ApiError && error.status === 404)
    return (
      <>
        <PageTitle title={t('profile.notFoundTitle')} />
        <p>{t('profile.notFound')}</p>
      </>
    );
  return (
    <>
      {org ? <Profile org={org} /> : <PageTitle title={t('title')} />}
      <FormError error={error} />
      {!org && !error && <Loading />}
      {session.status === 'signed_in' && (
        <p>
          <a href="/orgs">{t('profile.all')}</a>
        </p>
      )}
    </>
  );
}
