import assert from 'node:assert/strict';
import { AppShell } from './pages/app-shell';
import { browserTest } from './support/browser';
import { expectFitsAndAccessible } from './support/page-checks';
import { nextWinterMorning } from './support/pinned-clock';
import { LAPTOP, PHONE, pinnedDemoNetwork } from './support/pinned-network';

/**
 * An organiser may open two dozen pages: the main navigation folds them into groups (one row on a
 * laptop, a list on a phone); a visitor with a handful of public pages keeps the plain row.
 */
const network = pinnedDemoNetwork(nextWinterMorning());

browserTest('many pages fold into groups that open as menus; a few pages stay one row', async ({ browser }) => {
  const ayaan = await network.person(browser, LAPTOP, 'Ayaan');
  const shell = new AppShell(ayaan.page);
  const nav = ayaan.page.getByRole('navigation');
  const mobilise = nav.getByRole('button', { name: 'Mobilize' });
  await mobilise.waitFor();
  assert.equal(await shell.nav('Events').isVisible(), false, 'a closed group hides its links');
  await mobilise.click();
  assert.equal(await mobilise.getAttribute('aria-expanded'), 'true');
  await shell.nav('Events').waitFor();
  await shell.screenshot('nav-01-group-open-en-laptop');
  await ayaan.page.keyboard.press('Escape');
  await shell.nav('Events').waitFor({ state: 'hidden' });

  await shell.go('Events');
  await shell.heading('Events').waitFor();
  assert.equal(await shell.nav('Events').count(), 0, 'the group is closed again on the new page');
  await mobilise.click();
  assert.equal(await shell.nav('Events').getAttribute('aria-current'), 'page');
  await expectFitsAndAccessible(ayaan.page, 'the open navigation group');

  // A phone: Menu, then the group, then the page.
  const phone = await network.person(browser, PHONE, 'Ayaan');
  const phoneShell = new AppShell(phone.page);
  await phone.page.getByRole('button', { name: 'Menu' }).click();
  await phone.page.getByRole('button', { name: 'Aid and support' }).click();
  await phoneShell.nav('Funds').waitFor();
  await phoneShell.screenshot('nav-02-menu-group-open-en-phone');
  await expectFitsAndAccessible(phone.page, 'the open menu on a phone');

  // A visitor who is not signed in has a few public pages: no groups.
  const visitor = await network.person(browser, PHONE);
  await visitor.page.goto(`${network.server().publicUrl}/report`);
  await visitor.page.getByRole('button', { name: 'Menu' }).click();
  await new AppShell(visitor.page).nav('Events').waitFor();
  assert.equal(await visitor.page.getByRole('navigation').locator('.nav-group').count(), 0);
  for (const who of [ayaan, phone, visitor]) assert.deepEqual(who.problems, []);
});
