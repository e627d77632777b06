import { setTimeout as wait } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import { launchChromium } from '../e2e/support/browser';
import { type ServerProcess, startWhistle } from '../e2e/support/server';
import { syntheticIlrCsv } from '../src/modules/tracker/synthetic-csv';
import type { Section } from './support/section';

/**
 * First render of /tracker in Chromium with the CPU throttled 4× (CDP Emulation.setCPUThrottlingRate)
 * on a 360 px phone viewport, cold (a new browser context each run). Target: < 1 s at 10,000
 * actions. Baseline, in the same run: the same page on the demo network (31 actions). The server
 * sends one page of the table, the totals and map points grouped by cell, so the figures should not
 * grow with the number of actions.
 *
 * "First render" is from navigation start until the four figures and the first table row are on
 * screen (checked every animation frame, in the page); "map drawn" until the first map marker is.
 */

export interface TrackerPageBenchOptions {
  actions: number;
  repetitions: number;
}

const IMPORT_ROWS = 5000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** Imports `count` synthetic actions through the API, a file of 5,000 rows at a time. */
async function importActions(server: ServerProcess, count: number) {
  const headers = { 'content-type': 'application/json', origin: server.publicUrl, cookie: server.adminCookie ?? '' };
  for (let done = 0, file = 0; done < count; done += IMPORT_ROWS, file++) {
    const { csv } = syntheticIlrCsv({ rows: Math.min(IMPORT_ROWS, count - done), idPrefix: `P${file}-`, seed: file + 1 });
    const started = await fetch(`${server.baseUrl}/api/tracker/imports`, { method: 'POST', headers, body: JSON.stringify({ csv }) });
    let job = (await started.json()) as { id: string; state: string };
    while (job.state === 'running') {
      await wait(200);
      job = (await (await fetch(`${server.baseUrl}/api/tracker/imports/${job.id}`, { headers })).json()) as typeof job;
    }
    if (job.state !== 'done') throw new Error(`import ended ${job.state}`);
  }
}

interface Target {
  name: string;
  firstRender: number[];
  appStarted: number[];
  mapDrawn: number[];
}

/** Checked in the page every animation frame: when all of `selectors` first match, since navigation start. */
const shownAt = (page: Page, selectors: string[]) =>
  page
    .waitForFunction((all) => all.every((s) => document.querySelector(s)) && performance.now(), selectors, {
      polling: 'raf',
      timeout: 30_000,
    })
    .then(async (handle) => Number(await handle.jsonValue()));

async function measure(server: ServerProcess, target: { name: string; path: string }, repetitions: number, log: (line: string) => void) {
  const result: Target = { name: target.name, firstRender: [], appStarted: [], mapDrawn: [] };
  const tracker = target.path === '/tracker';
  const browser = await launchChromium();
  try {
    for (let r = 0; r < repetitions + 1; r++) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(`${server.publicUrl}${target.path}`, { waitUntil: 'commit' });
      // The four figures and the first table row; on the sign-in page (the app shell's floor), its heading.
      const first = await shownAt(page, tracker ? ['.totals-grid[aria-busy="false"]', '.tracker-table tbody tr'] : ['h1']);
      const map = tracker ? await shownAt(page, ['.tracker-map .tracker-cluster']) : Number.NaN;
      const started = await page.evaluate(
        () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
      );
      // The first run warms the server (statement caches, the built files in the OS cache); it is not counted.
      if (r > 0) {
        result.firstRender.push(first);
        result.appStarted.push(started);
        result.mapDrawn.push(map);
        log(
          `  ${target.name}, run ${r}: app started ${started.toFixed(0)} ms, first render ${first.toFixed(0)} ms, map ${map.toFixed(0)} ms`,
        );
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return result;
}

export async function benchTrackerPage(opts: TrackerPageBenchOptions, log: (line: string) => void): Promise<Section> {
  const targets: Target[] = [];
  const server = await startWhistle({ admin: true, demo: true, logLevel: 'error', databaseUrl: null });
  try {
    targets.push(await measure(server, { name: 'sign-in page (the app shell alone)', path: '/sign-in' }, opts.repetitions, log));
    targets.push(await measure(server, { name: 'tracker, demo network: 31 actions', path: '/tracker' }, opts.repetitions, log));
    log(`  tracker page: importing ${opts.actions} actions…`);
    await importActions(server, opts.actions);
    const name = `tracker, ${(opts.actions + 31).toLocaleString('en-US')} actions`;
    targets.push(await measure(server, { name, path: '/tracker' }, opts.repetitions, log));
  } finally {
    await server.stop();
  }
  const few = median(targets[1]?.firstRender ?? [Number.NaN]);
  const ms = (xs: number[]) => (xs.every(Number.isNaN) ? '–' : `${median(xs).toFixed(0)} (${xs.map((x) => x.toFixed(0)).join(', ')})`);
  const own = (t: Target) => t.firstRender.map((at, i) => at - (t.appStarted[i] ?? 0));
  const lines = [
    '| Page | first render ms | app started (DOMContentLoaded) ms | first render − app start ms | vs 31 actions | map drawn ms | under 1 s |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...targets.map(
      (t) =>
        `| ${t.name} | ${ms(t.firstRender)} | ${ms(t.appStarted)} | ${ms(own(t))} | ${(median(t.firstRender) / few).toFixed(2)}× | ${ms(t.mapDrawn)} | ${median(t.firstRender) < 1000 ? 'yes' : 'NO'} |`,
    ),
  ];
  return {
    title: 'Tracker page: first render on a 4× throttled CPU',
    notes: [
      'Chromium (Debian), headless, 360×740 viewport, CPU throttled 4× through CDP; server and browser on this machine, SQLite, production web build.',
      'Each run in a new browser context (nothing cached); one warm-up run first, not counted. Medians, runs in brackets. One server: measured with the demo network, then again after importing the actions through the API.',
      'First render: navigation start → the four figures and the first table row on screen (checked every frame in the page). App started: the main bundle has run (DOMContentLoaded); the sign-in page shows the floor every page shares. Map drawn: → the first map marker (Leaflet loads after the first render).',
    ],
    markdown: lines.join('\n'),
  };
}
