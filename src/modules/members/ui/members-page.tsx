import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { hasRole, useMe } from '../../../core/web/session';
import type { MemberSummary } from '../contract';
import { InvitePanel } from './invite-panel';
import { MemberCard } from './member-card';

export function MembersPage() {
  const t = useT('members');
  const me = useMe();
  const [members, setMembers] = useState<MemberSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.get<{ members: MemberSummary[] }>('/api/members').then((r) => setMembers(r.members), setError);
  }, []);
  const replace = (updated: MemberSummary) => setMembers((list) => list?.map((m) => (m.id === updated.id ? updated : m)) ?? null);
  const organiser = hasRole(me, 'organiser');

  return (
    <>
      <PageTitle title={t('members.title')} />
      <p>{t('members.intro')}</p>
      {organiser && <InvitePanel />}
      <section aria-labelledby="people-title">
        <h2 id="people-title">{t('members.listTitle')}</h2>
        <FormError error={error} />
        {!members && !error && <Loading />}
        {members && (
          <>
            <p class="hint">{t('members.count', { count: members.length })}</p>
            <ul class="plain-list card-grid">
              {members.map((m) => (
                <li key={m.id}>
                  <MemberCard member={m} onChange={replace} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
