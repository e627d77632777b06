import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, PageTitle, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { setSignedIn } from '../../../core/web/session';
import type { Me } from '../contract';
import { signInWithPasskey } from './passkey';
import { RoleList } from './role-list';

interface DemoMembers {
  enabled: boolean;
  members: { id: string; displayName: string; roles: Me['roles'] }[];
}

/** Made-up members anyone may sign in as while the server runs the demo network. */
function DemoSignIn() {
  const t = useT('members');
  const [demo, setDemo] = useState<DemoMembers | null>(null);
  const signIn = useAction(async (memberId: string) => setSignedIn(await api.post<Me>('/api/auth/demo-sign-in', { memberId })));
  useEffect(() => {
    api.get<DemoMembers>('/api/auth/demo-members').then(setDemo, () => setDemo(null));
  }, []);
  if (!demo?.enabled || demo.members.length === 0) return null;
  return (
    <section class="card card-demo" aria-labelledby="demo-title">
      <h2 id="demo-title">
        {t('signIn.demoTitle')} <span class="badge badge-demo">{t('demo.badge')}</span>
      </h2>
      <p>{t('signIn.demoIntro')}</p>
      <FormError error={signIn.error} />
      <ul class="plain-list">
        {demo.members.map((m) => (
          <li key={m.id} class="demo-member">
            <button type="button" class="button" disabled={signIn.busy} onClick={() => signIn.run(m.id)}>
              {t('signIn.demoSignInAs', { name: m.displayName })}
            </button>
            <RoleList roles={m.roles} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SignInPage() {
  const t = useT('members');
  const signIn = useAction(async () => setSignedIn(await signInWithPasskey()));
  return (
    <>
      <PageTitle title={t('signIn.title')} />
      <section class="card">
        <p>{t('signIn.intro')}</p>
        <FormError error={signIn.error} />
        <button type="button" class="button button-primary button-wide" disabled={signIn.busy} onClick={() => signIn.run()}>
          {t('signIn.button')}
        </button>
        <p class="hint" role="status">
          {signIn.busy ? t('signIn.busy') : ''}
        </p>
        <p class="hint">{t('signIn.newHere')}</p>
      </section>
      <section class="card">
        <p>{t('signIn.sawSomething')}</p>
        <a class="button button-wide" href="/report">
          {t('signIn.reportLink')}
        </a>
      </section>
      <DemoSignIn />
    </>
  );
}
