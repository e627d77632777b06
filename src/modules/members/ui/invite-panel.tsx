import type { z } from '@hono/zod-openapi';
import { useEffect, useState } from 'preact/hooks';
import type { Role } from '../../../core/roles';
import { api } from '../../../core/web/api';
import { ActionForm, CopyField, FormError, Status, TextField, useAction } from '../../../core/web/forms';
import { formatDateTime, useLanguage, useT } from '../../../core/web/i18n';
import { hasRole, useMe } from '../../../core/web/session';
import type { CreatedInvite, InviteSummary } from '../contract';
import { MAX_INVITE_HOURS } from '../limits';
import { RoleCheckboxes } from './role-checkboxes';
import { RoleList } from './role-list';

type Created = z.infer<typeof CreatedInvite>;
type Invite = z.infer<typeof InviteSummary>;

function InviteForm({ onCreated }: { onCreated: () => void }) {
  const t = useT('members');
  const me = useMe();
  const lang = useLanguage();
  const [roles, setRoles] = useState<Role[]>(['member']);
  const [hours, setHours] = useState(String(MAX_INVITE_HOURS));
  const [created, setCreated] = useState<Created | null>(null);
  const create = useAction(async () => {
    setCreated(null);
    setCreated(await api.post<Created>('/api/invites', { roles, expiresInHours: Number(hours) }));
    onCreated();
  });
  return (
    <section class="card" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('invites.title')}</h2>
      <p>{t('invites.intro')}</p>
      <ActionForm noValidate action={create}>
        <RoleCheckboxes
          legend={t('invites.rolesLegend')}
          roles={roles}
          onChange={setRoles}
          canGrantAdmin={hasRole(me, 'admin')}
          error={create.error}
        />
        <TextField
          id="invite-hours"
          name="expiresInHours"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_INVITE_HOURS}
          step={1}
          required
          label={t('invites.hoursLabel')}
          hint={t('invites.hoursHint')}
          value={hours}
          onInput={setHours}
          error={create.error}
        />
        <FormError error={create.error} fields={['roles', 'expiresInHours']} />
        <button type="submit" class="button button-primary" disabled={create.busy}>
          {t('invites.create')}
        </button>
      </ActionForm>
      {created && (
        <div class="created-link">
          <CopyField id="invite-link" label={t('invites.linkLabel')} value={created.link} />
          <p class="hint">{t('invites.linkHint', { date: formatDateTime(created.expiresAt, lang) })}</p>
        </div>
      )}
    </section>
  );
}

function OpenInvites({ invites, onRevoked }: { invites: Invite[] | null; onRevoked: () => void }) {
  const t = useT('members');
  const lang = useLanguage();
  const [revoked, setRevoked] = useState(false);
  const revoke = useAction(async (id: string) => {
    setRevoked(false);
    await api.post(`/api/invites/${encodeURIComponent(id)}/revoke`);
    setRevoked(true);
    onRevoked();
  });
  return (
    <section class="card" aria-labelledby="open-invites-title">
      <h2 id="open-invites-title">{t('invites.openTitle')}</h2>
      <FormError error={revoke.error} />
      <Status message={revoked ? t('invites.revoked') : null} />
      {invites && invites.length === 0 && <p>{t('invites.none')}</p>}
      <ul class="plain-list">
        {invites?.map((inv) => {
          const made = formatDateTime(inv.createdAt, lang);
          return (
            <li key={inv.id} class="invite-row">
              <div>
                <strong>{t(`invites.kinds.${inv.kind}`)}</strong>
                {inv.kind !== 'device' && <RoleList roles={inv.roles} />}
                <p class="hint">
                  {t('invites.created', { date: made })} · {t('invites.expires', { date: formatDateTime(inv.expiresAt, lang) })}
                </p>
              </div>
              <button
                type="button"
                class="button"
                disabled={revoke.busy}
                aria-label={t('invites.revokeLabel', { date: made })}
                onClick={() => revoke.run(inv.id)}
              >
                {t('invites.revoke')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** For organisers: make invite links and see (or stop) the ones not yet used. */
export function InvitePanel() {
  const [invites, setInvites] = useState<Invite[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const refresh = () => {
    api.get<{ invites: Invite[] }>('/api/invites').then((r) => setInvites(r.invites), setError);
  };
  useEffect(refresh, []);
  return (
    <>
      <InviteForm onCreated={refresh} />
      <FormError error={error} />
      <OpenInvites invites={invites} onRevoked={refresh} />
    </>
  );
}
