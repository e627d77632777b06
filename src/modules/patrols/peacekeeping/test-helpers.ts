import assert from 'node:assert/strict';
import { DAY, HOUR } from '../../../core/clock';
import type { TestApp } from '../../../test-support/test-app';
import { recordQualification } from '../../trainings';
import type { MyPost, PlanView, PostInput } from './contract';

export type Member = Awaited<ReturnType<TestApp['signIn']>>;

/** A march two days after the test clock's now, made through the events API as an organiser would. */
export async function createMarch(t: TestApp, organiser: Member, overrides: { startsAt?: number; hours?: number; kind?: string } = {}) {
  const startsAt = overrides.startsAt ?? t.clock.now() + 2 * DAY;
  const res = await t.call('POST', '/api/events', {
    cookie: organiser.cookie,
    body: {
      title: 'March for our neighbours',
      kind: overrides.kind ?? 'march',
      startsAt,
      endsAt: startsAt + (overrides.hours ?? 3) * HOUR,
      place: 'Powderhorn Park, south entrance',
    },
  });
  assert.equal(res.status, 201, await res.clone().text());
  return (await res.json()) as { id: string; startsAt: number; endsAt: number };
}

/** A peacekeeper qualification earned a month ago, valid until `expiresAt` (a year by default). */
export async function qualify(
  t: TestApp,
  memberId: string,
  expiresAt = t.clock.now() + 365 * DAY,
  kind: 'peacekeeper' | 'legal_observer' = 'peacekeeper',
) {
  await recordQualification(t.ctx, t.db, null, { memberId, kind, earnedAt: t.clock.now() - 30 * DAY, expiresAt, source: 'recorded' });
}

/** Calls that must succeed, returning their JSON. */
export async function ok<T>(res: Response | Promise<Response>, status = 200): Promise<T> {
  const r = await res;
  assert.equal(r.status, status, await r.clone().text());
  return (await r.json()) as T;
}

/** The error of a refused call. */
export async function refusal(res: Response | Promise<Response>) {
  const r = await res;
  const body = (await r.json()) as { error: { code: string; message: string; field?: string } };
  return { status: r.status, code: body.error.code, message: body.error.message, field: body.error.field };
}

export const post = (overrides: Partial<PostInput> = {}): PostInput => ({
  kind: 'crossing',
  label: 'Lake St & Chicago Ave crossing',
  instructions: 'Hold the crossing until the tail has passed.',
  needed: 2,
  radioChannel: 'Channel 3',
  point: { lat: 44.9484, lng: -93.2625 },
  ...overrides,
});

/** A march with a plan (800 expected, one per 50) and the given posts. */
export async function marchWithPlan(
  t: TestApp,
  organiser: Member,
  posts: PostInput[] = [post()],
  march?: { startsAt?: number; hours?: number },
) {
  const event = await createMarch(t, organiser, march);
  let view = await ok<PlanView>(
    t.call('PUT', `/api/marshals/events/${event.id}`, {
      cookie: organiser.cookie,
      body: { expectedCrowd: 800, ratio: 50, contactLines: ['Legal hotline 612-555-0142'] },
    }),
  );
  for (const p of posts)
    view = await ok<PlanView>(t.call('POST', `/api/marshals/plans/${view.plan?.id}/posts`, { cookie: organiser.cookie, body: p }), 201);
  return { event, view, planId: view.plan?.id ?? '', postIds: view.posts.map((p) => p.id) };
}

export const assign = (t: TestApp, organiser: Member, postId: string, memberId: string) =>
  t.call('POST', `/api/marshals/posts/${postId}/assignments`, { cookie: organiser.cookie, body: { memberId } });

/** The member's own post at the plan's event, from "My marshal posts". */
export async function myPostAt(t: TestApp, marshal: Member, eventId: string): Promise<MyPost> {
  const mine = await ok<{ posts: MyPost[] }>(t.call('GET', '/api/marshals/mine', { cookie: marshal.cookie }));
  const found = mine.posts.find((p) => p.event.id === eventId);
  assert.ok(found, 'the marshal sees their post');
  return found;
}
