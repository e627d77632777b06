import type { AppContext } from '../../context';
import { DAY } from '../../core/clock';
import { notFound } from '../../core/errors';
import { type ICalEvent, toICalendar } from '../../core/ical/ical';
import { listOrgs } from '../orgs';
import { findCampaign } from '../pledges';
import { findEvent, listEvents } from './repository';
import type { EventTable } from './schema';

/** Feeds keep a month of the past, so a calendar does not drop an event the day after it. */
const FEED_PAST_MS = 30 * DAY;
const FEED_LIMIT = 500;
const HOST_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/;

export const ICAL_MEDIA_TYPE = 'text/calendar; charset=utf-8';

function toICalEvent(ctx: AppContext, row: EventTable): ICalEvent {
  return {
    id: row.id,
    start: row.startsAt,
    end: row.endsAt,
    summary: row.title,
    description: row.description,
    location: row.place,
    url: `${ctx.config.publicUrl}/events/${encodeURIComponent(row.id)}`,
    status: row.state === 'cancelled' ? 'cancelled' : 'confirmed',
    sequence: row.sequence,
  };
}

function calendarOf(ctx: AppContext, name: string, rows: readonly EventTable[]): string {
  const host = new URL(ctx.config.publicUrl).hostname;
  return toICalendar(
    {
      name,
      // UIDs stay the same across feeds, so an event in two subscribed feeds is one event in the calendar.
      uidDomain: HOST_NAME.test(host) ? host : 'whistle.invalid',
      events: rows.map((row) => toICalEvent(ctx, row)),
    },
    { now: ctx.clock.now(), timeZone: ctx.config.timeZone },
  );
}

const feedRows = (ctx: AppContext, filter: { orgId?: string; campaignId?: string }) =>
  listEvents(ctx.db, { now: ctx.clock.now(), sinceMs: FEED_PAST_MS, limit: FEED_LIMIT, ...filter });

export async function eventCalendar(ctx: AppContext, id: string): Promise<string> {
  const row = await findEvent(ctx.db, id);
  if (!row) throw notFound('Event');
  return calendarOf(ctx, row.title, [row]);
}

/** Only a verified organisation has a public feed. */
export async function orgCalendar(ctx: AppContext, orgId: string): Promise<string> {
  const org = (await listOrgs(ctx, false)).find((o) => o.id === orgId);
  if (!org) throw notFound('Organisation');
  return calendarOf(ctx, `${org.name} (${ctx.config.networkName})`, await feedRows(ctx, { orgId }));
}

/** A draft campaign has no public feed yet. */
export async function campaignCalendar(ctx: AppContext, campaignId: string): Promise<string> {
  const campaign = await findCampaign(ctx.db, campaignId);
  if (!campaign || campaign.state === 'draft') throw notFound('Campaign');
  return calendarOf(ctx, `${campaign.title} (${ctx.config.networkName})`, await feedRows(ctx, { campaignId }));
}
