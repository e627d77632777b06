import type { ComponentChildren } from 'preact';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, setLanguage, useLanguage, useT } from './i18n';
import { MainNav } from './main-nav';
import type { PageDef } from './router';
import type { Session } from './session';

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
