import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameBasedUuid, toAtomFeed, uuidFromUrl } from './atom';
import { validateAtom } from './test-helpers';
import type { AtomFeedInput } from './types';

const NOW = Date.parse('2026-01-23T16:15:00Z');
const ORIGIN = 'https://whistle.example.org';
const ids = ['019bec1e-2f00-7000-8000-00000000a1e7', '019bec1e-3000-7000-8000-00000000a1e8'];

function feed(over: Partial<AtomFeedInput> = {}): AtomFeedInput {
  return {
    title: 'Whistle Minneapolis: active alerts',
    selfUrl: `${ORIGIN}/api/alerts/feed.atom`,
    siteUrl: ORIGIN,
    author: 'Whistle Minneapolis',
    updated: NOW,
    timeZone: 'America/Chicago',
    entries: ids.map((id, n) => ({
      id,
      title: `Verified activity near zone ${n} <"&">`,
      summary: 'Agents seen. Know your rights.',
      published: NOW - (n + 1) * 600_000,
      updated: NOW - n * 60_000,
      capUrl: `${ORIGIN}/api/alerts/${id}/cap.xml`,
      pageUrl: `${ORIGIN}/alerts/${id}`,
    })),
    ...over,
  };
}

async function assertValid(xml: string) {
  const result = await validateAtom(xml);
  assert.ok(result.valid, result.errors.map((e) => e.message).join('\n'));
}

test('the feed is valid Atom 1.0 with an entry per alert, each linking to its CAP message', async () => {
  const xml = toAtomFeed(feed());
  await assertValid(xml);
  assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
  assert.match(xml, new RegExp(`<id>urn:uuid:${uuidFromUrl(`${ORIGIN}/api/alerts/feed.atom`)}</id>`));
  assert.match(xml, /<updated>2026-01-23T10:15:00-06:00<\/updated>/);
  assert.match(xml, /<link rel="self" type="application\/atom\+xml" href="https:\/\/whistle\.example\.org\/api\/alerts\/feed\.atom"\/>/);
  assert.equal(xml.match(/<entry>/g)?.length, 2);
  for (const id of ids) {
    assert.match(xml, new RegExp(`<id>urn:uuid:${id}</id>`));
    assert.match(xml, new RegExp(`<link rel="alternate" type="application/cap\\+xml" href="${ORIGIN}/api/alerts/${id}/cap.xml"/>`));
  }
  assert.match(xml, /<title>Verified activity near zone 0 &lt;&quot;&amp;&quot;&gt;<\/title>/);
});

test('an empty feed is still valid, and the schema catches what Atom forbids', async () => {
  await assertValid(toAtomFeed(feed({ entries: [] })));
  const valid = toAtomFeed(feed());
  const broken = [
    valid.replace(/<author>[\s\S]*?<\/author>/, ''),
    valid.replace('-06:00</updated>', '</updated>'),
    valid.replace(/<link rel="alternate" type="application\/cap\+xml"[^>]*\/>/g, '').replace(/<link rel="related"[^>]*\/>/g, ''),
  ];
  for (const xml of broken) assert.equal((await validateAtom(xml)).valid, false);
});

test('the feed id is the same for the same address and differs for another; entry ids must be UUIDs', () => {
  assert.equal(uuidFromUrl('https://a.example/feed'), uuidFromUrl('https://a.example/feed'));
  assert.notEqual(uuidFromUrl('https://a.example/feed'), uuidFromUrl('https://b.example/feed'));
  assert.equal(
    uuidFromUrl('https://a.example/feed'),
    'bc711f6f-5798-5509-9537-cf69c77dd64c',
    "as Python's uuid.uuid5(NAMESPACE_URL, …) gives",
  );
  // RFC 9562 Appendix A.4's example of a version 5 UUID.
  assert.equal(nameBasedUuid('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com'), '2ed6657d-e927-568b-95e1-2665a8aea6a2');
  const [first] = feed().entries;
  assert.throws(() => toAtomFeed(feed({ entries: [{ ...first, id: 'not-a-uuid' }] })), /UUID/);
  assert.throws(() => toAtomFeed(feed({ entries: [{ ...first, capUrl: '/relative.xml' }] })), /absolute/);
});
