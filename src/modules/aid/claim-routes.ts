import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import { claimRequest, confirmClaim, listMyClaims, markDone, releaseClaim, revealRequest } from './claims-service';
import { MyClaims, Revealed, SavedProfile, VolunteerProfile } from './contract';
import { idParam, requestStep, tags } from './route-parts';
import { getVolunteerProfile, saveVolunteerProfile } from './volunteer-service';

const routes = {
  claim: requestStep(
    'claim',
    'Claim a task: a lease of AID_CLAIM_LEASE_MINUTES unless confirmed; one holder at a time; a cap per volunteer',
  ),
  confirm: requestStep('claim/confirm', '"I\'m on it": the claim no longer lapses'),
  release: requestStep('claim/release', 'Give the task back: it is open again'),
  done: requestStep('done', 'Mark a confirmed task done; the filer is told (content-free push)'),
  reveal: defineRoute({
    method: 'post',
    path: '/api/aid/requests/{id}/reveal',
    tags,
    summary: 'The address, point, contact and private notes, for the volunteer holding the task (audited)',
    access: 'trusted',
    request: idParam,
    responses: { 200: jsonResponse(Revealed, 'Revealed'), ...errorResponses },
  }),
  mine: defineRoute({
    method: 'get',
    path: '/api/aid/mine',
    tags,
    summary: "The caller's claims: live ones first, then the latest that ended",
    access: 'trusted',
    responses: { 200: jsonResponse(MyClaims, 'Claims'), ...errorResponses },
  }),
  profile: defineRoute({
    method: 'get',
    path: '/api/aid/volunteer',
    tags,
    summary: "The caller's volunteer profile: zones, skills, languages, vehicle",
    access: 'trusted',
    responses: { 200: jsonResponse(SavedProfile, 'Profile'), ...errorResponses },
  }),
  saveProfile: defineRoute({
    method: 'put',
    path: '/api/aid/volunteer',
    tags,
    summary: "Save the caller's volunteer profile (it filters the task list)",
    access: 'trusted',
    request: jsonBody(VolunteerProfile),
    responses: { 200: jsonResponse(SavedProfile, 'Saved'), ...errorResponses },
  }),
};

export const claimRoutes = (ctx: AppContext) =>
  createRouter()
    .openapi(routes.claim, async (c) => c.json(await claimRequest(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.confirm, async (c) => c.json(await confirmClaim(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.release, async (c) => c.json(await releaseClaim(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.done, async (c) => c.json(await markDone(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.reveal, async (c) => c.json(await revealRequest(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.mine, async (c) => c.json({ claims: await listMyClaims(ctx, principalOf(c)) }, 200))
    .openapi(routes.profile, async (c) => c.json(await getVolunteerProfile(ctx, principalOf(c)), 200))
    .openapi(routes.saveProfile, async (c) => c.json(await saveVolunteerProfile(ctx, principalOf(c), c.req.valid('json')), 200));
