import { PageTitle } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { NAV_GROUPS, type PageDef, registeredPages } from '../../../core/web/router';
import { canAccess, useMe } from '../../../core/web/session';
import { RoleList } from './role-list';

/** Members need two vouches (or one from an organiser) before they take part (R-TRUST-1). */
const VOUCHES_NEEDED = 2;

function TrustStatus() {
  const t = useT('members');
  const me = useMe();
  return (
    <section class={me.trusted ? 'card' : 'card card-warning'} aria-labelledby="trust-title">
      <h2 id="trust-title">{t('home.trustTitle')}</h2>
      {me.trusted ? (
        <p>{t('home.trusted')}</p>
      ) : (
        <>
          <p>{t('home.notTrusted')}</p>
          <p>
            <strong>{t('home.vouches', { count: me.vouchCount })}</strong>
          </p>
          <progress
            max={VOUCHES_NEEDED}
            value={Math.min(me.vouchCount, VOUCHES_NEEDED)}
            aria-label={t('home.vouches', { count: me.vouchCount })}
          />
        </>
      )}
    </section>
  );
}

function LinkCards({ pages }: { pages: PageDef[] }) {
  const t = useT('members');
  return (
    <ul class="link-cards">
      {pages.map((p) => (
        <li key={p.path}>
          <a href={p.path} class="link-card">
            <span class="link-card-title">{t(p.nav?.labelKey ?? '', { ns: p.nav?.ns })}</span>
            <span class="link-card-hint">{t(p.nav?.hintKey ?? '', { ns: p.nav?.ns })}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Every other page this member may open, with what it is for, under the navigation's groups. */
function PlacesToGo() {
  const t = useT('members');
  const tc = useT();
  const me = useMe();
  const places = registeredPages()
    .filter((p) => p.nav?.hintKey && p.path !== '/' && canAccess(me, p.access))
    .sort((a, b) => (a.nav?.order ?? 0) - (b.nav?.order ?? 0));
  const groups = NAV_GROUPS.map((g) => ({ group: g, pages: places.filter((p) => p.nav?.group === g) })).filter((g) => g.pages.length);
  const other = places.filter((p) => !p.nav?.group);
  return (
    <section aria-labelledby="next-title">
      <h2 id="next-title">{t('home.nextTitle')}</h2>
      {groups.map(({ group, pages }) => (
        <section key={group} class="places-group" aria-labelledby={`places-${group}`}>
          <h3 id={`places-${group}`}>{tc(`nav.groups.${group}`)}</h3>
          <LinkCards pages={pages} />
        </section>
      ))}
      {other.length > 0 && <LinkCards pages={other} />}
    </section>
  );
}

export function HomePage() {
  const t = useT('members');
  const me = useMe();
  return (
    <>
      <PageTitle title={t('home.title', { name: me.displayName })} />
      {me.demo && <p class="notice notice-demo">{t('home.demoNote')}</p>}
      <TrustStatus />
      <section class="card" aria-labelledby="roles-title">
        <h2 id="roles-title">{t('home.rolesTitle')}</h2>
        <RoleList roles={me.roles} />
      </section>
      <PlacesToGo />
    </>
  );
}
