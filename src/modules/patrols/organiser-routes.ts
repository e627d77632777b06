import { z } from '@hono/zod-openapi';
import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import { cancelShift, listVolunteers, shiftPeople } from './attendance';
import {
  Coverage,
  SeriesInput,
  SeriesSaved,
  Shift,
  ShiftPeople,
  Site,
  SiteDetail,
  SiteInput,
  SiteList,
  VolunteerList,
  WeekQuery,
} from './contract';
import { weekCoverage } from './coverage';
import { createSeries, editSeries } from './series-service';
import { archiveSite, createSite, editSite, getSite, listSites } from './sites-service';

const tags = ['patrols'];
const idParam = { params: z.object({ id: z.string().min(1).max(64) }) };
const ORGANISER = ['organiser'] as const;

const routes = {
  sites: defineRoute({
    method: 'get',
    path: '/api/patrols/sites',
    tags,
    summary: 'Patrol sites: public places (schools, mosques, bus stops, workplaces) with their zone',
    access: ORGANISER,
    responses: { 200: jsonResponse(SiteList, 'Sites'), ...errorResponses },
  }),
  createSite: defineRoute({
    method: 'post',
    path: '/api/patrols/sites',
    tags,
    summary: 'Add a site: a public place, its zone and, if useful, its exact point',
    access: ORGANISER,
    request: jsonBody(SiteInput),
    responses: { 201: jsonResponse(Site, 'Created'), ...errorResponses },
  }),
  site: defineRoute({
    method: 'get',
    path: '/api/patrols/sites/{id}',
    tags,
    summary: 'A site and its recurring shifts',
    access: ORGANISER,
    request: idParam,
    responses: { 200: jsonResponse(SiteDetail, 'Site'), ...errorResponses },
  }),
  editSite: defineRoute({
    method: 'put',
    path: '/api/patrols/sites/{id}',
    tags,
    summary: 'Change a site',
    access: ORGANISER,
    request: { ...idParam, ...jsonBody(SiteInput) },
    responses: { 200: jsonResponse(Site, 'Changed'), ...errorResponses },
  }),
  archiveSite: defineRoute({
    method: 'post',
    path: '/api/patrols/sites/{id}/archive',
    tags,
    summary: 'Archive a site: its series end today and unbooked shifts go; booked ones stay until cancelled',
    access: ORGANISER,
    request: idParam,
    responses: { 200: jsonResponse(Site, 'Archived'), ...errorResponses },
  }),
  createSeries: defineRoute({
    method: 'post',
    path: '/api/patrols/sites/{id}/series',
    tags,
    summary: 'Add recurring shifts at a site: weekdays, local times, fewest and most people, a required qualification',
    access: ORGANISER,
    request: { ...idParam, ...jsonBody(SeriesInput) },
    responses: { 201: jsonResponse(SeriesSaved, 'Created, with its shifts made ahead'), ...errorResponses },
  }),
  editSeries: defineRoute({
    method: 'put',
    path: '/api/patrols/series/{id}',
    tags,
    summary: 'Change recurring shifts: unbooked future shifts follow the new rule; booked ones keep their time',
    access: ORGANISER,
    request: { ...idParam, ...jsonBody(SeriesInput) },
    responses: { 200: jsonResponse(SeriesSaved, 'Changed'), ...errorResponses },
  }),
  cancelShift: defineRoute({
    method: 'post',
    path: '/api/patrols/shifts/{id}/cancel',
    tags,
    summary: 'Cancel one shift; the people on it get a push',
    access: ORGANISER,
    request: idParam,
    responses: { 200: jsonResponse(Shift, 'Cancelled'), ...errorResponses },
  }),
  shiftPeople: defineRoute({
    method: 'get',
    path: '/api/patrols/shifts/{id}/people',
    tags,
    summary: 'Who holds a place on a shift, and who has checked in (audited)',
    access: ORGANISER,
    request: idParam,
    responses: { 200: jsonResponse(ShiftPeople, 'The shift and its people'), ...errorResponses },
  }),
  coverage: defineRoute({
    method: 'get',
    path: '/api/patrols/coverage',
    tags,
    summary: "A week's shifts by zone and site, each green (at least the minimum), amber (fewer) or red (nobody)",
    access: ORGANISER,
    request: { query: WeekQuery },
    responses: { 200: jsonResponse(Coverage, 'Coverage'), ...errorResponses },
  }),
  volunteers: defineRoute({
    method: 'get',
    path: '/api/patrols/volunteers',
    tags,
    summary: 'Per volunteer: shifts held, check-ins, no-shows and late cancellations (audited)',
    access: ORGANISER,
    responses: { 200: jsonResponse(VolunteerList, 'Volunteers'), ...errorResponses },
  }),
};

export const organiserRoutes = (ctx: AppContext) =>
  createRouter()
    .openapi(routes.sites, async (c) => c.json({ sites: await listSites(ctx) }, 200))
    .openapi(routes.createSite, async (c) => c.json(await createSite(ctx, principalOf(c), c.req.valid('json')), 201))
    .openapi(routes.site, async (c) => c.json(await getSite(ctx, c.req.valid('param').id), 200))
    .openapi(routes.editSite, async (c) => c.json(await editSite(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json')), 200))
    .openapi(routes.archiveSite, async (c) => c.json(await archiveSite(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.createSeries, async (c) =>
      c.json(await createSeries(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(routes.editSeries, async (c) =>
      c.json(await editSeries(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(routes.cancelShift, async (c) => c.json(await cancelShift(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.shiftPeople, async (c) => c.json(await shiftPeople(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.coverage, async (c) => c.json(await weekCoverage(ctx, c.req.valid('query')), 200))
    .openapi(routes.volunteers, async (c) => c.json({ volunteers: await listVolunteers(ctx, principalOf(c)) }, 200));
