import assert from 'node:assert/strict';
import type { TestApp } from '../../test-support/test-app';
import { importZones, readMinneapolisZones, zoneIdsBySlug } from '../zones';
import type { AidTaskDetail, NewAidRequest } from './contract';

export type Member = Awaited<ReturnType<TestApp['signIn']>>;

/** The Minneapolis zones, imported as the demo does (a test app starts with none). */
export async function importDemoZones(t: TestApp) {
  await importZones(t.ctx, readMinneapolisZones());
  const ids = await zoneIdsBySlug(t.ctx, ['powderhorn-park', 'central', 'cedar-riverside']);
  return { powderhorn: ids.get('powderhorn-park') ?? '', central: ids.get('central') ?? '', cedar: ids.get('cedar-riverside') ?? '' };
}

/** A point in Powderhorn Park. */
export const POWDERHORN_POINT = { lat: 44.941, lng: -93.248 };

/** A grocery request with a point in Powderhorn Park; override what a test is about. */
export const groceries = (overrides: Partial<NewAidRequest> = {}): NewAidRequest => ({
  kind: 'groceries',
  point: POWDERHORN_POINT,
  address: 'E 35th St near 15th Ave S',
  contact: '612-555-0100',
  details: 'Rice, beans, milk.',
  privateNotes: '',
  languages: ['es'],
  ...overrides,
});

export async function file(t: TestApp, as: Member, input: NewAidRequest) {
  const res = await t.call('POST', '/api/aid/requests', { cookie: as.cookie, body: input });
  assert.equal(res.status, 201, await res.clone().text());
  return (await res.json()) as { request: AidTaskDetail; receiptToken: string | null };
}

/** A request step (claim, claim/confirm, done…) that must succeed. */
export async function step(t: TestApp, as: Member, id: string, path: string) {
  const res = await t.call('POST', `/api/aid/requests/${id}/${path}`, { cookie: as.cookie });
  assert.equal(res.status, 200, `${path}: ${await res.clone().text()}`);
  return (await res.json()) as AidTaskDetail;
}

/** The error code of a refused call. */
export async function refusal(res: Response) {
  return { status: res.status, code: ((await res.json()) as { error: { code: string } }).error.code };
}
