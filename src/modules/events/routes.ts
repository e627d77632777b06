import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import { EventInput, EventList, EventListQuery, EventSettings, PublicEvent } from './contract';
import { cancelEvent, createEvent, editEvent, getEvent, getEventSettings, listPublicEvents } from './events-service';
import { campaignCalendar, eventCalendar, ICAL_MEDIA_TYPE, orgCalendar } from './feeds';
import { rsvpRoutes } from './rsvp-routes';

const tags = ['events'];
const idParam = { params: z.object({ id: z.string().min(1).max(64) }) };
const ORGANISER = ['organiser'] as const;

const calendar = (path: string, summary: string) =>
  defineRoute({
    method: 'get',
    path,
    tags,
    summary,
    access: 'public',
    request: idParam,
    responses: { 200: { description: 'iCalendar (RFC 5545)', content: { 'text/calendar': { schema: z.string() } } }, ...errorResponses },
  });

const routes = {
  list: defineRoute({
    method: 'get',
    path: '/api/events',
    tags,
    summary: 'Upcoming (or past) events, optionally of one organisation or campaign, with counts only',
    access: 'public',
    request: { query: EventListQuery },
    responses: { 200: jsonResponse(EventList, 'Events'), ...errorResponses },
  }),
  create: defineRoute({
    method: 'post',
    path: '/api/events',
    tags,
    summary: 'Create an event: a march, rally, vigil, training or assembly at a public meeting point',
    access: ORGANISER,
    request: jsonBody(EventInput),
    responses: { 201: jsonResponse(PublicEvent, 'Created'), ...errorResponses },
  }),
  get: defineRoute({
    method: 'get',
    path: '/api/events/{id}',
    tags,
    summary: 'One event: details, place and counts (going, waitlisted, places left) — never names',
    access: 'public',
    request: idParam,
    responses: { 200: jsonResponse(PublicEvent, 'Event'), ...errorResponses },
  }),
  edit: defineRoute({
    method: 'put',
    path: '/api/events/{id}',
    tags,
    summary: 'Change an event; a larger capacity gives places to people waiting, in order',
    access: ORGANISER,
    request: { ...idParam, ...jsonBody(EventInput) },
    responses: { 200: jsonResponse(PublicEvent, 'Changed'), ...errorResponses },
  }),
  settings: defineRoute({
    method: 'get',
    path: '/api/events/{id}/settings',
    tags,
    summary: 'An event as stored, for its edit form (names a draft campaign or an unverified organisation too)',
    access: ORGANISER,
    request: idParam,
    responses: { 200: jsonResponse(EventSettings, 'Settings'), ...errorResponses },
  }),
  cancel: defineRoute({
    method: 'post',
    path: '/api/events/{id}/cancel',
    tags,
    summary: 'Cancel an event; members who RSVPed are told by a push, calendars show it cancelled',
    access: ORGANISER,
    request: idParam,
    responses: { 200: jsonResponse(PublicEvent, 'Cancelled'), ...errorResponses },
  }),
  eventIcal: calendar('/api/events/{id}/ical', 'The event as an iCalendar file ("Add to calendar")'),
  orgIcal: calendar('/api/events/orgs/{id}/ical', "A verified organisation's events as a calendar feed"),
  campaignIcal: calendar('/api/events/campaigns/{id}/ical', "A public campaign's events as a calendar feed"),
};

const ics = (c: Context, body: string, disposition: string) =>
  c.body(body, 200, { 'Content-Type': ICAL_MEDIA_TYPE, 'Content-Disposition': disposition }) as never;

export const eventsRoutes = (ctx: AppContext) =>
  createRouter()
    .openapi(routes.list, async (c) => c.json({ events: await listPublicEvents(ctx, c.req.valid('query')) }, 200))
    .openapi(routes.create, async (c) => c.json(await createEvent(ctx, principalOf(c), c.req.valid('json')), 201))
    .openapi(routes.get, async (c) => c.json(await getEvent(ctx, c.req.valid('param').id), 200))
    .openapi(routes.edit, async (c) => c.json(await editEvent(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json')), 200))
    .openapi(routes.settings, async (c) => c.json(await getEventSettings(ctx, c.req.valid('param').id), 200))
    .openapi(routes.cancel, async (c) => c.json(await cancelEvent(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.eventIcal, async (c) =>
      ics(c, await eventCalendar(ctx, c.req.valid('param').id), 'attachment; filename="whistle-event.ics"'),
    )
    .openapi(routes.orgIcal, async (c) => ics(c, await orgCalendar(ctx, c.req.valid('param').id), 'inline; filename="whistle-org.ics"'))
    .openapi(routes.campaignIcal, async (c) =>
      ics(c, await campaignCalendar(ctx, c.req.valid('param').id), 'inline; filename="whistle-campaign.ics"'),
    )
    .route('/', rsvpRoutes(ctx));
