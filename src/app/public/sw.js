/*
 * Whistle's offline shell. The app's pages open without a connection (network first, else the cached
 * index.html); built assets have content hashes, so a cached copy is always the right one. API calls
 * are never cached: they carry members' data, and the device must keep none of it (R-DEV-1).
 */
const SHELL_CACHE = 'whistle-shell-v1';
const ASSET_CACHE = 'whistle-assets-v1';
const SHELL = ['/', '/index.html'];
/** Files outside /assets/ that the shell shows. */
const STATIC = ['/icon.svg', '/manifest.webmanifest'];

/** The scripts and styles index.html loads, so the shell works offline even before its first reload. */
async function precacheShell() {
  const shell = await caches.open(SHELL_CACHE);
  await shell.addAll(SHELL);
  const html = await (await shell.match('/index.html')).text();
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
  const assetCache = await caches.open(ASSET_CACHE);
  await assetCache.addAll([...assets, ...STATIC]);
}

self.addEventListener('install', (event) => {
  event.waitUntil(precacheShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  const keep = new Set([SHELL_CACHE, ASSET_CACHE]);
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => !keep.has(n)).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

async function networkFirstPage(request) {
  try {
    const response = await fetch(request);
    if (response.ok && (response.headers.get('content-type') ?? '').includes('text/html')) {
      const shell = await caches.open(SHELL_CACHE);
      await shell.put('/index.html', response.clone());
    }
    return response;
  } catch {
    const cached = await caches.match('/index.html', { cacheName: SHELL_CACHE });
    return cached ?? Response.error();
  }
}

/**
 * The page gets the response at once; the copy is stored after. Waiting for the store first would
 * leave the page's request hanging whenever storing stalls (a page left mid-download, say).
 */
async function cacheFirstAsset(event) {
  const cache = await caches.open(ASSET_CACHE);
  const cached = await cache.match(event.request);
  if (cached) return cached;
  const response = await fetch(event.request);
  if (response.ok) event.waitUntil(cache.put(event.request, response.clone()).catch(() => {}));
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') event.respondWith(networkFirstPage(request));
  else if (url.pathname.startsWith('/assets/') || STATIC.includes(url.pathname)) event.respondWith(cacheFirstAsset(event));
});

/*
 * Web Push. The payload is only {kind, id}: push services and a locked screen never see what
 * happened or where. The notification says only "open the app"; the page loads the alert (or event) itself.
 */
const PUSH_PAGES = {
  alert: (id) => `/alerts/${id}`,
  offer: () => '/dispatch',
  event: (id) => `/events/${id}`,
  pledge: () => '/my-pledges',
  aid: (id) => `/aid/${id}`,
  ride: () => '/rides/mine',
  fund: () => '/fund/approvals',
  case: (id) => `/cases/${id}`,
  shift: () => '/patrols/mine',
  marshal: () => '/marshals/mine',
  training: (id) => `/trainings/sessions/${id}`,
};

function pushTarget(event) {
  let message = null;
  try {
    message = event.data ? event.data.json() : null;
  } catch {
    // Not JSON: show the generic notification and open the app's home page.
  }
  const kind = message && Object.hasOwn(PUSH_PAGES, message.kind) ? message.kind : null;
  const id = message && typeof message.id === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(message.id) ? message.id : null;
  if (!kind || (!['offer', 'pledge', 'ride', 'fund', 'shift', 'marshal'].includes(kind) && !id)) return { tag: 'whistle', url: '/' };
  return { tag: `${kind}-${id ?? ''}`, url: PUSH_PAGES[kind](id) };
}

self.addEventListener('push', (event) => {
  const { tag, url } = pushTarget(event);
  // Browsers require a visible notification for every push; the same tag replaces an earlier one.
  event.waitUntil(
    self.registration.showNotification('Whistle', { body: 'Open the app', tag, renotify: true, icon: '/icon-192.png', data: { url } }),
  );
});

async function openPage(url) {
  const target = new URL(url, self.location.origin);
  if (target.origin !== self.location.origin) return;
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const same = windows.find((w) => new URL(w.url).pathname === target.pathname);
  if (same) return same.focus();
  for (const w of windows) {
    try {
      // Only a window this worker controls can be navigated; otherwise a new one is opened.
      const navigated = await w.navigate(target.href);
      if (navigated) return navigated.focus();
    } catch {}
  }
  return self.clients.openWindow(target.href);
}

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(openPage(event.notification.data?.url ?? '/'));
});
