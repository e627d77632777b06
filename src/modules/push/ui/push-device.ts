import { api, request } from '../../../core/web/api';

/**
 * This device's Web Push subscription: the browser side of the push module. The service worker
 * (sw.js) shows the notification; the page only subscribes and unsubscribes.
 */

export type PushState = 'unsupported' | 'blocked' | 'off' | 'on';

/** Why switching on did not work, for the toggle to say so. */
export class PushSetupError extends Error {
  constructor(readonly reason: 'unsupported' | 'blocked' | 'notAllowed') {
    super(reason);
  }
}

export const pushSupported = () => 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;

async function registration(): Promise<ServiceWorkerRegistration | null> {
  if (!pushSupported()) return null;
  return (await navigator.serviceWorker.getRegistration('/')) ?? null;
}

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function sameKey(a: ArrayBuffer | null, b: Uint8Array): boolean {
  if (!a || a.byteLength !== b.length) return false;
  const bytes = new Uint8Array(a);
  return bytes.every((v, i) => v === b[i]);
}

/** Only what the server needs: the endpoint and the two keys. */
function saved(sub: PushSubscription) {
  const { endpoint, keys } = sub.toJSON();
  return api.post('/api/push/subscriptions', { endpoint, keys });
}

export async function pushState(): Promise<PushState> {
  const reg = await registration();
  if (!reg) return 'unsupported';
  if (Notification.permission === 'denied') return 'blocked';
  const sub = await reg.pushManager.getSubscription();
  return sub && Notification.permission === 'granted' ? 'on' : 'off';
}

/**
 * Subscribes again what the browser already has, so the server binds it to whoever is signed in
 * now (a shared device) and knows it is still alive.
 */
export async function refreshPush(): Promise<void> {
  const sub = await (await registration())?.pushManager.getSubscription();
  if (sub && Notification.permission === 'granted') await saved(sub);
}

/** Call from a click: browsers only ask for permission in answer to one. */
export async function enablePush(): Promise<void> {
  const reg = await registration();
  if (!reg) throw new PushSetupError('unsupported');
  const permission = await Notification.requestPermission();
  if (permission === 'denied') throw new PushSetupError('blocked');
  if (permission !== 'granted') throw new PushSetupError('notAllowed');
  const key = keyBytes((await api.get<{ publicKey: string }>('/api/push/vapid-public-key')).publicKey);
  let sub = await reg.pushManager.getSubscription();
  // A subscription made for another server key (the server's was replaced) can never be used.
  if (sub && !sameKey(sub.options.applicationServerKey, key)) {
    await sub.unsubscribe();
    sub = null;
  }
  sub ??= await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
  await saved(sub);
}

/** Stops pushes to this device, on the browser and on the server. Safe to call when there are none. */
export async function disablePush(): Promise<void> {
  const sub = await (await registration())?.pushManager.getSubscription();
  if (!sub) return;
  const { endpoint } = sub;
  await sub.unsubscribe();
  await request('DELETE', '/api/push/subscriptions', { endpoint });
}
