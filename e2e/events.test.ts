import assert from 'node:assert/strict';
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { EventsPage } from './pages/events-page';
import { browserTest } from './support/browser';
import { expectFitsAndAccessible } from './support/page-checks';
import { nextWinterMorning } from './support/pinned-clock';
import { PHONE, pinnedDemoNetwork } from './support/pinned-network';

/**
 * Events on phones, with the server's and the browsers' clocks at 10:15 in Minneapolis: an organiser
 * creates a training with one place → two visitors RSVP (the second is waitlisted) → the calendar
 * file is a valid iCalendar → at the door the organiser checks the first in, and the second checks in
 * on their own phone with the door's code.
 */
const T0 = nextWinterMorning();
const DAY = new Date(T0).toISOString().slice(0, 10);
const TITLE = 'Know your rights training';

const network = pinnedDemoNetwork(T0);

async function person(browser: Browser, demoMember?: string) {
  const who = await network.person(browser, PHONE, demoMember);
  return { ...who, events: new EventsPage(who.page) };
}

/** Unfolds an iCalendar text (RFC 5545 §3.1) after checking its line endings and folding. */
function icalLines(text: string): string[] {
  assert.ok(text.endsWith('\r\n'));
  assert.equal(text.replace(/\r\n/g, '').match(/[\r\n]/), null, 'CRLF only');
  for (const line of text.slice(0, -2).split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
  return text.slice(0, -2).replace(/\r\n /g, '').split('\r\n');
}

browserTest(
  'an organiser creates an event; two visitors RSVP on phones (one waitlisted); the .ics is valid; check-in works',
  async ({ browser }) => {
    const ayaan = await person(browser, 'Ayaan');
    await ayaan.events.openList(network.server().publicUrl);
    await ayaan.events.heading('Events').waitFor();
    await ayaan.events.event('March for our neighbours (demo)').waitFor();
    await expectFitsAndAccessible(ayaan.page, '/events');
    await ayaan.events.createEvent({
      title: TITLE,
      kind: 'Training',
      starts: `${DAY}T11:00`,
      ends: `${DAY}T13:00`,
      place: 'Brian Coyle Community Center, the big room',
      description: 'What to do if agents come to your door. Cards in four languages.',
      capacity: 1,
    });
    const id = ayaan.events.eventId();
    await ayaan.events.counts().getByText('Places left: 1').waitFor();
    await expectFitsAndAccessible(ayaan.page, '/events/:id as the organiser');
    await ayaan.events.screenshot('events-01-created-en-phone');

    // Two visitors, no account: the first gets the place, the second the waitlist.
    const hodan = await person(browser);
    await hodan.events.openEvent(network.server().publicUrl, id);
    await hodan.events.heading(TITLE).waitFor();
    await hodan.events.rsvpAsVisitor('Hodan', '612-555-0100');
    await hodan.events.rsvpSection().getByText("You're going.").waitFor();
    const xee = await person(browser);
    await xee.events.openEvent(network.server().publicUrl, id);
    await xee.events.counts().getByText('Places left: 0').waitFor();
    await xee.events.rsvpSection().getByText('All places are taken: you will join the waitlist.').waitFor();
    await xee.events.rsvpAsVisitor('Xee');
    await xee.events.rsvpSection().getByText("You're on the waitlist: number 1.").waitFor();
    await xee.events.counts().getByText('Waitlist: 1').waitFor();
    await expectFitsAndAccessible(xee.page, '/events/:id waitlisted');
    await xee.events.screenshot('events-02-waitlisted-en-phone');
    await xee.events.screenshotIn('so', 'events-03-waitlisted-so-phone', xee.events.heading(TITLE));

    // The phone remembers the RSVP; nobody else learns who is coming.
    await hodan.page.reload();
    await hodan.events.rsvpSection().getByText("You're going.").waitFor();
    const publicPage = await (await fetch(`${network.server().baseUrl}/api/events/${id}`)).text();
    assert.ok(!publicPage.includes('Hodan') && !publicPage.includes('Xee') && !publicPage.includes('612-555'));

    // "Add to calendar" downloads a valid calendar.
    const [download] = await Promise.all([hodan.page.waitForEvent('download'), hodan.events.calendarLink().click()]);
    const lines = icalLines(fs.readFileSync(await download.path(), 'utf8'));
    assert.deepEqual([lines[0], lines[1], lines.at(-1)], ['BEGIN:VCALENDAR', 'VERSION:2.0', 'END:VCALENDAR']);
    const props = new Map(lines.map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1)]));
    assert.equal(props.get('SUMMARY'), TITLE);
    assert.equal(props.get('DTSTART'), `${DAY.replaceAll('-', '')}T170000Z`, '11:00 in Minneapolis is 17:00 UTC');
    assert.equal(props.get('DTEND'), `${DAY.replaceAll('-', '')}T190000Z`);
    assert.equal(props.get('LOCATION'), 'Brian Coyle Community Center\\, the big room');
    assert.equal(props.get('STATUS'), 'CONFIRMED');
    assert.equal(props.get('UID'), `${id}@localhost`);
    assert.ok(!lines.some((l) => l.includes('Hodan')), 'no names in the calendar');

    // At the door: the organiser checks Hodan in from the list; Xee uses the code on her own phone.
    await ayaan.page.getByRole('link', { name: 'Check-in at the event' }).click();
    await ayaan.events.heading(`Check-in: ${TITLE}`).waitFor();
    const code = (await ayaan.events.doorCode().textContent()) ?? '';
    assert.match(code, /^\d{6}$/);
    await ayaan.events.searchDoor('hod');
    await ayaan.page.getByRole('button', { name: 'Check in Xee' }).waitFor({ state: 'detached' });
    await ayaan.events.checkIn('Hodan');
    await ayaan.page.getByText('Checked in: 1').waitFor();
    await ayaan.page.getByRole('button', { name: 'Undo the check-in of Hodan' }).waitFor();
    await ayaan.events.searchDoor('');
    await expectFitsAndAccessible(ayaan.page, '/events/:id/check-in as the organiser');
    await ayaan.events.screenshot('events-04-door-en-phone');

    await xee.events.openCheckIn(network.server().publicUrl, id);
    await xee.events.heading(`Check-in: ${TITLE}`).waitFor();
    await xee.events.selfCheckIn('000000' === code ? '111111' : '000000');
    await xee.page.getByText('That check-in code is not right. Ask at the door.').waitFor();
    await xee.events.selfCheckIn(code);
    await xee.page.getByText("You're checked in. Welcome!").waitFor();
    await expectFitsAndAccessible(xee.page, '/events/:id/check-in as an attendee');

    await ayaan.page.getByRole('button', { name: 'Refresh' }).click();
    await ayaan.page.getByText('Checked in: 2').waitFor();
    await ayaan.events.screenshotIn('so', 'events-05-door-so-phone', ayaan.page.getByText('La diiwaangeliyay: 2'));

    for (const p of [ayaan, hodan, xee]) {
      assert.deepEqual(p.requests.thirdParty(), []);
      assert.deepEqual(p.problems, []);
    }
  },
  { timeout: 240_000 },
);

browserTest('the events pages fit 360 px in Spanish, Somali and Hmong with no serious axe findings', async ({ browser }) => {
  const ayaan = await person(browser, 'Ayaan');
  await ayaan.events.openList(network.server().publicUrl);
  await ayaan.events.event('Know your rights training (demo)').getByRole('link').click();
  const id = ayaan.events.eventId();
  for (const lang of ['es', 'so', 'hmn']) {
    await ayaan.page.evaluate((l) => localStorage.setItem('whistle.lang', l), lang);
    for (const path of ['/events', `/events/${id}`, '/events/new', `/events/${id}/edit`, `/events/${id}/check-in`]) {
      await ayaan.page.goto(`${network.server().publicUrl}${path}`);
      await ayaan.page.getByRole('heading', { level: 1 }).waitFor();
      await ayaan.page.locator('main form, main article, main .door-code, main .details').first().waitFor();
      assert.equal(await ayaan.page.getAttribute('html', 'lang'), lang);
      await expectFitsAndAccessible(ayaan.page, `${path} in ${lang}`);
    }
  }
  assert.deepEqual(ayaan.problems, []);
});
