import { useState } from 'preact/hooks';
import { ApiError, api } from '../../../core/web/api';
import { wipeDevice } from '../../../core/web/device';
import { ActionForm, Checkbox, CheckboxGroup, FormError, PageTitle, Status, TextField, useAction } from '../../../core/web/forms';
import { LANGUAGE_NAMES, LANGUAGES, type Language, useT } from '../../../core/web/i18n';
import { navigate } from '../../../core/web/router';
import { setSignedIn, setSignedOut, useMe } from '../../../core/web/session';
import type { Me } from '../contract';

/** How long panic waits for the server before leaving anyway: wiping must not hang on a bad connection. */
const PANIC_LOGOUT_TIMEOUT_MS = 3000;

/** Leaves nothing behind in this tab either: signed-out state, then the sign-in page. */
async function wipeAndLeave() {
  await wipeDevice();
  setSignedOut();
  navigate('/sign-in', { replace: true });
}

function ProfileForm() {
  const t = useT('members');
  const me = useMe();
  const [name, setName] = useState(me.displayName);
  const [languages, setLanguages] = useState<Language[]>(me.languages.filter((l): l is Language => LANGUAGES.includes(l as Language)));
  const [saved, setSaved] = useState(false);
  const save = useAction(async () => {
    setSaved(false);
    setSignedIn(await api.patch<Me>('/api/me', { displayName: name, languages }));
    setSaved(true);
  });
  const toggle = (l: Language, on: boolean) =>
    setLanguages(on ? LANGUAGES.filter((x) => x === l || languages.includes(x)) : languages.filter((x) => x !== l));
  return (
    <section class="card" aria-labelledby="profile-title">
      <h2 id="profile-title">{t('settings.profileTitle')}</h2>
      <ActionForm noValidate action={save}>
        <TextField
          id="settings-name"
          name="displayName"
          label={t('settings.nameLabel')}
          hint={t('settings.nameHint')}
          value={name}
          onInput={setName}
          error={save.error}
          autoComplete="nickname"
          maxLength={60}
          required
        />
        <CheckboxGroup legend={t('settings.languagesLegend')} hint={t('settings.languagesHint')} name="languages" error={save.error}>
          {LANGUAGES.map((l) => (
            <Checkbox key={l} lang={l} label={LANGUAGE_NAMES[l]} checked={languages.includes(l)} onChange={(on) => toggle(l, on)} />
          ))}
        </CheckboxGroup>
        <FormError error={save.error} fields={['displayName', 'languages']} />
        <button type="submit" class="button button-primary" disabled={save.busy}>
          {t('settings.save')}
        </button>
        <Status message={saved ? t('actions.saved') : null} />
      </ActionForm>
    </section>
  );
}

/** Sign-out and panic (R-DEV-1): both wipe this device; panic does not wait for the server first. */
function LeaveThisDevice() {
  const t = useT('members');
  const signOut = useAction(async (path: '/api/auth/logout' | '/api/auth/logout-everywhere') => {
    // The server must hear it first: wiping alone would leave the session usable. A 401 means it already ended.
    await api.post(path).catch((err) => {
      if (!(err instanceof ApiError && err.status === 401)) throw err;
    });
    await wipeAndLeave();
  });
  const panic = useAction(async () => {
    const logout = api.post('/api/auth/logout', {}, { signal: AbortSignal.timeout(PANIC_LOGOUT_TIMEOUT_MS) }).catch(() => {});
    await wipeDevice();
    await logout;
    await wipeAndLeave();
  });
  return (
    <>
      <section class="card" aria-labelledby="sign-out-title">
        <h2 id="sign-out-title">{t('settings.signOutTitle')}</h2>
        {signOut.error ? (
          <p class="notice notice-error" role="alert">
            {t('settings.stillSignedIn')}
          </p>
        ) : null}
        <div class="stack">
          <div>
            <button
              type="button"
              class="button"
              disabled={signOut.busy}
              onClick={() => signOut.run('/api/auth/logout')}
              aria-describedby="sign-out-hint"
            >
              {t('settings.signOut')}
            </button>
            <p class="hint" id="sign-out-hint">
              {t('settings.signOutHint')}
            </p>
          </div>
          <div>
            <button
              type="button"
              class="button"
              disabled={signOut.busy}
              onClick={() => signOut.run('/api/auth/logout-everywhere')}
              aria-describedby="sign-out-everywhere-hint"
            >
              {t('settings.signOutEverywhere')}
            </button>
            <p class="hint" id="sign-out-everywhere-hint">
              {t('settings.signOutEverywhereHint')}
            </p>
          </div>
        </div>
      </section>
      <section class="card card-danger" aria-labelledby="panic-title">
        <h2 id="panic-title">{t('settings.panicTitle')}</h2>
        <p id="panic-hint">{t('settings.panicHint')}</p>
        <button
          type="button"
          class="button button-danger button-wide"
          disabled={panic.busy}
          onClick={() => panic.run()}
          aria-describedby="panic-hint"
        >
          {t('settings.panic')}
        </button>
        <FormError error={panic.error} />
      </section>
    </>
  );
}

export function SettingsPage() {
  const t = useT('members');
  return (
    <>
      <PageTitle title={t('settings.title')} />
      <ProfileForm />
      <LeaveThisDevice />
    </>
  );
}
