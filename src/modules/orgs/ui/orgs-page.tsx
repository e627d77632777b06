import './orgs.css';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle, Status } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { canAccess, useMe } from '../../../core/web/session';
import type { Org } from '../contract';
import { AddOrgForm } from './add-org-form';
import { MyOrgs } from './my-orgs';
import { OrgCard } from './org-card';

const byName = (a: Org, b: Org) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export function OrgsPage() {
  const t = useT('orgs');
  const me = useMe();
  const [orgs, setOrgs] = useState<Org[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  /** The name of the organisation just verified; the message is translated when shown, in the current language. */
  const [verified, setVerified] = useState<string | null>(null);
  useEffect(() => {
    api.get<{ orgs: Org[] }>('/api/orgs').then((r) => setOrgs(r.orgs), setError);
  }, []);

  // The same rules the server applies to POST /api/orgs (and PUT /api/me/orgs/{id}) and POST /api/orgs/{id}/verify.
  const canAdd = canAccess(me, 'trusted');
  const canVerify = canAccess(me, ['organiser']);
  const waiting = orgs?.filter((o) => !o.verified).length ?? 0;

  const added = (org: Org) => setOrgs((list) => [...(list ?? []).filter((o) => o.id !== org.id), org].sort(byName));
  const onVerified = (org: Org) => {
    setOrgs((list) => list?.map((o) => (o.id === org.id ? org : o)) ?? null);
    setVerified(org.name);
  };

  return (
    <>
      <PageTitle title={t('title')} />
      <p>{t('intro')}</p>
      {canVerify && (
        <p>
          <a href="/orgs/endorsements">{t('pending.link')}</a>
        </p>
      )}
      <section aria-labelledby="orgs-list-title">
        <h2 id="orgs-list-title">{t('list.title')}</h2>
        <FormError error={error} />
        {!orgs && !error && <Loading />}
        {orgs && (
          <>
            <p class="hint">
              {t('list.count', { count: orgs.length })}
              {waiting > 0 && <> · {t('list.waitingCount', { count: waiting })}</>}
            </p>
            {canVerify && waiting > 0 && <p class="notice">{t('list.verifyHint')}</p>}
            {orgs.length === 0 && <p>{t('list.none')}</p>}
            <ul class="plain-list card-grid">
              {orgs.map((o) => (
                <li key={o.id}>
                  <OrgCard org={o} canVerify={canVerify} onVerified={onVerified} />
                </li>
              ))}
            </ul>
          </>
        )}
        <Status message={verified === null ? null : t('list.verified', { name: verified })} />
      </section>
      {canAdd && orgs && <MyOrgs orgs={orgs} />}
      {canAdd ? <AddOrgForm onAdded={added} /> : <p class="notice">{t('notTrusted')}</p>}
    </>
  );
}
