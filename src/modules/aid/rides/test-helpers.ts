import assert from 'node:assert/strict';
import type { TestApp } from '../../../test-support/test-app';
import { importZones, readMinneapolisZones } from '../../zones';
import type { Availability, NewDriver, NewRider, RiderLink, WeekView } from './contract';
import { addDays, weekOf } from './week';

export type Member = Awaited<ReturnType<TestApp['signIn']>>;

/** The Minneapolis neighbourhoods, which every place here must fall in. */
export const withZones = (t: TestApp) => importZones(t.ctx, readMinneapolisZones());

/** Next week's Monday by the test clock (a week not over, with every day ahead). */
export const nextWeek = (t: TestApp) => addDays(weekOf(t.clock.now(), t.config.timeZone), 7);

/** Jordan (North Minneapolis) to the North Loop, weekday mornings. */
export const driverInput = (over: Partial<NewDriver> = {}): NewDriver => ({
  firstName: 'Tou',
  seats: 2,
  weekdays: [1, 2, 3, 4, 5],
  departFrom: '06:30',
  departTo: '07:15',
  start: { lat: 45.0044, lng: -93.3057 },
  end: { lat: 44.9833, lng: -93.2779 },
  vehicleNote: 'Silver minivan',
  ...over,
});

/** Picked up in Jordan, due in the North Loop by 7:30. */
export const riderInput = (over: Partial<NewRider> = {}): NewRider => ({
  firstName: 'Pa Houa',
  language: 'hmn',
  pickupAddress: '1234 Canary Ave N',
  pickup: { lat: 45.002, lng: -93.3 },
  destinationAddress: 'Canary Works, loading dock',
  destination: { lat: 44.986, lng: -93.276 },
  weekdays: [1, 2, 3, 4, 5],
  timeKind: 'arrive_by',
  time: '07:30',
  forSelf: false,
  ...over,
});

async function expectJson<T>(res: Response, status: number): Promise<T> {
  assert.equal(res.status, status, await res.clone().text());
  return (await res.json()) as T;
}

export const offerRides = async (t: TestApp, driver: Member, over: Partial<NewDriver> = {}) =>
  expectJson<Availability>(await t.call('POST', '/api/rides/drivers', { cookie: driver.cookie, body: driverInput(over) }), 201);

export const registerRider = async (t: TestApp, by: Member, over: Partial<NewRider> = {}) =>
  expectJson<RiderLink>(await t.call('POST', '/api/rides/riders', { cookie: by.cookie, body: riderInput(over) }), 201);

export const runWeek = async (t: TestApp, organiser: Member, week: string) =>
  expectJson<WeekView>(await t.call('POST', `/api/rides/weeks/${week}/run`, { cookie: organiser.cookie }), 200);

export async function publishWeek(t: TestApp, organiser: Member, week: string, runId: string) {
  return expectJson<WeekView>(await t.call('POST', `/api/rides/weeks/${week}/publish`, { cookie: organiser.cookie, body: { runId } }), 200);
}

/** Runs the week and publishes the draft. */
export async function runAndPublish(t: TestApp, organiser: Member, week: string) {
  const draft = (await runWeek(t, organiser, week)).draft;
  assert.ok(draft);
  return publishWeek(t, organiser, week, draft.runId);
}

export const call = async <T>(t: TestApp, method: string, path: string, opts: { cookie?: string; body?: unknown } = {}, status = 200) =>
  expectJson<T>(await t.call(method, path, opts), status);

export const errorCode = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;
