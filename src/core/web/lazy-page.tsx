import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from './api';
import { FormError, Loading } from './forms';
import { useT } from './i18n';

/** A page whose code arrives when it is first opened; `preload` fetches it ahead of time. */
export type LazyPage = ComponentType & { preload: () => Promise<unknown> };

/**
 * Each feature's pages load on demand, so a phone on a slow connection downloads and compiles only
 * the page it opens before the first screen shows. After the first render the app preloads the rest
 * when idle (see preloadPages), which also puts them in the service worker's cache for offline use.
 */
export function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  let component: ComponentType | null = null;
  let pending: Promise<ComponentType> | null = null;
  const fetchOnce = () => {
    pending ??= load().then(
      (c) => (component = c),
      (err: unknown) => {
        pending = null;
        throw err;
      },
    );
    return pending;
  };

  function Page() {
    const t = useT();
    const [, setLoaded] = useState(false);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      // Not `if (component) return`: a preload may have finished between this render and this
      // effect, and only a state change shows the page then.
      let live = true;
      fetchOnce().then(
        () => live && setLoaded(true),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, []);
    if (component) {
      const Loaded = component;
      return <Loaded />;
    }
    if (!failed) return <Loading />;
    return (
      <>
        <FormError error={new ApiError(0, 'network', 'The page could not be loaded.')} />
        {/* A browser remembers a failed module fetch for the page's lifetime: only a reload fetches it again. */}
        <button type="button" class="button" onClick={() => location.reload()}>
          {t('actions.tryAgain')}
        </button>
      </>
    );
  }
  return Object.assign(Page, { preload: fetchOnce });
}

/** Fetches every lazy page's code once the browser is idle, one at a time so the first page's requests go first. */
export function preloadPages(pages: readonly { component: ComponentType }[]) {
  const lazy = pages.map((p) => p.component).filter((c): c is LazyPage => typeof (c as Partial<LazyPage>).preload === 'function');
  const idle = (fn: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(fn) : setTimeout(fn, 200));
  const next = async () => {
    for (const page of new Set(lazy)) await page.preload().catch(() => {});
  };
  idle(() => void next());
}
