/**
 * The push services of the browsers people use. The server posts to whatever endpoint a member
 * registers, so an endpoint elsewhere (an address inside the network, say) is refused: the server
 * must not become a way to reach places its members cannot.
 */
const PUSH_SERVICE_DOMAINS = [
  'fcm.googleapis.com', // Chrome, Edge on Android, Samsung Internet, Opera, Brave
  'push.services.mozilla.com', // Firefox
  'push.apple.com', // Safari (web.push.apple.com)
  'notify.windows.com', // Edge on Windows (WNS)
];

export function isKnownPushService(endpoint: string, extraHosts: readonly string[] = []): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return false;
  if (extraHosts.includes(url.host)) return true;
  if (url.port) return false;
  return PUSH_SERVICE_DOMAINS.some((d) => url.hostname === d || url.hostname.endsWith(`.${d}`));
}
