import type { Page } from 'playwright-core';
import { AppShell } from './app-shell';

/** /zones — the map of neighbourhoods and the accessible list beside it. */
export class ZonesPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  zone(name: string) {
    return this.page.getByRole('checkbox', { name, exact: true });
  }

  async filter(text: string) {
    await this.page.getByLabel(/Find a zone|Buscar una zona/).fill(text);
  }

  /** Clicks the middle of the map: a neighbourhood polygon lies under it in any city. */
  async clickMapCentre() {
    const map = this.page.locator('.leaflet-container');
    await map.waitFor();
    await this.page.locator('path.leaflet-interactive').first().waitFor();
    const box = await map.boundingBox();
    if (!box) throw new Error('the map has no size');
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  async save() {
    await this.page.getByRole('button', { name: /Save my zones|Guardar mis zonas/ }).click();
  }
}
