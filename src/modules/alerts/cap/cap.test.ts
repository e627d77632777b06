import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readMinneapolisZones } from '../../zones';
import { capLanguage, capPolygon, capSender, toCapXml } from './cap';
import { fixture, validateCap } from './test-helpers';
import type { CapAlertInput, CapInfo, LngLat } from './types';

const SENT = Date.parse('2026-01-23T16:15:00Z');
const MINUTE = 60_000;
const ALERT_ID = '019bec1e-2f00-7000-8000-00000000a1e7';
const SENDER = capSender('https://whistle.example.org');

/** The outer ring of a real neighbourhood from the demo data. */
function zoneRing(name: string): LngLat[] {
  const { features } = readMinneapolisZones() as {
    features: { properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }[];
  };
  const feature = features.find((f) => Object.values(f.properties).includes(name));
  assert.ok(feature, name);
  const { type, coordinates } = feature.geometry;
  return (type === 'Polygon' ? (coordinates as LngLat[][])[0] : (coordinates as LngLat[][][])[0][0]) as LngLat[];
}

const TEXT: Record<'en' | 'es' | 'so' | 'hmn', Pick<CapInfo, 'event' | 'headline' | 'description' | 'instruction'>> = {
  en: {
    event: 'Immigration enforcement activity',
    headline: 'Verified: agents stopping people near Powderhorn Park',
    description: '4 agents, 2 vehicles. Seen 10:10.',
    instruction: 'Know your rights: you may stay silent. Observe from a safe distance.',
  },
  es: {
    event: 'Actividad de control migratorio',
    headline: 'Verificado: agentes deteniendo a personas cerca de Powderhorn Park',
    description: '4 agentes, 2 vehículos. Visto a las 10:10.',
    instruction: 'Conozca sus derechos: puede guardar silencio.',
  },
  so: {
    event: 'Howlgal socdaalka',
    headline: 'La xaqiijiyay: sarakiil dadka joojinaya agagaarka Powderhorn Park',
    description: '4 sarakiil, 2 gaari.',
    instruction: 'Ogow xuquuqdaada: waad aamusi kartaa.',
  },
  hmn: {
    event: 'Kev tub ceev xwm nkag tebchaws',
    headline: 'Muaj tseeb: tub ceev xwm nres neeg ze Powderhorn Park',
    description: '4 tus tub ceev xwm, 2 lub tsheb.',
    instruction: 'Paub koj txoj cai: koj muaj cai nyob twj ywm.',
  },
};

function alert(over: Partial<CapAlertInput> = {}, sent = SENT): CapAlertInput {
  const infos = (['en', 'es', 'so', 'hmn'] as const).map(
    (lang): CapInfo => ({
      language: capLanguage(lang),
      ...TEXT[lang],
      urgency: 'Immediate',
      severity: 'Severe',
      certainty: 'Observed',
      responseTypes: ['Monitor'],
      onset: sent - 5 * MINUTE,
      expires: sent + 120 * MINUTE,
      senderName: 'Whistle Minneapolis',
      web: `https://whistle.example.org/alerts/${ALERT_ID}`,
    }),
  );
  return {
    identifier: ALERT_ID,
    sender: SENDER,
    sent,
    msgType: 'Alert',
    scope: 'Restricted',
    restriction: 'For members of the Whistle Minneapolis network.',
    incidents: ['019bec1d-0000-7000-8000-0000000000aa'],
    infos,
    areas: [
      {
        areaDesc: 'Powderhorn Park',
        rings: [zoneRing('Powderhorn Park')],
        geocodes: [{ valueName: 'whistle:zone', value: 'powderhorn-park' }],
      },
    ],
    timeZone: 'America/Chicago',
    ...over,
  } as CapAlertInput;
}

async function assertValid(xml: string) {
  const result = await validateCap(xml);
  assert.ok(result.valid, result.errors.map((e) => e.message).join('\n'));
}

test('the CAP 1.2 schema accepts the sample alerts and rejects invalid.cap (so validation is real)', async () => {
  assert.ok((await validateCap(fixture('australia.cap'))).valid);
  assert.ok((await validateCap(fixture('canada.cap'))).valid);
  const invalid = await validateCap(fixture('invalid.cap'));
  assert.equal(invalid.valid, false);
  assert.match(invalid.errors.map((e) => e.message).join(' '), /scope/);
});

test('an alert in all four languages validates, with times in Chicago winter time', async () => {
  const xml = toCapXml(alert());
  await assertValid(xml);
  assert.match(xml, /<sent>2026-01-23T10:15:00-06:00<\/sent>/);
  assert.match(xml, /<onset>2026-01-23T10:10:00-06:00<\/onset>/);
  assert.match(xml, /<expires>2026-01-23T12:15:00-06:00<\/expires>/);
  for (const lang of ['en-US', 'es-US', 'so', 'hmn']) assert.match(xml, new RegExp(`<language>${lang}</language>`));
  assert.equal(xml.match(/<info>/g)?.length, 4);
  assert.equal(xml.match(/<area>/g)?.length, 4, 'each language repeats the area');
  assert.match(xml, /<scope>Restricted<\/scope>\s*<restriction>For members/);
  assert.match(xml, /<certainty>Observed<\/certainty>/);
  const times = [...xml.matchAll(/<(sent|onset|expires)>([^<]*)</g)].map((m) => m[2]);
  assert.equal(times.length, 9);
  for (const time of times) assert.match(time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d-06:00$/, 'no Z, no milliseconds');
  const withZ = xml.replace('<sent>2026-01-23T10:15:00-06:00</sent>', '<sent>2026-01-23T16:15:00Z</sent>');
  assert.equal((await validateCap(withZ)).valid, false, 'the schema itself refuses a Z time');
});

test('an update in summer references the earlier message, with -05:00 times', async () => {
  const summer = Date.parse('2026-07-04T16:15:00Z');
  const xml = toCapXml(
    alert(
      {
        identifier: '019bec1e-2f00-7000-8000-00000000b2e8',
        msgType: 'Update',
        references: [{ sender: SENDER, identifier: ALERT_ID, sent: summer - 30 * MINUTE }],
      },
      summer,
    ),
  );
  await assertValid(xml);
  assert.match(xml, /<sent>2026-07-04T11:15:00-05:00<\/sent>/);
  assert.match(xml, new RegExp(`<references>${SENDER},${ALERT_ID},2026-07-04T10:45:00-05:00</references>`));
});

test('a cancel, a public one, and one with every optional part left out all validate', async () => {
  const cancel = alert({
    identifier: 'cancel-1',
    msgType: 'Cancel',
    note: 'Cancelled by a verifier: it was a false alarm.',
    references: [
      { sender: SENDER, identifier: ALERT_ID, sent: SENT - 60 * MINUTE },
      { sender: SENDER, identifier: 'update-1', sent: SENT - 30 * MINUTE },
    ],
  });
  await assertValid(toCapXml(cancel));
  assert.match(toCapXml(cancel), /<references>\S+ \S+<\/references>/);
  const publicAlert = toCapXml({ ...alert(), scope: 'Public', status: 'Exercise' } as CapAlertInput);
  await assertValid(publicAlert);
  assert.doesNotMatch(publicAlert, /<restriction>/);
  const bare = alert({ incidents: undefined, areas: [{ areaDesc: 'Powderhorn Park' }] });
  bare.infos = bare.infos.map(({ instruction, web, onset, responseTypes, ...rest }) => rest);
  await assertValid(toCapXml(bare));
});

test('text is escaped and characters XML cannot carry are dropped', async () => {
  const input = alert();
  input.infos = input.infos.map((i) => ({
    ...i,
    headline: 'Agents <script>alert(1)</script> & "friends" \u0007at the corner',
    description: "It's\u0000 here\uD800",
  }));
  const xml = toCapXml(input);
  await assertValid(xml);
  assert.match(xml, /<headline>Agents &lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &quot;friends&quot; at the corner<\/headline>/);
  assert.match(xml, /<description>It&apos;s here<\/description>/);
});

test('zone outlines become closed CAP polygons of at most 100 "lat,lon" points', () => {
  const square: LngLat[] = [
    [-93.25, 44.94],
    [-93.24, 44.94],
    [-93.24, 44.95],
    [-93.25, 44.95],
    [-93.25, 44.94],
  ];
  assert.equal(capPolygon(square), '44.94,-93.25 44.94,-93.24 44.95,-93.24 44.95,-93.25 44.94,-93.25');
  assert.equal(
    capPolygon(square.slice(0, 4)),
    '44.94,-93.25 44.94,-93.24 44.95,-93.24 44.95,-93.25 44.94,-93.25',
    'an open ring is closed',
  );
  const detailed = capPolygon(zoneRing('Powderhorn Park')).split(' ');
  assert.ok(detailed.length >= 4 && detailed.length <= 100);
  assert.equal(detailed[0], detailed.at(-1));
  for (const pair of detailed) assert.match(pair, /^44\.9\d*,-93\.2\d*$/, 'latitude first, four decimals at most');
  const circle = Array.from({ length: 500 }, (_, i): LngLat => [-93.25 + 0.01 * Math.cos(i / 80), 44.94 + 0.01 * Math.sin(i / 80)]);
  const thinned = capPolygon(circle).split(' ');
  assert.equal(thinned.length, 100);
  assert.equal(thinned[0], '44.94,-93.24');
  assert.throws(
    () =>
      capPolygon([
        [-93.25, 44.94],
        [-93.25, 44.94],
        [-93.24, 44.94],
      ]),
    /three distinct/,
  );
  assert.throws(
    () =>
      capPolygon([
        [44.94, -193.25],
        [1, 1],
        [2, 2],
      ]),
    /WGS84/,
  );
});

test('messages CAP forbids are refused before they are written', () => {
  assert.throws(() => toCapXml(alert({ msgType: 'Update' })), /reference/);
  assert.throws(() => toCapXml(alert({ identifier: 'has space' })), /identifier/);
  assert.throws(() => toCapXml(alert({ sender: 'a,b' })), /sender/);
  assert.throws(() => toCapXml(alert({ timeZone: 'Mars/Olympus' })), /time zone/);
  assert.throws(() => toCapXml(alert({ areas: [] })), /area/);
  assert.throws(() => toCapXml(alert({ infos: [] })), /info/);
  const twice = alert();
  assert.throws(() => toCapXml({ ...twice, infos: [twice.infos[0], twice.infos[0]] }), /language/);
});
