import { formatCapTime, isTimeZone } from './time';
import type { CapAlertInput, CapArea, CapInfo, CapLanguage, CapReference, LngLat } from './types';
import { el, optional, toXmlDocument, type XmlElement } from './xml';

/** CAP 1.2 (OASIS, 2010) messages, as pure functions: no database, no clock. */

export const CAP_NAMESPACE = 'urn:oasis:names:tc:emergency:cap:1.2';
export const CAP_MEDIA_TYPE = 'application/cap+xml';

/** Many CAP consumers (IPAWS among them) take at most 100 points per polygon; zones are coarse anyway. */
const MAX_POLYGON_POINTS = 100;
/** Four decimals of a degree is about 10 m: plenty for a neighbourhood outline. */
const COORDINATE_DECIMALS = 4;

const APP_LANGUAGE_TAGS: Record<'en' | 'es' | 'so' | 'hmn', CapLanguage> = { en: 'en-US', es: 'es-US', so: 'so', hmn: 'hmn' };

/** The CAP language tag of one of the app's languages. */
export const capLanguage = (lang: keyof typeof APP_LANGUAGE_TAGS): CapLanguage => APP_LANGUAGE_TAGS[lang];

/** CAP `sender`: globally unique, so named after the network's host, e.g. `whistle@whistle.example.org`. */
export const capSender = (publicUrl: string) => `whistle@${new URL(publicUrl).hostname}`;

/** CAP §3.2.1: identifiers and senders carry no spaces, commas or restricted characters (< and &). */
function checkToken(what: string, value: string) {
  if (!value || /[\s,<&]/.test(value))
    throw new Error(`CAP ${what} must be non-empty, without spaces, commas, < or &: ${JSON.stringify(value)}`);
}

function reference(ref: CapReference, timeZone: string) {
  checkToken('reference sender', ref.sender);
  checkToken('reference identifier', ref.identifier);
  return `${ref.sender},${ref.identifier},${formatCapTime(ref.sent, timeZone)}`;
}

const coordinate = (n: number) => String(Number(n.toFixed(COORDINATE_DECIMALS)));

/** A GeoJSON ring as a CAP polygon: "lat,lon" pairs, at most 100, closed (first pair repeated last). */
export function capPolygon(ring: readonly LngLat[]): string {
  const pairs: string[] = [];
  for (const [lng, lat] of ring) {
    if (!(Math.abs(lat) <= 90 && Math.abs(lng) <= 180)) throw new Error(`Not a WGS84 position: [${lng}, ${lat}]`);
    const pair = `${coordinate(lat)},${coordinate(lng)}`;
    if (pair !== pairs.at(-1)) pairs.push(pair);
  }
  if (pairs.length > 1 && pairs[0] === pairs.at(-1)) pairs.pop();
  let points = pairs;
  if (points.length > MAX_POLYGON_POINTS - 1) {
    const step = points.length / (MAX_POLYGON_POINTS - 1);
    points = Array.from({ length: MAX_POLYGON_POINTS - 1 }, (_, i) => pairs[Math.floor(i * step)]);
  }
  if (new Set(points).size < 3) throw new Error('A CAP polygon needs at least three distinct points');
  return [...points, points[0]].join(' ');
}

function area(a: CapArea): XmlElement {
  return el(
    'area',
    el('areaDesc', a.areaDesc),
    ...(a.rings ?? []).map((ring) => el('polygon', capPolygon(ring))),
    ...(a.geocodes ?? []).map((g) => el('geocode', el('valueName', g.valueName), el('value', g.value))),
  );
}

function info(i: CapInfo, areas: readonly CapArea[], timeZone: string): XmlElement {
  if (i.web !== undefined && !URL.canParse(i.web)) throw new Error(`CAP web must be an absolute URL: ${i.web}`);
  return el(
    'info',
    el('language', i.language),
    ...(i.categories?.length ? i.categories : ['Safety']).map((c) => el('category', c)),
    el('event', i.event),
    ...(i.responseTypes ?? []).map((r) => el('responseType', r)),
    el('urgency', i.urgency),
    el('severity', i.severity),
    el('certainty', i.certainty),
    i.onset !== undefined && el('onset', formatCapTime(i.onset, timeZone)),
    el('expires', formatCapTime(i.expires, timeZone)),
    el('senderName', i.senderName),
    el('headline', i.headline),
    el('description', i.description),
    optional('instruction', i.instruction),
    optional('web', i.web),
    optional('contact', i.contact),
    ...areas.map(area),
  );
}

/** One alert message (an Alert, an Update of it, or its Cancel) as a CAP 1.2 XML document. */
export function toCapXml(input: CapAlertInput): string {
  const { timeZone } = input;
  if (!isTimeZone(timeZone)) throw new Error(`Unknown time zone: ${timeZone}`);
  checkToken('identifier', input.identifier);
  checkToken('sender', input.sender);
  if (input.msgType !== 'Alert' && !input.references?.length)
    throw new Error(`A CAP ${input.msgType} must reference the messages it follows`);
  if (!input.infos.length) throw new Error('A CAP alert needs at least one info block');
  if (new Set(input.infos.map((i) => i.language)).size !== input.infos.length) throw new Error('One info block per language');
  if (!input.areas.length) throw new Error('A CAP alert needs at least one area');
  for (const id of input.incidents ?? []) checkToken('incident', id);

  const root = el(
    'alert',
    el('identifier', input.identifier),
    el('sender', input.sender),
    el('sent', formatCapTime(input.sent, timeZone)),
    el('status', input.status ?? 'Actual'),
    el('msgType', input.msgType),
    el('scope', input.scope),
    input.scope === 'Restricted' && el('restriction', input.restriction),
    optional('note', input.note),
    !!input.references?.length && el('references', input.references.map((r) => reference(r, timeZone)).join(' ')),
    !!input.incidents?.length && el('incidents', input.incidents.join(' ')),
    ...input.infos.map((i) => info(i, input.areas, timeZone)),
  );
  return toXmlDocument({ ...root, attrs: { xmlns: CAP_NAMESPACE } });
}
