import { badRequest } from '../../core/errors';
import { classifyAddress, hostOf, resolveHost } from './address-guard';

/**
 * The URL an endpoint may have: https (plain http only to a private-network receiver, with
 * WEBHOOKS_ALLOW_PRIVATE), no user name or password in it, and a name that resolves only to addresses
 * webhooks may reach. Returns it normalised, without a fragment (never sent anyway).
 */
export async function checkWebhookUrl(raw: string, allowPrivate: boolean): Promise<string> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw badRequest('webhook_url_invalid', 'Enter a full web address starting with https://.', 'url');
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password)
    throw badRequest('webhook_url_invalid', 'Enter a full web address starting with https://, without a user name or password.', 'url');
  const addresses = await resolveHost(hostOf(url));
  if (!addresses) throw badRequest('webhook_url_unresolvable', `${url.hostname} could not be found. Check the address.`, 'url');
  const kinds = addresses.map(classifyAddress);
  if (kinds.includes('forbidden') || (!allowPrivate && kinds.includes('private')))
    throw badRequest('webhook_url_private', 'That address is on a private or internal network, which webhooks may not reach.', 'url');
  if (url.protocol === 'http:' && kinds.includes('public'))
    throw badRequest('webhook_url_not_https', 'Use https://: plain http is only for a receiver on a private network.', 'url');
  url.hash = '';
  return url.toString();
}
