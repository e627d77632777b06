import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppContext } from '../../context';
import { notFound } from '../../core/errors';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import { ATOM_MEDIA_TYPE } from './cap';
import { alertToCap, listActiveAlerts, MEMBERS_ONLY, publicFeed } from './cap-export';
import { Alert, AlertList, AlertPreview, AlertUpdateInput, EndInput, ExtendInput, NewAlert } from './contract';
import { openAlertStream } from './live';
import { getAlert, listAwaiting, listIncidentAlerts, listMyAlerts } from './queries';
import { approveAlert, createAlert, previewAlert } from './service';
import { allClear, cancelAlert, extendAlert, postUpdate } from './updates';

const tags = ['alerts'];
const idParam = { params: z.object({ id: z.string().min(1).max(64) }) };
const VERIFIERS = ['verifier'] as const;
const xml = (type: string, description: string) => ({
  200: { description, content: { [type]: { schema: z.string() } } },
  ...errorResponses,
});
const answers = (description: string) => ({ 200: jsonResponse(Alert, description), ...errorResponses });

/** An action of a verifier on one alert: `POST /api/alerts/{id}/<action>`. */
const alertAction = (action: string, summary: string) =>
  defineRoute({
    method: 'post',
    path: `/api/alerts/{id}/${action}`,
    tags,
    summary,
    access: VERIFIERS,
    request: idParam,
    responses: answers('The alert'),
  });

const alertActionWith = <S extends z.ZodType>(action: string, summary: string, body: S) =>
  defineRoute({
    method: 'post',
    path: `/api/alerts/{id}/${action}`,
    tags,
    summary,
    access: VERIFIERS,
    request: { ...idParam, ...jsonBody(body) },
    responses: answers('The alert after the change'),
  });

const routes = {
  mine: defineRoute({
    method: 'get',
    path: '/api/alerts',
    tags,
    summary: 'Active alerts for the zones I watch (expired ones are left out by time)',
    access: 'signed_in',
    responses: { 200: jsonResponse(AlertList, 'Alerts, newest first'), ...errorResponses },
  }),
  create: defineRoute({
    method: 'post',
    path: '/api/alerts',
    tags,
    summary: 'Make an alert from a confirmed report; over 50 members it waits for a second verifier (R-BCAST-1)',
    access: VERIFIERS,
    request: jsonBody(NewAlert),
    responses: { 201: jsonResponse(Alert, 'Sent, or waiting for a second verifier'), ...errorResponses },
  }),
  preview: defineRoute({
    method: 'post',
    path: '/api/alerts/preview',
    tags,
    summary: 'What an alert would say in every language, its zones and how many members it would reach',
    access: VERIFIERS,
    request: jsonBody(NewAlert),
    responses: { 200: jsonResponse(AlertPreview, 'Preview; nothing is written'), ...errorResponses },
  }),
  awaiting: defineRoute({
    method: 'get',
    path: '/api/alerts/awaiting',
    tags,
    summary: 'Alerts waiting for a second verifier',
    access: VERIFIERS,
    responses: { 200: jsonResponse(AlertList, 'Oldest first'), ...errorResponses },
  }),
  ofIncident: defineRoute({
    method: 'get',
    path: '/api/alerts/incidents/{id}',
    tags,
    summary: "Every alert made from one incident (the report's id), newest first",
    access: ['verifier', 'dispatcher'],
    request: idParam,
    responses: { 200: jsonResponse(AlertList, 'Newest first'), ...errorResponses },
  }),
  live: defineRoute({
    method: 'get',
    path: '/api/alerts/live',
    tags,
    summary: 'Server-Sent Events for my zones: `alert` {kind, alert} with a resumable id, `expired` {id}; send Last-Event-ID to replay',
    access: 'signed_in',
    responses: {
      200: { description: 'An event stream', content: { 'text/event-stream': { schema: z.string() } } },
      ...errorResponses,
    },
  }),
  feed: defineRoute({
    method: 'get',
    path: '/api/alerts/feed.atom',
    tags,
    summary: 'Atom feed of active alerts, when the network publishes one (ALERTS_PUBLIC_FEED); else 404',
    access: 'public',
    responses: xml(ATOM_MEDIA_TYPE, 'Atom 1.0'),
  }),
  feedCap: defineRoute({
    method: 'get',
    path: '/api/alerts/feed/{id}',
    tags,
    summary: 'An active alert as public CAP 1.2, linked from the public feed; 404 when the feed is off',
    access: 'public',
    request: idParam,
    responses: xml('application/xml', 'CAP 1.2'),
  }),
  cap: defineRoute({
    method: 'get',
    path: '/api/alerts/{id}/cap',
    tags,
    summary: 'The alert as CAP 1.2 XML (all four languages; Update/Cancel referencing earlier messages)',
    access: 'signed_in',
    request: idParam,
    responses: xml('application/xml', 'CAP 1.2'),
  }),
  get: defineRoute({
    method: 'get',
    path: '/api/alerts/{id}',
    tags,
    summary: 'One alert; any member may open one that was sent',
    access: 'signed_in',
    request: idParam,
    responses: answers('The alert'),
  }),
  approve: alertAction('approve', 'Approve an alert as its second verifier; it is sent at once'),
  update: alertActionWith('updates', 'Still active, moved (the new zone joins the targets) or left the area', AlertUpdateInput),
  allClear: alertActionWith('all-clear', 'All clear: the alert ends and members are told', EndInput),
  cancel: alertActionWith('cancel', 'Cancel an alert sent by mistake (or one still waiting)', EndInput),
  extend: alertActionWith('extend', 'Make the alert last longer, up to 12 hours from when it was made', ExtendInput),
};

const capResponse = (c: Context, body: string, id: string) =>
  c.body(body, 200, {
    'Content-Type': 'application/xml; charset=utf-8',
    'Content-Disposition': `attachment; filename="whistle-alert-${id}.xml"`,
  }) as never;

export const alertsRoutes = (ctx: AppContext) =>
  createRouter()
    .openapi(routes.mine, async (c) => c.json({ alerts: await listMyAlerts(ctx, principalOf(c).memberId), now: ctx.clock.now() }, 200))
    .openapi(routes.create, async (c) => c.json(await createAlert(ctx, principalOf(c), c.req.valid('json')), 201))
    .openapi(routes.preview, async (c) => c.json(await previewAlert(ctx, c.req.valid('json')), 200))
    .openapi(routes.awaiting, async (c) => c.json({ alerts: await listAwaiting(ctx), now: ctx.clock.now() }, 200))
    .openapi(routes.ofIncident, async (c) =>
      c.json({ alerts: await listIncidentAlerts(ctx, c.req.valid('param').id), now: ctx.clock.now() }, 200),
    )
    .openapi(routes.live, async (c) => (await openAlertStream(ctx, c, principalOf(c).memberId)) as never)
    .openapi(routes.feed, async (c) => {
      if (!ctx.config.alertsPublicFeed) throw notFound('The public feed');
      return c.body(publicFeed(ctx, await listActiveAlerts(ctx)), 200, { 'Content-Type': `${ATOM_MEDIA_TYPE}; charset=utf-8` }) as never;
    })
    .openapi(routes.feedCap, async (c) => {
      const alert = ctx.config.alertsPublicFeed ? (await listActiveAlerts(ctx)).find((a) => a.id === c.req.valid('param').id) : undefined;
      if (!alert) throw notFound('Alert');
      return capResponse(c, await alertToCap(ctx, alert, { scope: 'Public' }), alert.id);
    })
    .openapi(routes.cap, async (c) => {
      const alert = await getAlert(ctx, principalOf(c), c.req.valid('param').id);
      if (alert.sentAt === null) throw notFound('Alert');
      return capResponse(c, await alertToCap(ctx, alert, MEMBERS_ONLY), alert.id);
    })
    .openapi(routes.get, async (c) => c.json(await getAlert(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.approve, async (c) => c.json(await approveAlert(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.update, async (c) => c.json(await postUpdate(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json')), 200))
    .openapi(routes.allClear, async (c) =>
      c.json(await allClear(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json').note), 200),
    )
    .openapi(routes.cancel, async (c) =>
      c.json(await cancelAlert(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json').note), 200),
    )
    .openapi(routes.extend, async (c) =>
      c.json(await extendAlert(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json').expiresInMinutes), 200),
    );
