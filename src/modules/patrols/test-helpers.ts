import assert from 'node:assert/strict';
import { DAY } from '../../core/clock';
import { localDateAt } from '../../core/local-time';
import type { Qualification } from '../../core/qualifications';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { recordQualification } from '../trainings';
import { importZones, readMinneapolisZones, zoneIdsBySlug } from '../zones';
import type { MySignup, SeriesInputFields, SeriesSaved, Site, SiteInputFields } from './contract';

export type Member = Awaited<ReturnType<TestApp['signIn']>>;

/** A test app with the Minneapolis zones and an organiser. */
export async function patrolsTestApp(t?: TestApp) {
  const app = t ?? (await createTestApp());
  await importZones(app.ctx, readMinneapolisZones());
  const ids = await zoneIdsBySlug(app.ctx, ['powderhorn-park', 'cedar-riverside', 'central']);
  const organiser = await app.signIn({ roles: ['organiser'], displayName: 'Organiser' });
  return {
    t: app,
    organiser,
    zones: { powderhorn: ids.get('powderhorn-park') ?? '', cedar: ids.get('cedar-riverside') ?? '', central: ids.get('central') ?? '' },
  };
}

export const today = (t: TestApp) => localDateAt(t.clock.now(), t.config.timeZone);

/** Answers `status` (else fails with the body) and returns the parsed JSON. */
export async function ok<T>(res: Response, status = 200): Promise<T> {
  assert.equal(res.status, status, await res.clone().text());
  return (await res.json()) as T;
}

/** A refused call's status and error. */
export async function refusal(res: Response) {
  const body = (await res.json()) as { error: { code: string; message: string; field?: string } };
  return { status: res.status, ...body.error };
}

export const siteInput = (zoneId: string, overrides: Partial<SiteInputFields> = {}): SiteInputFields => ({
  name: 'Anwatin school, main doors',
  kind: 'school',
  zoneId,
  point: { lat: 44.9484, lng: -93.2571 },
  notes: 'Public sidewalk only.',
  ...overrides,
});

export const makeSite = async (t: TestApp, as: Member, body: SiteInputFields) =>
  ok<Site>(await t.call('POST', '/api/patrols/sites', { cookie: as.cookie, body }), 201);

export const seriesInput = (t: TestApp, overrides: Partial<SeriesInputFields> = {}): SeriesInputFields => ({
  label: 'Drop-off',
  weekdays: [1, 2, 3, 4, 5],
  startTime: '07:30',
  endTime: '08:30',
  minPeople: 1,
  maxPeople: 3,
  requiredQualification: null,
  startsOn: today(t),
  endsOn: null,
  ...overrides,
});

export const makeSeries = async (t: TestApp, as: Member, siteId: string, body: SeriesInputFields) =>
  ok<SeriesSaved>(await t.call('POST', `/api/patrols/sites/${siteId}/series`, { cookie: as.cookie, body }), 201);

/** The series' shifts as stored, in time order. */
export const shiftsOf = (t: TestApp, seriesId: string) =>
  t.db.selectFrom('patrolShift').selectAll().where('seriesId', '=', seriesId).orderBy('startsAt').execute();

/** A site with one series; returns its first shift still to start. */
export async function aShift(t: TestApp, organiser: Member, zoneId: string, overrides: Partial<SeriesInputFields> = {}) {
  const site = await makeSite(t, organiser, siteInput(zoneId));
  const saved = await makeSeries(t, organiser, site.id, seriesInput(t, overrides));
  const shift = (await shiftsOf(t, saved.series.id)).find((s) => s.startsAt > t.clock.now());
  assert.ok(shift, 'the series has a shift to come');
  return { site, series: saved.series, shift };
}

export const signUpCall = (t: TestApp, as: Member, shiftId: string) =>
  t.call('POST', `/api/patrols/shifts/${shiftId}/signups`, { cookie: as.cookie });

export const signUp = async (t: TestApp, as: Member, shiftId: string) => ok<MySignup>(await signUpCall(t, as, shiftId), 201);

export const act = (t: TestApp, as: Member, signupId: string, action: string) =>
  t.call('POST', `/api/patrols/signups/${signupId}/${action}`, { cookie: as.cookie });

/** Records a qualification valid from a month ago until `expiresAt` (a year from now by default). */
export const qualify = (t: TestApp, member: Member, kind: Qualification, expiresAt = t.clock.now() + 365 * DAY) =>
  recordQualification(t.ctx, t.db, null, { memberId: member.id, kind, earnedAt: t.clock.now() - 30 * DAY, expiresAt, source: 'recorded' });
