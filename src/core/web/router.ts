import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Access } from '../roles';

/** A page a feature contributes; src/app/main.tsx puts them together. */
export interface PageDef {
  /** Exact, or with `:name` segments (`/alerts/:id`) read by `usePathParam`. */
  path: string;
  /** Who may open it; the server enforces the same rule on the API behind it. */
  access: Access;
  component: ComponentType;
  /**
   * Shown in the main navigation, in this order, to those who may open it. When a member may open
   * many pages, the navigation folds them into their `group` (ungrouped ones stay in the top row).
   */
  nav?: { ns: string; labelKey: string; order: number; hintKey?: string; group?: NavGroup };
}

/** The main navigation's sections, in the order they are shown. */
export const NAV_GROUPS = ['respond', 'care', 'field', 'mobilise', 'network'] as const;
export type NavGroup = (typeof NAV_GROUPS)[number];

let registered: PageDef[] = [];

/** The app's pages, so that navigation and the home page can list the ones a member may open. */
export function registerPages(pages: PageDef[]) {
  registered = pages;
}
export const registeredPages = (): readonly PageDef[] => registered;

/** The `:name` segments of `pattern` taken from `path`, or null when they do not match. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':') && got[i]) params[want[i].slice(1)] = decodeURIComponent(got[i]);
    else if (want[i] !== got[i]) return null;
  }
  return params;
}

export const findPage = (pages: readonly PageDef[], path: string) =>
  pages.find((p) => p.path === path) ?? pages.find((p) => p.path.includes(':') && matchPath(p.path, path));

const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};
window.addEventListener('popstate', notify);

export function navigate(to: string, opts: { replace?: boolean } = {}) {
  if (opts.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  notify();
}

export function usePath(): string {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const update = () => setPath(location.pathname);
    listeners.add(update);
    return () => void listeners.delete(update);
  }, []);
  return path;
}

/** A `:name` segment of the current page's path (`usePathParam('id')` on `/alerts/:id`). */
export function usePathParam(name: string): string {
  const path = usePath();
  const page = findPage(registered, path);
  return (page && matchPath(page.path, path)?.[name]) ?? '';
}

/** Same-tab clicks on in-app links change the page without a reload; new-tab clicks stay as the browser does them. */
export function followLink(event: MouseEvent) {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = (event.target as Element | null)?.closest?.('a');
  if (!anchor || anchor.target || anchor.hasAttribute('download') || anchor.origin !== location.origin) return;
  if (anchor.pathname.startsWith('/api/')) return;
  event.preventDefault();
  if (anchor.pathname !== location.pathname) navigate(anchor.pathname + anchor.search);
  // In-page links (the skip link) move focus without touching the URL: on /invite the fragment is the invite's secret.
  else if (anchor.hash) document.getElementById(anchor.hash.slice(1))?.focus();
}
