import { api, request } from '../../../core/web/api';
import { FormError, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { Assembly, AssemblyMember } from '../contract';
import { assemblyApi } from './format';

/** A facilitator's buttons on one member: facilitator or not, or out. Delegates' seats are the delegate board's. */
function MemberActions({ assembly, member, onChange }: { assembly: Assembly; member: AssemblyMember; onChange: (a: Assembly) => void }) {
  const t = useT('assemblies');
  const path = `${assemblyApi(assembly.id)}/members/${encodeURIComponent(member.memberId)}`;
  const setRole = useAction(async (role: 'member' | 'facilitator') => onChange(await api.put<Assembly>(path, { role })));
  const remove = useAction(async () => onChange(await request<Assembly>('DELETE', path)));
  if (member.role === 'delegate') return null;
  const federation = assembly.kind === 'federation';
  return (
    <div class="button-row member-actions">
      {member.role === 'member' && (
        <button
          type="button"
          class="button"
          disabled={setRole.busy}
          aria-label={t('assembly.makeFacilitatorNamed', { name: member.name })}
          onClick={() => setRole.run('facilitator')}
        >
          {t('assembly.makeFacilitator')}
        </button>
      )}
      {member.role === 'facilitator' && !federation && (
        <button
          type="button"
          class="button"
          disabled={setRole.busy}
          aria-label={t('assembly.makeMemberNamed', { name: member.name })}
          onClick={() => setRole.run('member')}
        >
          {t('assembly.makeMember')}
        </button>
      )}
      <button
        type="button"
        class="button button-danger"
        disabled={remove.busy}
        aria-label={t('assembly.removeNamed', { name: member.name })}
        onClick={() => remove.run()}
      >
        {t('assembly.remove')}
      </button>
      <FormError error={setRole.error ?? remove.error} />
    </div>
  );
}

/** Who belongs: display names and roles; facilitators also change roles and remove members. */
export function MembersSection({ assembly, onChange }: { assembly: Assembly; onChange: (a: Assembly) => void }) {
  const t = useT('assemblies');
  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title">{t('assembly.members')}</h2>
      {assembly.kind === 'federation' && <p class="hint">{t('assembly.federationNote')}</p>}
      <ul class="plain-list member-list">
        {assembly.members.map((m) => (
          <li key={m.memberId}>
            <span class="member-name">{m.name}</span>
            {m.role !== 'member' && <span class="badge badge-muted">{t(`roles.${m.role}`)}</span>}
            {assembly.can.manage && <MemberActions assembly={assembly} member={m} onChange={onChange} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
