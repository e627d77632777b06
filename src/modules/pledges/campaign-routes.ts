import { z } from '@hono/zod-openapi';
import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import { hasRole } from '../../core/roles';
import { closeCampaign, createCampaign, getPublicCampaign, listCampaigns, manageCampaign, openCampaign, updateCampaign } from './campaigns';
import { Campaign, CampaignInput, CampaignList, CampaignManagement } from './contract';
import { exportPledges } from './export';
import { openCountsStream } from './live';

const tags = ['pledges'];
const idParam = { params: z.object({ id: z.string().min(1).max(64) }) };
const ORGANISER = ['organiser'] as const;

const stateChange = (path: 'open' | 'close', summary: string) =>
  defineRoute({
    method: 'post',
    path: `/api/campaigns/{id}/${path}`,
    tags,
    summary,
    access: ORGANISER,
    request: idParam,
    responses: { 200: jsonResponse(Campaign, 'The campaign'), ...errorResponses },
  });

const routes = {
  list: defineRoute({
    method: 'get',
    path: '/api/campaigns',
    tags,
    summary: 'Open and closed campaigns with their public counts (organisers also see drafts)',
    access: 'public',
    responses: { 200: jsonResponse(CampaignList, 'Campaigns') },
  }),
  create: defineRoute({
    method: 'post',
    path: '/api/campaigns',
    tags,
    summary: 'Write a campaign (a draft until opened)',
    access: ORGANISER,
    request: jsonBody(CampaignInput),
    responses: { 201: jsonResponse(Campaign, 'Created'), ...errorResponses },
  }),
  get: defineRoute({
    method: 'get',
    path: '/api/campaigns/{id}',
    tags,
    summary: "A campaign's public page: demands, asks, dates and live counts (no names, ever)",
    access: 'public',
    request: idParam,
    responses: { 200: jsonResponse(Campaign, 'Campaign'), ...errorResponses },
  }),
  update: defineRoute({
    method: 'put',
    path: '/api/campaigns/{id}',
    tags,
    summary: 'Correct a campaign (thresholds only while it is a draft)',
    access: ORGANISER,
    request: { ...idParam, ...jsonBody(CampaignInput) },
    responses: { 200: jsonResponse(Campaign, 'Updated'), ...errorResponses },
  }),
  open: stateChange('open', 'Open a draft campaign for pledges'),
  close: stateChange('close', 'Close a campaign: pledging ends and every contact is deleted'),
  manage: defineRoute({
    method: 'get',
    path: '/api/campaigns/{id}/manage',
    tags,
    summary: 'The organiser view: every count and the threshold groups, including those still waiting',
    access: ORGANISER,
    request: idParam,
    responses: { 200: jsonResponse(CampaignManagement, 'Campaign with all counts'), ...errorResponses },
  }),
  export: defineRoute({
    method: 'get',
    path: '/api/campaigns/{id}/pledges.csv',
    tags,
    summary: 'Active pledges as CSV with names (contacts only where the signer agreed); audited',
    access: ORGANISER,
    request: idParam,
    responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } }, ...errorResponses },
  }),
  live: defineRoute({
    method: 'get',
    path: '/api/campaigns/{id}/live',
    tags,
    summary: 'Server-Sent Events `counts` with the public counts, at once and on every change',
    access: 'public',
    request: idParam,
    responses: {
      200: { description: 'An event stream', content: { 'text/event-stream': { schema: z.string() } } },
      ...errorResponses,
    },
  }),
};

export const campaignRoutes = (ctx: AppContext) =>
  createRouter()
    .openapi(routes.list, async (c) => {
      const principal = c.get('principal');
      const organiser = !!principal?.trusted && hasRole(principal, 'organiser');
      return c.json({ campaigns: await listCampaigns(ctx, organiser) }, 200);
    })
    .openapi(routes.create, async (c) => c.json(await createCampaign(ctx, principalOf(c), c.req.valid('json')), 201))
    .openapi(routes.get, async (c) => c.json(await getPublicCampaign(ctx, c.req.valid('param').id), 200))
    .openapi(routes.update, async (c) =>
      c.json(await updateCampaign(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(routes.open, async (c) => c.json(await openCampaign(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.close, async (c) => c.json(await closeCampaign(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.manage, async (c) => c.json(await manageCampaign(ctx, c.req.valid('param').id), 200))
    .openapi(routes.export, async (c) => {
      const { filename, csv } = await exportPledges(ctx, principalOf(c), c.req.valid('param').id);
      return c.body(csv, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Cache-Control': 'no-store',
      }) as never;
    })
    .openapi(routes.live, async (c) => (await openCountsStream(ctx, c, c.req.valid('param').id)) as never);
