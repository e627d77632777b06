/**
 * R-DEV-1: removes everything Whistle keeps on this device — storage, databases, caches and the
 * service worker — so that a phone taken from its owner shows nothing of the network. Each step runs
 * even if another fails; none needs the network. The session cookie is httpOnly: the server ends it
 * (sign-out sends Clear-Site-Data too).
 */
export async function wipeDevice(): Promise<void> {
  // Features first (e.g. ending this device's push subscription needs the service worker still there).
  await Promise.allSettled([...wipeSteps].map((step) => withinTime(step(), FEATURE_STEP_MS)));
  await Promise.allSettled([clearWebStorage(), deleteDatabases(), deleteCaches(), unregisterServiceWorkers()]);
}

const wipeSteps = new Set<() => Promise<void>>();
/** A feature's own clean-up when the device is wiped; it must not wait long for the network. */
export const onDeviceWipe = (step: () => Promise<void>) => void wipeSteps.add(step);

const FEATURE_STEP_MS = 2_000;
const withinTime = (work: Promise<void>, ms: number) => Promise.race([work, new Promise<void>((resolve) => setTimeout(resolve, ms))]);

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
