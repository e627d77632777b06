import type { z } from '@hono/zod-openapi';
import { useState } from 'preact/hooks';
import type { Role } from '../../../core/roles';
import { ApiError, api } from '../../../core/web/api';
import { ActionForm, CopyField, FormError, Status, useAction } from '../../../core/web/forms';
import { formatDateTime, useLanguage, useT } from '../../../core/web/i18n';
import { hasRole, loadSession, useMe } from '../../../core/web/session';
import type { CreatedInvite, MemberSummary } from '../contract';
import { RoleCheckboxes } from './role-checkboxes';
import { RoleList } from './role-list';

type Created = z.infer<typeof CreatedInvite>;
/** A lost-device link is short-lived: the member is usually waiting for it. */
const DEVICE_LINK_HOURS = 24;

/** Refused because the member lacks the training a role needs (see the trainings module). */
const needsTraining = (err: unknown) =>
  err instanceof ApiError && (err.code === 'qualification_required' || err.code === 'qualification_expired');

const memberPath = (m: MemberSummary, action: string) => `/api/members/${encodeURIComponent(m.id)}/${action}`;

/** Asks once more before an action that cannot be undone from here. */
function Confirm(props: { question: string; yes: string; busy: boolean; onYes: () => void; onNo: () => void }) {
  const t = useT();
  return (
    <div class="confirm">
      <p role="alert">{props.question}</p>
      <div class="button-row">
        <button type="button" class="button button-danger" disabled={props.busy} onClick={props.onYes}>
          {props.yes}
        </button>
        <button type="button" class="button" onClick={props.onNo}>
          {t('actions.cancel')}
        </button>
      </div>
    </div>
  );
}

/** Organiser controls: roles, disabling, and a new-device link for a member who lost theirs. */
function ManageMember({ member, onChange }: { member: MemberSummary; onChange: (m: MemberSummary) => void }) {
  const t = useT('members');
  const me = useMe();
  const [roles, setRoles] = useState<Role[]>(member.roles);
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState<'disable' | 'device' | null>(null);
  const [deviceLink, setDeviceLink] = useState<Created | null>(null);
  const lang = useLanguage();
  const name = member.displayName;

  const saveRoles = useAction(async () => {
    setSaved(false);
    onChange(await api.put<MemberSummary>(memberPath(member, 'roles'), { roles }));
    setSaved(true);
    if (member.id === me.id) await loadSession();
  });
  const disable = useAction(async () => {
    onChange(await api.post<MemberSummary>(memberPath(member, 'disable')));
    setConfirming(null);
  });
  const newDevice = useAction(async () => {
    setDeviceLink(await api.post<Created>(memberPath(member, 'device-invite'), { expiresInHours: DEVICE_LINK_HOURS }));
    setConfirming(null);
  });
  const isSelf = member.id === me.id;

  return (
    <div class="manage">
      <ActionForm noValidate action={saveRoles}>
        <RoleCheckboxes
          legend={t('members.rolesLegend', { name })}
          roles={roles}
          onChange={setRoles}
          canGrantAdmin={hasRole(me, 'admin')}
          error={saveRoles.error}
        />
        <FormError error={saveRoles.error} fields={['roles']} />
        {needsTraining(saveRoles.error) && (
          <p class="notice">
            {t('members.trainingNeeded')}{' '}
            <a href={`/trainings/qualifications?member=${encodeURIComponent(member.id)}`}>{t('members.recordTraining')}</a>
          </p>
        )}
        <button type="submit" class="button" disabled={saveRoles.busy} aria-label={t('members.saveRolesFor', { name })}>
          {t('members.saveRoles')}
        </button>
        <Status message={saved ? t('members.rolesSaved') : null} />
      </ActionForm>
      {!isSelf && (
        <div class="button-row">
          <button type="button" class="button" aria-label={t('members.lostDeviceFor', { name })} onClick={() => setConfirming('device')}>
            {t('members.lostDevice')}
          </button>
          <button
            type="button"
            class="button button-danger"
            aria-label={t('members.disableFor', { name })}
            onClick={() => setConfirming('disable')}
          >
            {t('members.disable')}
          </button>
        </div>
      )}
      {confirming === 'disable' && (
        <Confirm
          question={t('members.disableConfirm', { name })}
          yes={t('members.disableYes')}
          busy={disable.busy}
          onYes={() => void disable.run()}
          onNo={() => setConfirming(null)}
        />
      )}
      {confirming === 'device' && (
        <Confirm
          question={t('members.lostDeviceConfirm', { name })}
          yes={t('members.lostDeviceYes')}
          busy={newDevice.busy}
          onYes={() => void newDevice.run()}
          onNo={() => setConfirming(null)}
        />
      )}
      <FormError error={disable.error ?? newDevice.error} />
      {deviceLink && (
        <div class="created-link">
          <CopyField id={`device-link-${member.id}`} label={t('members.deviceLinkLabel', { name })} value={deviceLink.link} />
          <p class="hint">{t('members.deviceLinkHint', { date: formatDateTime(deviceLink.expiresAt, lang) })}</p>
        </div>
      )}
    </div>
  );
}

export function MemberCard({ member, onChange }: { member: MemberSummary; onChange: (m: MemberSummary) => void }) {
  const t = useT('members');
  const me = useMe();
  const lang = useLanguage();
  const [open, setOpen] = useState(false);
  const vouch = useAction(async () => onChange(await api.post<MemberSummary>(memberPath(member, 'vouch'))));
  const isSelf = member.id === me.id;
  const name = member.displayName;
  const titleId = `member-${member.id}`;
  const canManage = hasRole(me, 'organiser') && !member.disabled;

  return (
    <article class="card member" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {name} {isSelf && <span class="hint">{t('members.you')}</span>}
      </h3>
      <div class="tag-row">
        {member.demo && <span class="badge badge-demo">{t('demo.badge')}</span>}
        {member.disabled && <span class="badge badge-muted">{t('members.disabled')}</span>}
        {!member.disabled && (
          <span class={member.trusted ? 'badge badge-ok' : 'badge badge-warning'}>
            {member.trusted ? t('members.trusted') : t('members.notTrusted', { count: member.vouchCount })}
          </span>
        )}
      </div>
      <RoleList roles={member.roles} label={t('invite.roles')} />
      <p class="hint">{t('members.joined', { date: formatDateTime(member.createdAt, lang) })}</p>
      <div class="button-row">
        {!isSelf && !member.disabled && !member.vouchedByMe && (
          <button
            type="button"
            class="button button-primary"
            disabled={vouch.busy}
            aria-label={t('members.vouchFor', { name })}
            onClick={() => vouch.run()}
          >
            {t('members.vouch')}
          </button>
        )}
        {member.vouchedByMe && <p class="hint">{t('members.vouched')}</p>}
        {canManage && (
          <button
            type="button"
            class="button"
            aria-expanded={open}
            aria-controls={`${titleId}-manage`}
            aria-label={t('members.manageFor', { name })}
            onClick={() => setOpen(!open)}
          >
            {t('members.manage')}
          </button>
        )}
      </div>
      <FormError error={vouch.error} />
      {canManage && open && (
        <div id={`${titleId}-manage`}>
          <ManageMember member={member} onChange={onChange} />
        </div>
      )}
    </article>
  );
}
