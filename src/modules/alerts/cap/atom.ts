import { createHash } from 'node:crypto';
import { CAP_MEDIA_TYPE } from './cap';
import { formatCapTime, isTimeZone } from './time';
import type { AtomFeedInput } from './types';
import { el, elWith, optional, toXmlDocument } from './xml';

/** The public Atom 1.0 feed (RFC 4287) of active alerts; each entry links to its CAP message. */

export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';
export const ATOM_MEDIA_TYPE = 'application/atom+xml';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** RFC 9562's namespace for names that are URLs. */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** A name-based UUID (version 5, RFC 9562 §5.5). */
export function nameBasedUuid(namespace: string, name: string): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name)
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The feed's id: the same URL always gives the same one, so it survives restarts without being stored. */
export const uuidFromUrl = (url: string) => nameBasedUuid(URL_NAMESPACE, url);

function absolute(what: string, url: string): string {
  if (!URL.canParse(url)) throw new Error(`The ${what} must be an absolute URL: ${url}`);
  return url;
}

export function toAtomFeed(input: AtomFeedInput): string {
  const { timeZone } = input;
  if (!isTimeZone(timeZone)) throw new Error(`Unknown time zone: ${timeZone}`);
  const time = (ms: number) => formatCapTime(ms, timeZone);
  const link = (rel: string, type: string, href: string) => elWith('link', { rel, type, href });

  const entries = input.entries.map((e) => {
    if (!UUID.test(e.id)) throw new Error(`An entry id must be a UUID: ${e.id}`);
    return el(
      'entry',
      el('id', `urn:uuid:${e.id.toLowerCase()}`),
      el('title', e.title),
      el('published', time(e.published)),
      el('updated', time(e.updated)),
      link('alternate', CAP_MEDIA_TYPE, absolute('CAP URL', e.capUrl)),
      e.pageUrl !== undefined && link('related', 'text/html', absolute('page URL', e.pageUrl)),
      optional('summary', e.summary),
    );
  });
  const feed = el(
    'feed',
    el('id', `urn:uuid:${uuidFromUrl(absolute('feed URL', input.selfUrl))}`),
    el('title', input.title),
    el('updated', time(input.updated)),
    el('author', el('name', input.author)),
    link('self', ATOM_MEDIA_TYPE, input.selfUrl),
    input.siteUrl !== undefined && link('alternate', 'text/html', absolute('site URL', input.siteUrl)),
    ...entries,
  );
  return toXmlDocument({ ...feed, attrs: { xmlns: ATOM_NAMESPACE } });
}
