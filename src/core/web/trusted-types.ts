/**
 * The CSP says `require-trusted-types-for 'script'; trusted-types whistle`: no string reaches an HTML
 * or script sink unless this one policy lets it. It allows exactly one thing — the service worker's
 * URL — and nothing else in the app needs a sink (no innerHTML anywhere).
 */
export const SERVICE_WORKER_URL = '/sw.js';

interface TrustedTypePolicy {
  createScriptURL(input: string): unknown;
}
interface TrustedTypePolicyFactory {
  createPolicy(name: string, rules: { createScriptURL: (input: string) => string }): TrustedTypePolicy;
}

let policy: TrustedTypePolicy | null | undefined;

function whistlePolicy(): TrustedTypePolicy | null {
  if (policy === undefined) {
    const factory = (window as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
    policy =
      factory?.createPolicy('whistle', {
        createScriptURL: (url) => {
          if (url !== SERVICE_WORKER_URL) throw new TypeError(`Not a script URL this app loads: ${url}`);
          return url;
        },
      }) ?? null;
  }
  return policy;
}

/** Installs the offline shell's service worker, through the policy where the browser has Trusted Types. */
export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const tt = whistlePolicy();
  const url = tt ? (tt.createScriptURL(SERVICE_WORKER_URL) as string) : SERVICE_WORKER_URL;
  await navigator.serviceWorker.register(url, { scope: '/' });
}
