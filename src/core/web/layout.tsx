import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, setLanguage, useLanguage, useT } from './i18n';
import type { PageDef } from './router';
import { canAccess, type Session } from './session';

/** A globe, so that someone who cannot read the current language still finds the language menu. */
function GlobeIcon() {
  return (
    <svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" stroke-width="1.8" />
      <path d="M2.5 12h19M12 2.5c3 3 3 16 0 19M12 2.5c-3 3-3 16 0 19" fill="none" stroke="currentColor" stroke-width="1.8" />
    </svg>
  );
}

export function LanguageSelect() {
  const t = useT();
  const lang = useLanguage();
  return (
    <div class="language">
      <label for="language">
        <GlobeIcon />
        <span class="sr-only">{t('language')}</span>
      </label>
      <select
        id="language"
        value={lang}
        onChange={(e) => {
          const value = e.currentTarget.value;
          // Offline before this language was ever fetched: the menu stays on the language shown.
          if (isLanguage(value)) setLanguage(value).catch(() => {});
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}

function MainNav({ pages, session, path }: { pages: PageDef[]; session: Session; path: string }) {
  const t = useT();
  // On a phone the list folds behind a Menu button, so the page itself is on the first screen.
  const [open, setOpen] = useState(false);
  // A new page closes the menu.
  useEffect(() => setOpen(false), [path]);
  if (session.status === 'loading') return null;
  // Signed out, the public pages (reporting a sighting needs no account) are still one tap away.
  const me = session.status === 'signed_in' ? session.me : null;
  const items = pages
    .filter((p) => p.nav && (me ? canAccess(me, p.access) : p.access === 'public'))
    .sort((a, b) => (a.nav?.order ?? 0) - (b.nav?.order ?? 0));
  if (!items.length) return null;
  return (
    <nav class="main-nav" aria-label={t('nav.label')}>
      <button type="button" class="menu-toggle" aria-expanded={open} aria-controls="main-nav-list" onClick={() => setOpen(!open)}>
        {t('nav.menu')}
      </button>
      <ul id="main-nav-list" data-open={open ? 'true' : 'false'}>
        {items.map((p) => (
          <li key={p.path}>
            <a href={p.path} aria-current={p.path === path ? 'page' : undefined}>
              {t(p.nav?.labelKey ?? '', { ns: p.nav?.ns })}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function AppShell(props: { pages: PageDef[]; session: Session; path: string; children: ComponentChildren }) {
  const t = useT();
  const me = props.session.status === 'signed_in' ? props.session.me : null;
  return (
    <>
      <a class="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header class="site-header">
        <div class="bar">
          <a class="brand" href={me ? '/' : '/sign-in'}>
            <img src="/icon.svg" alt="" width={28} height={28} />
            <span>Whistle</span>
          </a>
          {me?.demo && (
            <span class="badge badge-demo" title={t('demo.badgeTitle')}>
              {t('demo.badge')}
            </span>
          )}
          <LanguageSelect />
        </div>
        <MainNav pages={props.pages} session={props.session} path={props.path} />
      </header>
      <main id="main" tabIndex={-1}>
        {props.children}
      </main>
    </>
  );
}
