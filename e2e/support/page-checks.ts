import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core's serious and critical findings on the page as it is now (WCAG 2.2 A/AA). */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, so the page's CSP does not block axe itself.
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations;
  })) as { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/** No serious axe finding, and nothing wider than the screen (a 360 px phone must not scroll sideways). */
export async function expectFitsAndAccessible(page: Page, where: string) {
  assert.deepEqual(await seriousAccessibilityViolations(page), [], `axe found serious problems on ${where}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${where} scrolls sideways by ${overflow}px`);
}

/**
 * Collects what the browser complains about: uncaught errors, and console messages about the
 * Content Security Policy or Trusted Types (R-WEB-1). Failed loads (a 401 while signed out) are normal.
 */
export function watchPageProblems(page: Page) {
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    const text = msg.text();
    if (/Content Security Policy|Trusted ?Type|Refused to/i.test(text)) problems.push(`console: ${text}`);
  });
  return problems;
}

/** True when nothing written by the page is left: storage, IndexedDB, caches (R-DEV-1). */
export async function deviceProbe(page: Page) {
  return page.evaluate(async () => ({
    localStorage: localStorage.getItem('probe'),
    sessionStorage: sessionStorage.getItem('probe'),
    indexedDB: (await indexedDB.databases()).some((d) => d.name === 'probe-db'),
    caches: (await caches.keys()).includes('probe-cache'),
  }));
}

export async function leaveDeviceTraces(page: Page) {
  await page.evaluate(async () => {
    localStorage.setItem('probe', 'secret');
    sessionStorage.setItem('probe', 'secret');
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open('probe-db', 1);
      req.onupgradeneeded = () => req.result.createObjectStore('things');
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    await (await caches.open('probe-cache')).put('/probe', new Response('secret'));
  });
}
