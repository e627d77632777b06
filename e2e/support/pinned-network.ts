import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { SignInPage } from '../pages/sign-in-page';
import { type RequestLog, recordRequests } from './browser';
import { watchPageProblems } from './page-checks';
import { serverClockFile } from './pinned-clock';
import { type ServerProcess, startWhistle } from './server';

export const PHONE = { width: 360, height: 740 };
export const LAPTOP = { width: 1280, height: 800 };
export type Viewport = typeof PHONE;

/** Someone at a browser: their page, what went wrong on it (console, CSP) and where it sent requests. */
export interface Person {
  page: Page;
  problems: string[];
  requests: RequestLog;
}

/**
 * The demo network for one test file, with the server's and the browsers' clocks pinned at `t0` in
 * Minneapolis: the server starts before the file's tests and stops after them. `person` opens a fresh
 * browser context (its own cookies and storage), signed in as a demo member when one is named.
 */
export function pinnedDemoNetwork(t0: number, env: Record<string, string> = {}) {
  const clock = serverClockFile(t0);
  let running: ServerProcess | undefined;
  before(async () => {
    running = await startWhistle({ env: { WHISTLE_CLOCK_FILE: clock.file, ...env } });
  });
  after(async () => {
    await running?.stop();
    clock.dispose();
  });

  const server = () => {
    if (!running) throw new Error('The server starts in before(): use it inside a test.');
    return running;
  };

  async function person(browser: Browser, viewport: Viewport, demoMember?: string): Promise<Person> {
    const context = await browser.newContext({ viewport, locale: 'en-US', timezoneId: 'America/Chicago' });
    await context.clock.install({ time: t0 });
    const page = await context.newPage();
    const who = { page, problems: watchPageProblems(page), requests: recordRequests(page) };
    if (demoMember) {
      const signIn = new SignInPage(page);
      await signIn.open(server().publicUrl);
      await signIn.demoSignIn(demoMember);
      await page.waitForURL((url) => url.pathname === '/');
    }
    return who;
  }

  return { server, clock, person };
}
