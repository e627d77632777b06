import assert from 'node:assert/strict';
import { HOUR } from '../../core/clock';
import type { TestApp } from '../../test-support/test-app';
import type { EventInputFields, MyRsvp, PublicEvent, RsvpResult } from './contract';

export type Member = Awaited<ReturnType<TestApp['signIn']>>;

/** A march two days after the test clock's now, at a public place; override what a test is about. */
export function eventInput(t: TestApp, overrides: Partial<EventInputFields> = {}): EventInputFields {
  const startsAt = t.clock.now() + 48 * HOUR;
  return {
    title: 'March for our neighbours',
    kind: 'march',
    description: 'From the park along Lake Street.',
    startsAt,
    endsAt: startsAt + 3 * HOUR,
    place: 'Powderhorn Park, south entrance',
    ...overrides,
  };
}

export async function createEvent(t: TestApp, organiser: Member, overrides: Partial<EventInputFields> = {}): Promise<PublicEvent> {
  const res = await t.call('POST', '/api/events', { cookie: organiser.cookie, body: eventInput(t, overrides) });
  assert.equal(res.status, 201, await res.clone().text());
  return (await res.json()) as PublicEvent;
}

export async function getEvent(t: TestApp, id: string): Promise<PublicEvent> {
  const res = await t.call('GET', `/api/events/${id}`);
  assert.equal(res.status, 200, await res.clone().text());
  return (await res.json()) as PublicEvent;
}

/** A visitor's RSVP (no cookie) or a member's. */
export async function rsvp(t: TestApp, eventId: string, as: { name: string; contact?: string } | Member): Promise<RsvpResult> {
  const member = 'cookie' in as;
  const res = await t.call('POST', `/api/events/${eventId}/rsvps`, member ? { cookie: as.cookie, body: {} } : { body: as });
  assert.equal(res.status, 201, await res.clone().text());
  return (await res.json()) as RsvpResult;
}

export async function cancelRsvp(t: TestApp, eventId: string, proof: { token: string } | Member): Promise<MyRsvp> {
  const res = await t.call(
    'POST',
    `/api/events/${eventId}/rsvps/mine/cancel`,
    'cookie' in proof ? { cookie: proof.cookie, body: {} } : { body: proof },
  );
  assert.equal(res.status, 200, await res.clone().text());
  return (await res.json()) as MyRsvp;
}

/**
 * A campaign row made directly: events only refer to campaigns. The columns named are those of the
 * first campaign migration; the pledges module's later ones have defaults.
 */
export async function insertCampaign(t: TestApp, state: 'draft' | 'open', title = 'No work, no school, no shopping') {
  const id = t.ctx.ids.next();
  const now = t.clock.now();
  await t.db
    .insertInto('campaign')
    .values({
      id,
      title,
      summary: '',
      demands: '[]',
      asks: '[]',
      startsAt: now,
      endsAt: now + 72 * HOUR,
      state,
      createdAt: now,
      createdBy: null,
      demo: 0,
    } as never)
    .execute();
  return id;
}
