import fs from 'node:fs';
import { test } from 'node:test';
import { type Browser, type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';

/** Debian's Chromium unless CHROMIUM_PATH says otherwise; no browser is downloaded. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet, headless browser that makes no requests of its own (updates, sync, QUIC probes). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const chromiumAvailable = () => fs.existsSync(CHROMIUM_PATH);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

export interface BrowserFixture {
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

const missingNotice = () => `Chromium not found at ${CHROMIUM_PATH}; browser tests skipped (install it or set CHROMIUM_PATH)`;
let noticePrinted = false;

/**
 * A node:test test with a fresh browser, context and page, closed afterwards. Without Chromium the
 * test is skipped with a notice — except in CI (CI=true), where a missing browser fails the run.
 */
export function browserTest(name: string, fn: (fixture: BrowserFixture) => Promise<void>, opts: { timeout?: number } = {}) {
  const timeout = opts.timeout ?? 120_000;
  if (!chromiumAvailable()) {
    if (process.env.CI === 'true') {
      return test(name, { timeout }, () => {
        throw new Error(`Chromium not found at ${CHROMIUM_PATH}: CI must run the browser tests (apt-get install -y chromium)`);
      });
    }
    if (!noticePrinted) {
      noticePrinted = true;
      process.stderr.write(`${missingNotice()}\n`);
    }
    return test(name, { skip: missingNotice() });
  }
  return test(name, { timeout }, async () => {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      await fn({ browser, context, page });
    } finally {
      await browser.close();
    }
  });
}

export interface VirtualAuthenticator {
  cdp: CDPSession;
  authenticatorId: string;
  /** The passkeys it holds (resident keys created by the page). */
  credentials(): Promise<{ credentialId: string; rpId?: string; userHandle?: string; signCount: number }[]>;
  remove(): Promise<void>;
}

/**
 * A platform authenticator with user verification, as a phone with a screen lock would be:
 * registration and sign-in with passkeys work in the headless browser without a prompt.
 */
export async function addVirtualAuthenticator(page: Page): Promise<VirtualAuthenticator> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    cdp,
    authenticatorId,
    credentials: async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials,
    remove: async () => {
      await cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId });
    },
  };
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
/** Schemes that never leave the browser. */
const IN_BROWSER = new Set(['data:', 'blob:', 'about:', 'chrome:', 'chrome-extension:', 'devtools:']);

export function isLocalUrl(url: string): boolean {
  const u = new URL(url);
  return IN_BROWSER.has(u.protocol) || LOCAL_HOSTS.has(u.hostname);
}

export interface RequestLog {
  /** Every URL the pages and service workers of the context asked for, in order. */
  urls: string[];
  /** Those that went anywhere but this machine (R-WEB-1 wants none). */
  thirdParty(): string[];
  stop(): void;
}

/** Records every request of the page's browser context (its service workers' too) and the page's WebSockets. */
export function recordRequests(page: Page): RequestLog {
  const urls: string[] = [];
  const context = page.context();
  const onRequest = (req: { url(): string }) => urls.push(req.url());
  context.on('request', onRequest);
  page.on('websocket', onRequest);
  return {
    urls,
    thirdParty: () => urls.filter((u) => !isLocalUrl(u)),
    stop: () => {
      context.off('request', onRequest);
      page.off('websocket', onRequest);
    },
  };
}
