import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { AppShell } from './app-shell';

/** /trainings and its pages: sessions, the trainer's attendance QR code, My trainings, handouts. */
export class TrainingsPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async open(baseUrl: string, path = '') {
    await this.page.goto(`${baseUrl}/trainings${path}`);
  }

  session(courseTitle: string) {
    return this.page.getByRole('article', { name: courseTitle, exact: true });
  }

  async openSession(courseTitle: string) {
    await this.session(courseTitle).getByRole('link', { name: courseTitle, exact: true }).click();
    await this.heading(courseTitle).waitFor();
  }

  async openAttendance() {
    await this.page.getByRole('link', { name: 'Take attendance (QR code)' }).first().click();
    await this.qrCode().waitFor();
  }

  qrCode() {
    return this.page.getByRole('img', { name: /^QR code to record attendance/ });
  }

  /** The QR code as the screen shows it (PNG). */
  qrCodePicture(): Promise<Buffer> {
    return this.qrCode().screenshot();
  }

  /** What a phone's camera would read: a screenshot of the QR code, decoded in Node. */
  async readQrCode(): Promise<string> {
    const png = PNG.sync.read(await this.qrCodePicture());
    const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    if (!found) throw new Error('No QR code could be read from the screenshot');
    return found.data;
  }

  /** Opens a URL as a phone's camera app does: a fresh load of the address, fragment and all (not a jump within the page). */
  async openFromCamera(url: string) {
    await this.page.goto('about:blank');
    await this.page.goto(url);
  }

  /** The six digits shown under the QR code, for phones that cannot scan. */
  async shortCode(): Promise<string> {
    return (await this.page.getByText(/^\d{6}$/).textContent()) ?? '';
  }

  /** On /trainings/scan: types the short code of the (only) session taking attendance. */
  async typeCode(code: string) {
    await this.page.getByLabel('Code', { exact: true }).fill(code);
    await this.page.getByRole('button', { name: 'Record my attendance' }).click();
  }

  async scanWithCamera() {
    await this.page.getByRole('button', { name: 'Start the camera' }).click();
  }

  /** On /members: ticks a role for a member and saves; the caller checks what happened. */
  async giveRole(baseUrl: string, memberName: string, role: string) {
    await this.page.goto(`${baseUrl}/members`);
    const card = this.page.getByRole('article', { name: new RegExp(`^${memberName}`) });
    await card.getByRole('button', { name: new RegExp(`^Manage ${memberName}`) }).click();
    await card.getByRole('checkbox', { name: role, exact: true }).check();
    await card.getByRole('button', { name: new RegExp(`^Save roles of ${memberName}`) }).click();
    return card;
  }
}
