import { setTimeout as wait } from 'node:timers/promises';
import type { TestApp } from '../../test-support/test-app';
import type { TrackerActionInput } from './action-input';
import type { Action, ActionTotals, ImportJob } from './contract';

/** Helpers for the tracker's tests: a minimal action, importing through the API and reading back. */

/** An action with only what is required: a strike by Acme on January 23, no ID. */
export const BLANK_ACTION: Omit<TrackerActionInput, 'externalId'> = {
  employer: 'Acme',
  organisations: [],
  local: null,
  industry: null,
  bargainingUnitSize: null,
  locationCount: null,
  locations: [],
  participants: null,
  startDate: '2026-01-23',
  endDate: null,
  durationAmount: null,
  durationUnit: null,
  kind: 'strike',
  authorized: null,
  demands: [],
  sources: [],
  notes: null,
};

export async function json<T>(res: Response, status: number): Promise<T> {
  const body = await res.text();
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${body}`);
  return JSON.parse(body) as T;
}

/** Imports through POST /api/tracker/imports and polls the job, as the page does, until it ends. */
export async function importCsv(t: TestApp, cookie: string, csv: string): Promise<ImportJob> {
  let job = await json<ImportJob>(await t.call('POST', '/api/tracker/imports', { cookie, body: { csv } }), 202);
  while (job.state === 'running') {
    await wait(5);
    job = await json<ImportJob>(await t.call('GET', `/api/tracker/imports/${job.id}`, { cookie }), 200);
  }
  return job;
}

export const exportJson = async (t: TestApp, query = '') =>
  (await json<{ actions: Action[] }>(await t.call('GET', `/api/tracker/export.json${query}`), 200)).actions;

export const totals = async (t: TestApp, query = '') => json<ActionTotals>(await t.call('GET', `/api/tracker/totals${query}`), 200);

export const byExternalId = (actions: Action[]) => new Map(actions.map((a) => [a.externalId, a]));

/** Removes every action (between tests sharing one database). */
export async function clearActions(t: TestApp) {
  await t.db.deleteFrom('action').execute();
}
