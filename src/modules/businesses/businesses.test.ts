import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DAY } from '../../core/clock';
import { purgeExpired } from '../../core/retention';
import { retentionRules } from '../../server';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { membersModule } from '../members';
import { importZones, readMinneapolisZones } from '../zones';
import type { PublicBusiness, ReviewedBusiness } from './contract';
import { seedDemoBusinesses } from './demo';

let t: TestApp;
let organiser: { id: string; cookie: string };
before(async () => {
  t = await createTestApp();
  await importZones(t.ctx, readMinneapolisZones());
  await membersModule.seedDemo?.(t.ctx);
  organiser = await t.signIn({ roles: ['organiser'] });
});
after(() => t.close());

type ErrorBody = { error: { code: string; field?: string } };
const CONTACT = 'Call Rosa on 612-555-0134';
/** A bakery on Lake Street, in East Phillips. */
const sample = (overrides: Record<string, unknown> = {}) => ({
  name: 'Panadería Test',
  kind: 'grocery',
  address: '1500 E Lake St',
  lat: 44.9485,
  lng: -93.2527,
  closing: true,
  sanctuary: true,
  offers: ['water', 'warmth'],
  hours: '7:00–19:00',
  publicConsent: true,
  contact: CONTACT,
  ...overrides,
});
const publicList = async () => {
  const res = await t.call('GET', '/api/businesses');
  const text = await res.text();
  return { text, businesses: (JSON.parse(text) as { businesses: PublicBusiness[] }).businesses };
};
const signUp = (body: unknown) => t.call('POST', '/api/businesses', { body });
const countRows = async () => (await t.db.selectFrom('business').select('id').execute()).length;

test('the demo has eight verified businesses on the public map, in Minneapolis neighbourhoods', async () => {
  await seedDemoBusinesses(t.ctx);
  await seedDemoBusinesses(t.ctx);
  assert.equal(await countRows(), 10, 'seeding twice adds nothing');
  const { businesses, text } = await publicList();
  assert.equal(businesses.length, 8);
  assert.ok(businesses.every((b) => b.demo && b.zone && b.name.includes('(demo)')));
  assert.ok(businesses.some((b) => b.zone?.name === 'Cedar-Riverside' && b.sanctuary && b.offers.includes('phone_charging')));
  assert.ok(!text.includes('Near North Barbers'), 'waiting for verification');
  assert.ok(!text.includes('Quiet Tailor'), 'did not consent to the map');
  assert.ok(!text.includes('Ask for the owner'), 'no contact');
});

test('a sign-up waits for an organiser; its contact is never public and reading it is audited', async () => {
  const res = await signUp(sample());
  assert.equal(res.status, 201);
  const { id, zone } = (await res.json()) as { id: string; zone: { name: string } };
  assert.equal(zone.name, 'East Phillips');
  assert.ok(!(await publicList()).businesses.some((b) => b.id === id), 'not public before verification');

  const review = await t.call('GET', '/api/businesses/review', { cookie: organiser.cookie });
  const listed = ((await review.json()) as { businesses: ReviewedBusiness[] }).businesses;
  assert.deepEqual(
    listed.filter((b) => b.id === id).map((b) => [b.verified, b.hasContact, b.publicConsent]),
    [[false, true, true]],
  );
  assert.ok(!JSON.stringify(listed).includes(CONTACT), 'the contact is read one business at a time');

  assert.equal((await t.call('POST', `/api/businesses/${id}/verify`, { cookie: organiser.cookie })).status, 200);
  const { businesses, text } = await publicList();
  const shown = businesses.find((b) => b.id === id);
  assert.deepEqual([shown?.lat, shown?.lng, shown?.closing, shown?.offers], [44.9485, -93.2527, true, ['water', 'warmth']]);
  assert.ok(!text.includes(CONTACT) && !text.includes('contact') && !text.includes('publicConsent'));

  const contact = await t.call('GET', `/api/businesses/${id}/contact`, { cookie: organiser.cookie });
  assert.deepEqual(await contact.json(), { contact: CONTACT });
  const audited = await t.db.selectFrom('auditLog').select('action').where('objectId', '=', id).execute();
  assert.deepEqual(audited.map((a) => a.action).sort(), ['business.contact_revealed', 'business.signed_up', 'business.verified']);

  const member = await t.signIn();
  for (const [method, path] of [
    ['GET', `/api/businesses/${id}/contact`],
    ['GET', '/api/businesses/review'],
    ['POST', `/api/businesses/${id}/verify`],
  ]) {
    assert.equal((await t.call(method, path)).status, 401, path);
    assert.equal((await t.call(method, path, { cookie: member.cookie })).status, 403, path);
  }
});

test('a verified business that did not consent stays off the public map; a removed one is gone', async () => {
  const res = await signUp(sample({ name: 'Private Shop', address: '1600 E Lake St', publicConsent: false }));
  const { id } = (await res.json()) as { id: string };
  await t.call('POST', `/api/businesses/${id}/verify`, { cookie: organiser.cookie });
  assert.ok(!(await publicList()).text.includes('Private Shop'));

  const listed = await signUp(sample({ name: 'Gone Soon', address: '1700 E Lake St' }));
  const gone = ((await listed.json()) as { id: string }).id;
  await t.call('POST', `/api/businesses/${gone}/verify`, { cookie: organiser.cookie });
  assert.ok((await publicList()).text.includes('Gone Soon'));
  assert.equal((await t.call('POST', `/api/businesses/${gone}/remove`, { cookie: organiser.cookie })).status, 200);
  assert.ok(!(await publicList()).text.includes('Gone Soon'));
  assert.equal((await t.call('POST', `/api/businesses/${gone}/remove`, { cookie: organiser.cookie })).status, 404);
});

test('bad sign-ups are refused with the field named, and write nothing', async () => {
  const before = await countRows();
  const cases: [Record<string, unknown>, number, string, string][] = [
    [{ closing: false, sanctuary: false }, 400, 'closing_or_sanctuary_required', 'closing'],
    [{ offers: [] }, 400, 'sanctuary_offer_required', 'offers'],
    [{ lat: 0, lng: 0 }, 400, 'outside_network', 'lat'],
    [{ lat: 200 }, 400, 'invalid_input', 'lat'],
    [{ kind: 'bank' }, 400, 'invalid_input', 'kind'],
    [{ offers: ['money'] }, 400, 'invalid_input', 'offers.0'],
    [{ name: 'X' }, 400, 'invalid_input', 'name'],
    [{ publicConsent: 'yes' }, 400, 'invalid_input', 'publicConsent'],
    [{ contact: 'x'.repeat(201) }, 400, 'invalid_input', 'contact'],
    [{ campaignId: 'no-such-campaign' }, 400, 'unknown_campaign', 'campaignId'],
    [{ name: 'mercado LAKE street (demo)', address: 'E Lake St near Bloomington Ave.' }, 409, 'business_exists', 'name'],
  ];
  for (const [overrides, status, code, field] of cases) {
    const res = await signUp(sample(overrides));
    assert.equal(res.status, status, JSON.stringify(overrides));
    assert.deepEqual(
      [(await res.json()) as ErrorBody].map((b) => [b.error.code, b.error.field]),
      [[code, field]],
    );
  }
  assert.equal(await countRows(), before);
});

test('sign-ups are rate-limited like sighting reports; reading the map is not', async () => {
  const limited = await createTestApp({ SIGNUP_RATE_LIMIT_PER_MINUTE: '2' });
  try {
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await limited.call('POST', '/api/businesses', { body: sample({ lat: 0, lng: 0 }) })).status);
    assert.deepEqual(statuses, [400, 400, 429]);
    assert.equal((await limited.call('GET', '/api/businesses')).status, 200);
  } finally {
    await limited.close();
  }
});

test('contacts are erased and unverified sign-ups deleted after their retention periods', async () => {
  const verified = ((await (await signUp(sample({ name: 'Kept Shop', address: '1800 E Lake St' }))).json()) as { id: string }).id;
  await t.call('POST', `/api/businesses/${verified}/verify`, { cookie: organiser.cookie });
  const waiting = ((await (await signUp(sample({ name: 'Never Checked', address: '1900 E Lake St' }))).json()) as { id: string }).id;
  const days = Math.max(t.config.retentionDays.business_contact, t.config.retentionDays.business_unverified);
  await purgeExpired(t.db, retentionRules, t.config, t.clock.now() + (days + 1) * DAY);
  const rows = await t.db.selectFrom('business').select(['id', 'contact']).where('id', 'in', [verified, waiting]).execute();
  assert.deepEqual(rows, [{ id: verified, contact: null }]);
});
