/**
 * R-DEV-1: removes everything Whistle keeps on this device — storage, databases, caches and the
 * service worker — so that a phone taken from its owner shows nothing of the network. Each step runs
 * even if another fails; none needs the network. The session cookie is httpOnly: the server ends it
 * (sign-out sends Clear-Site-Data too).
 */
export async function wipeDevice(): Promise<void> {
  // Unregistering the service worker also ends its push subscription; the server forgets it when the
  // push service next answers 404/410.
  await Promise.allSettled([clearWebStorage(), deleteDatabases(), deleteCaches(), unregisterServiceWorkers()]);
}

async function clearWebStorage() {
  localStorage.clear();
  sessionStorage.clear();
}

async function deleteDatabases() {
  if (!('indexedDB' in window)) return;
  const databases = await indexedDB.databases();
  await Promise.allSettled(
    databases.map(
      ({ name }) =>
        new Promise<void>((resolve) => {
          if (!name) return resolve();
          const req = indexedDB.deleteDatabase(name);
          // A tab holding the database open blocks the delete; it finishes once that tab lets go.
          req.onsuccess = req.onerror = req.onblocked = () => resolve();
        }),
    ),
  );
}

async function deleteCaches() {
  if (!('caches' in window)) return;
  const names = await caches.keys();
  await Promise.allSettled(names.map((name) => caches.delete(name)));
}

async function unregisterServiceWorkers() {
  if (!('serviceWorker' in navigator)) return;
  const registrations = await navigator.serviceWorker.getRegistrations();
  await Promise.allSettled(registrations.map((r) => r.unregister()));
}
