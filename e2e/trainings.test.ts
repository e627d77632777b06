import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { TrainingsPage } from './pages/trainings-page';
import { browserTest } from './support/browser';
import { launchWithCamera, pictureAsVideo } from './support/fake-camera';
import { expectFitsAndAccessible } from './support/page-checks';
import { nextWinterMorning } from './support/pinned-clock';
import { LAPTOP, PHONE, pinnedDemoNetwork, type Viewport } from './support/pinned-network';

/**
 * Trainings, with the server's and the browsers' clocks at 10:15 in Minneapolis, when the demo's
 * legal observer training starts: the organiser cannot make Sam a responder yet → the trainer (on a
 * laptop) shows the attendance QR code → Sam's phone opens what the code says, as a camera app would
 * → Sam holds the legal observer qualification → now Sam can be made a responder.
 */
const T0 = nextWinterMorning();
const COURSE = 'Legal observer training (demo)';

const network = pinnedDemoNetwork(T0);

async function person(browser: Browser, viewport: Viewport, demoMember: string) {
  const who = await network.person(browser, viewport, demoMember);
  return { ...who, trainings: new TrainingsPage(who.page) };
}

browserTest(
  "the trainer shows a signed QR code; the attendee's phone opens it and gains the qualification the responder role needs",
  async ({ browser }) => {
    const url = network.server().publicUrl;
    const ayaan = await person(browser, LAPTOP, 'Ayaan');

    // Without the training, the responder role is refused, with what is needed and where to record it.
    const refused = await ayaan.trainings.giveRole(url, 'Sam', 'Responder');
    await refused.getByText(/needs a valid qualification from a training/).waitFor();
    await refused.getByRole('link', { name: 'See or record their qualifications' }).waitFor();
    await ayaan.trainings.screenshot('trainings-01-role-refused-en-laptop');

    // The trainer opens today's session and its attendance QR code.
    await ayaan.trainings.open(url);
    await ayaan.trainings.heading('Trainings').waitFor();
    await ayaan.trainings.session(COURSE).waitFor();
    await expectFitsAndAccessible(ayaan.page, '/trainings as the organiser');
    await ayaan.trainings.openSession(COURSE);
    await ayaan.trainings.openAttendance();
    await ayaan.page.getByText('Attended so far: 0').waitFor();
    await expectFitsAndAccessible(ayaan.page, 'the attendance QR code');
    await ayaan.trainings.screenshot('trainings-02-attendance-qr-en-laptop');
    const scanned = await ayaan.trainings.readQrCode();
    assert.match(scanned, new RegExp(`^${url}/trainings/attend#[\\w-]+\\.[0-9a-z]+\\.[\\w-]{43}$`));

    // Sam, on a phone, opens what the camera read.
    const sam = await person(browser, PHONE, 'Sam');
    await sam.trainings.open(url, '/mine');
    await sam.page.getByText('None yet. Attend a training to gain one.').waitFor();
    await sam.trainings.openFromCamera(scanned);
    await sam.page.getByText(`Welcome! Your attendance at ${COURSE} is recorded.`).waitFor();
    await sam.page.getByText(/^Qualification: Legal observer, valid until /).waitFor();
    assert.equal(new URL(sam.page.url()).hash, '', 'the token is wiped from the address bar');
    await expectFitsAndAccessible(sam.page, 'the attendance page on a phone');
    await sam.trainings.screenshot('trainings-03-attended-en-phone');

    // A second scan of the same code records nothing new.
    await sam.trainings.openFromCamera(scanned);
    await sam.page.getByText('Your attendance was already recorded.').waitFor();

    await sam.trainings.open(url, '/mine');
    const held = sam.page.getByRole('listitem').filter({ hasText: 'Legal observer' });
    await held.getByText('Valid', { exact: true }).waitFor();
    await expectFitsAndAccessible(sam.page, '/trainings/mine on a phone');
    await sam.trainings.screenshot('trainings-04-my-trainings-en-phone');
    await sam.trainings.screenshotIn('hmn', 'trainings-06-my-trainings-hmn-phone', sam.page.getByText('Siv tau', { exact: true }));

    // Hodan's phone cannot scan: she types the six digits shown under the code.
    const hodan = await person(browser, PHONE, 'Hodan');
    await hodan.trainings.open(url, '/scan');
    await hodan.trainings.typeCode(await ayaan.trainings.shortCode());
    await hodan.page.getByText(`Welcome! Your attendance at ${COURSE} is recorded.`).waitFor();

    // Grace's camera app does not read QR codes: the in-app scanner does, from the camera's picture of the screen.
    const video = pictureAsVideo(await ayaan.trainings.qrCodePicture());
    const cameraPhone = await launchWithCamera(video);
    try {
      const grace = await person(cameraPhone, PHONE, 'Grace');
      await grace.trainings.open(url, '/scan');
      await grace.trainings.scanWithCamera();
      await grace.page.getByText(`Welcome! Your attendance at ${COURSE} is recorded.`).waitFor();
      await grace.trainings.screenshot('trainings-05-scanned-in-app-en-phone');
      assert.deepEqual(grace.problems, []);
    } finally {
      await cameraPhone.close();
      fs.rmSync(path.dirname(video), { recursive: true, force: true });
    }

    // The trainer's count moves with the next code, and the page reads in Hmong too.
    await ayaan.page.reload();
    await ayaan.page.getByText('Attended so far: 3').waitFor();
    await ayaan.trainings.screenshotIn('hmn', 'trainings-07-attendance-qr-hmn-laptop', ayaan.page.getByText('Tau tuaj txog tam sim no: 3'));

    // Now the responder role can be given.
    const allowed = await ayaan.trainings.giveRole(url, 'Sam', 'Responder');
    await allowed.getByText('Roles saved.').waitFor();

    for (const who of [ayaan, sam, hodan]) {
      assert.deepEqual(who.problems, []);
      assert.deepEqual(who.requests.thirdParty(), []);
    }
  },
  { timeout: 240_000 },
);
