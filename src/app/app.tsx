import { useEffect, useRef } from 'preact/hooks';
import { Loading, PageTitle } from '../core/web/forms';
import { useT } from '../core/web/i18n';
import { AppShell } from '../core/web/layout';
import { findPage, navigate, type PageDef, usePath } from '../core/web/router';
import { canAccess, retrySession, type Session, useSession } from '../core/web/session';

/** Where a signed-out visitor was going, to go on there after signing in (kept in memory only). */
let returnTo: string | null = null;

function Unreachable() {
  const t = useT();
  return (
    <>
      <PageTitle title={t('unreachable.title')} />
      <p>{t('unreachable.body')}</p>
      <button type="button" class="button button-primary" onClick={() => void retrySession()}>
        {t('actions.tryAgain')}
      </button>
    </>
  );
}

function NotFound() {
  const t = useT();
  return (
    <>
      <PageTitle title={t('notFound.title')} />
      <p>{t('notFound.body')}</p>
      <p>
        <a href="/">{t('notFound.home')}</a>
      </p>
    </>
  );
}

function NotAllowed({ trusted }: { trusted: boolean }) {
  const t = useT();
  return (
    <>
      <PageTitle title={t('notAllowed.title')} />
      <p class="notice">{trusted ? t('notAllowed.body') : t('errors.not_vouched')}</p>
      <p>
        <a href="/">{t('notFound.home')}</a>
      </p>
    </>
  );
}

function PageContent({ page, session, path }: { page: PageDef | undefined; session: Session; path: string }) {
  if (!page) return <NotFound />;
  // The sign-in page waits to learn whether this device is already signed in, so it does not flash.
  if (page.access === 'public' && !(path === '/sign-in' && session.status !== 'signed_out')) return <page.component />;
  if (session.status === 'loading') return <Loading />;
  if (session.status === 'unreachable') return <Unreachable />;
  if (session.status === 'signed_out') return null;
  if (page.access !== 'public' && !canAccess(session.me, page.access)) return <NotAllowed trusted={session.me.trusted} />;
  return <page.component />;
}

/** Puts the features' pages behind the sign-in rule and inside the shared layout. */
export function App({ pages }: { pages: PageDef[] }) {
  const session = useSession();
  const path = usePath();
  const page = findPage(pages, path);
  const mustSignIn = session.status === 'signed_out' && !!page && page.access !== 'public';
  const mustLeaveSignIn = session.status === 'signed_in' && path === '/sign-in';

  useEffect(() => {
    if (mustSignIn) {
      returnTo = path;
      navigate('/sign-in', { replace: true });
    } else if (mustLeaveSignIn) {
      const to = returnTo ?? '/';
      returnTo = null;
      navigate(to, { replace: true });
    }
  }, [mustSignIn, mustLeaveSignIn, path]);

  // A new page: move focus to its heading so that screen readers announce it (not on first load).
  const firstPath = useRef(path);
  useEffect(() => {
    if (path === firstPath.current) return;
    firstPath.current = '';
    (document.getElementById('page-title') ?? document.getElementById('main'))?.focus();
  }, [path]);

  return (
    <AppShell pages={pages} session={session} path={path}>
      <PageContent page={page} session={session} path={path} />
    </AppShell>
  );
}
