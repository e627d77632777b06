import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from './i18n';
import { NAV_GROUPS, type NavGroup, type PageDef } from './router';
import { canAccess, type Session } from './session';

/** Up to this many links fit one row on a laptop; beyond it they fold into their groups. */
const FLAT_MAX = 8;
/** Ungrouped links from this order on (Settings) come after the groups. */
const TRAILING_ORDER = 50;

type NavPage = PageDef & { nav: NonNullable<PageDef['nav']> };

function NavLink({ page, path }: { page: NavPage; path: string }) {
  const t = useT();
  return (
    <li>
      <a href={page.path} aria-current={page.path === path ? 'page' : undefined}>
        {t(page.nav.labelKey, { ns: page.nav.ns })}
      </a>
    </li>
  );
}

/** A group's button and, when open, its links; the group of the current page is marked. */
function NavGroupItem(props: { group: NavGroup; pages: NavPage[]; path: string; open: boolean; onToggle: () => void }) {
  const t = useT();
  const id = `nav-group-${props.group}`;
  const current = props.pages.some((p) => p.path === props.path);
  return (
    <li class="nav-group" data-current={current ? 'true' : undefined}>
      <button type="button" aria-expanded={props.open} aria-controls={id} onClick={props.onToggle}>
        {t(`nav.groups.${props.group}`)}
      </button>
      <ul id={id} hidden={!props.open}>
        {props.pages.map((p) => (
          <NavLink key={p.path} page={p} path={props.path} />
        ))}
      </ul>
    </li>
  );
}

export function MainNav({ pages, session, path }: { pages: PageDef[]; session: Session; path: string }) {
  const t = useT();
  // On a phone the list folds behind a Menu button, so the page itself is on the first screen.
  const [open, setOpen] = useState(false);
  const [openGroup, setOpenGroup] = useState<NavGroup | null>(null);
  const navRef = useRef<HTMLElement>(null);
  // A new page closes the menu and any open group.
  useEffect(() => {
    setOpen(false);
    setOpenGroup(null);
  }, [path]);
  // A click elsewhere or Escape closes an open group, as menus do.
  useEffect(() => {
    if (!openGroup) return;
    const onClick = (e: MouseEvent) => {
      if (!navRef.current?.contains(e.target as Node)) setOpenGroup(null);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpenGroup(null);
    };
    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKey);
    };
  }, [openGroup]);
  if (session.status === 'loading') return null;
  // Signed out, the public pages (reporting a sighting needs no account) are still one tap away.
  const me = session.status === 'signed_in' ? session.me : null;
  const items = pages
    .filter((p): p is NavPage => !!p.nav && (me ? canAccess(me, p.access) : p.access === 'public'))
    .sort((a, b) => a.nav.order - b.nav.order);
  if (!items.length) return null;
  const grouped = items.length > FLAT_MAX;
  // Folded, the row drops Home (Whistle's name beside the logo leads there too) so that it fits a laptop.
  const top = grouped ? items.filter((p) => !p.nav.group && p.path !== '/') : items;
  // Settings ends the row, after the groups.
  const lead = top.filter((p) => p.nav.order < TRAILING_ORDER);
  const trail = top.filter((p) => p.nav.order >= TRAILING_ORDER);
  const groups = grouped
    ? NAV_GROUPS.map((g) => ({ group: g, pages: items.filter((p) => p.nav.group === g) })).filter((g) => g.pages.length)
    : [];
  return (
    <nav class="main-nav" aria-label={t('nav.label')} ref={navRef} data-grouped={grouped ? 'true' : undefined}>
      <button type="button" class="menu-toggle" aria-expanded={open} aria-controls="main-nav-list" onClick={() => setOpen(!open)}>
        {t('nav.menu')}
      </button>
      <ul id="main-nav-list" data-open={open ? 'true' : 'false'}>
        {lead.map((p) => (
          <NavLink key={p.path} page={p} path={path} />
        ))}
        {groups.map(({ group, pages: inGroup }) => (
          <NavGroupItem
            key={group}
            group={group}
            pages={inGroup}
            path={path}
            open={openGroup === group}
            onToggle={() => setOpenGroup(openGroup === group ? null : group)}
          />
        ))}
        {trail.map((p) => (
          <NavLink key={p.path} page={p} path={path} />
        ))}
      </ul>
    </nav>
  );
}
