import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import { AskAboutRequest, Asked, MyOffers, NewOffer, Offer, OfferIdParam, OfferList } from './offers-contract';
import { askAboutRequest, listMyOffers, listOffersForCoordinators, postOffer, withdrawOffer } from './offers-service';

const tags = ['aid'];
const idParam = { params: OfferIdParam };
const COORDINATORS = ['dispatcher', 'caseworker', 'organiser'] as const;

const routes = {
  post: defineRoute({
    method: 'post',
    path: '/api/aid/offers',
    tags,
    summary: 'Offer help: a kind, zones, when, a short note, until a date',
    access: 'trusted',
    request: jsonBody(NewOffer),
    responses: { 201: jsonResponse(Offer, 'Posted'), ...errorResponses },
  }),
  mine: defineRoute({
    method: 'get',
    path: '/api/aid/offers/mine',
    tags,
    summary: "The caller's offers",
    access: 'trusted',
    responses: { 200: jsonResponse(MyOffers, 'Offers'), ...errorResponses },
  }),
  withdraw: defineRoute({
    method: 'post',
    path: '/api/aid/offers/{id}/withdraw',
    tags,
    summary: 'Withdraw one of the caller’s offers',
    access: 'trusted',
    request: idParam,
    responses: { 200: jsonResponse(Offer, 'Withdrawn'), ...errorResponses },
  }),
  list: defineRoute({
    method: 'get',
    path: '/api/aid/offers',
    tags,
    summary: 'Standing offers and who made them, for hotline operators, caseworkers and organisers',
    access: COORDINATORS,
    responses: { 200: jsonResponse(OfferList, 'Offers'), ...errorResponses },
  }),
  ask: defineRoute({
    method: 'post',
    path: '/api/aid/offers/{id}/ask',
    tags,
    summary: 'Ask the volunteer behind an offer to look at an open request (content-free push; audited)',
    access: COORDINATORS,
    request: { ...idParam, ...jsonBody(AskAboutRequest) },
    responses: { 200: jsonResponse(Asked, 'Asked'), ...errorResponses },
  }),
};

export const offerRoutes = (ctx: AppContext) =>
  createRouter()
    .openapi(routes.post, async (c) => c.json(await postOffer(ctx, principalOf(c), c.req.valid('json')), 201))
    .openapi(routes.mine, async (c) => c.json({ offers: await listMyOffers(ctx, principalOf(c)) }, 200))
    .openapi(routes.withdraw, async (c) => c.json(await withdrawOffer(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.list, async (c) => c.json({ offers: await listOffersForCoordinators(ctx) }, 200))
    .openapi(routes.ask, async (c) =>
      c.json(await askAboutRequest(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json').requestId), 200),
    );
