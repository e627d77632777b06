import type { z } from '@hono/zod-openapi';
import { useEffect, useState } from 'preact/hooks';
import { ApiError, api } from '../../../core/web/api';
import { ActionForm, errorText, FormError, Loading, PageTitle, TextField, useAction } from '../../../core/web/forms';
import { formatDateTime, useLanguage, useT } from '../../../core/web/i18n';
import { navigate } from '../../../core/web/router';
import { setSignedIn } from '../../../core/web/session';
import type { InviteInfo as InviteInfoSchema } from '../contract';
import { registerPasskey } from './passkey';
import { RoleList } from './role-list';

type InviteInfo = z.infer<typeof InviteInfoSchema>;

/** The part after `#`: browsers never send it to a server, so the secret is in no access log. */
const tokenFromLocation = () => decodeURIComponent(location.hash.slice(1)).trim();

function inviteTitle(t: ReturnType<typeof useT>, info: InviteInfo | null) {
  if (!info) return t('invite.title');
  if (info.kind === 'setup') return t('invite.titleSetup', { network: info.networkName });
  if (info.kind === 'device') return t('invite.titleDevice', { name: info.displayName ?? '' });
  return t('invite.titleJoin', { network: info.networkName });
}

function Unusable({ error }: { error: unknown }) {
  const t = useT('members');
  return (
    <section class="card" aria-labelledby="unusable-title">
      <h2 id="unusable-title">{t('invite.unusableTitle')}</h2>
      <p class="notice notice-error" role="alert">
        {!error
          ? t('invite.missingToken')
          : error instanceof ApiError && error.code === 'not_found'
            ? t('invite.notFound')
            : errorText(t, error)}
      </p>
      <p>
        <a href="/sign-in">{t('invite.signInInstead')}</a>
      </p>
    </section>
  );
}

function InviteDetails({ info }: { info: InviteInfo }) {
  const t = useT('members');
  const lang = useLanguage();
  return (
    <dl class="details" aria-label={t('invite.detailsLabel')}>
      <dt>{t('invite.kind')}</dt>
      <dd>{t(`invite.kinds.${info.kind}`)}</dd>
      {info.kind !== 'device' && (
        <>
          <dt>{t('invite.roles')}</dt>
          <dd>
            <RoleList roles={info.roles} />
          </dd>
        </>
      )}
      <dt>{t('invite.expires')}</dt>
      <dd>
        <time dateTime={new Date(info.expiresAt).toISOString()}>{formatDateTime(info.expiresAt, lang)}</time>
        <br />
        {t('invite.singleUse')}
      </dd>
    </dl>
  );
}

export function InvitePage() {
  const t = useT('members');
  const [token] = useState(tokenFromLocation);
  const [info, setInfo] = useState<InviteInfo | null>(null);
  const [lookupError, setLookupError] = useState<unknown>(null);
  const [name, setName] = useState('');
  const register = useAction(async () => {
    const asksName = info?.kind !== 'device';
    if (asksName && !name.trim()) throw new ApiError(0, 'name_required', '', 'displayName');
    const me = await registerPasskey(token, asksName ? name.trim() : undefined);
    setSignedIn(me);
    // Replacing the entry takes the used secret out of the browser's history too.
    navigate('/', { replace: true });
  });

  useEffect(() => {
    if (token.length < 20) return;
    api.post<InviteInfo>('/api/invites/lookup', { token }).then(setInfo, setLookupError);
  }, [token]);

  const registerError = register.error instanceof ApiError && register.error.code.startsWith('invite_') ? register.error : null;
  return (
    <>
      <PageTitle title={inviteTitle(t, info)} />
      {token.length < 20 || lookupError || registerError ? (
        <Unusable error={token.length < 20 ? null : (registerError ?? lookupError)} />
      ) : !info ? (
        <Loading />
      ) : (
        <section class="card">
          <p>{t(`invite.intro${info.kind === 'setup' ? 'Setup' : info.kind === 'device' ? 'Device' : 'Join'}`)}</p>
          <InviteDetails info={info} />
          <ActionForm noValidate action={register}>
            {info.kind !== 'device' && (
              <TextField
                id="display-name"
                name="displayName"
                label={t('invite.nameLabel')}
                hint={t('invite.nameHint')}
                value={name}
                onInput={setName}
                error={register.error}
                autoComplete="nickname"
                maxLength={60}
                required
              />
            )}
            <p class="hint">{t('invite.passkeyHint')}</p>
            <FormError error={register.error} fields={['displayName']} />
            <button type="submit" class="button button-primary button-wide" disabled={register.busy}>
              {t('invite.create')}
            </button>
            <p class="hint" role="status">
              {register.busy ? t('invite.busy') : ''}
            </p>
          </ActionForm>
        </section>
      )}
    </>
  );
}
