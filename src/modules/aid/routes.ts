import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import { claimRoutes } from './claim-routes';
import { AidListQuery, AidTaskDetail, AidTaskList, Filed, FiledList, NewAidRequest, Receipt, ReceiptLink, ReceiptProof } from './contract';
import { offerRoutes } from './offer-routes';
import { confirmByFiler, confirmByHousehold, readReceipt } from './receipt-service';
import { cancelRequest, fileRequest, getRequest, listFiled, listTasks, renewReceiptLink } from './requests-service';
import { idParam, requestStep, tags } from './route-parts';

const routes = {
  list: defineRoute({
    method: 'get',
    path: '/api/aid/requests',
    tags,
    summary: "Open tasks suiting the caller's volunteer profile (scope=all: every open task); or, with caseId, a family case's requests",
    access: 'trusted',
    request: { query: AidListQuery },
    responses: { 200: jsonResponse(AidTaskList, 'Tasks (zone and coarse cell only)'), ...errorResponses },
  }),
  file: defineRoute({
    method: 'post',
    path: '/api/aid/requests',
    tags,
    summary: "File a request for one's own household, or on a household's behalf (hotline operator, caseworker, organiser)",
    access: 'trusted',
    request: jsonBody(NewAidRequest),
    responses: { 201: jsonResponse(Filed, 'Filed (a receipt link secret, once, when on behalf)'), ...errorResponses },
  }),
  get: defineRoute({
    method: 'get',
    path: '/api/aid/requests/{id}',
    tags,
    summary: 'A request: what volunteers see, the caller’s claim, and for the filer what they entered',
    access: 'trusted',
    request: idParam,
    responses: { 200: jsonResponse(AidTaskDetail, 'The request'), ...errorResponses },
  }),
  cancel: requestStep('cancel', 'Cancel a request (its filer or an organiser); a volunteer holding it is told'),
  confirmReceipt: requestStep('confirm-receipt', 'The filer confirms receipt for the household after calling them (audited)'),
  receiptLink: defineRoute({
    method: 'post',
    path: '/api/aid/requests/{id}/receipt-link',
    tags,
    summary: 'A new receipt link for the household (the previous one stops working); filer only',
    access: 'trusted',
    request: idParam,
    responses: { 200: jsonResponse(ReceiptLink, 'The secret, shown once'), ...errorResponses },
  }),
  filed: defineRoute({
    method: 'get',
    path: '/api/aid/filed',
    tags,
    summary: 'Requests the caller filed, with their states',
    access: 'trusted',
    responses: { 200: jsonResponse(FiledList, 'Filed requests'), ...errorResponses },
  }),
  receipt: defineRoute({
    method: 'post',
    path: '/api/aid/receipt',
    tags,
    summary: "The household's receipt link: the request's kind and state (no account; rate-limited)",
    access: 'public',
    request: jsonBody(ReceiptProof),
    responses: { 200: jsonResponse(Receipt, 'Where the request stands'), ...errorResponses },
  }),
  receiptConfirm: defineRoute({
    method: 'post',
    path: '/api/aid/receipt/confirm',
    tags,
    summary: '"I received it", from the receipt link (no account; rate-limited)',
    access: 'public',
    request: jsonBody(ReceiptProof),
    responses: { 200: jsonResponse(Receipt, 'Confirmed'), ...errorResponses },
  }),
};

export function aidRoutes(ctx: AppContext) {
  const app = createRouter();
  // The receipt secret travels in the body, never the path, and guessing is limited like any public intake.
  const limit = ctx.rateLimit('aid_receipt', { points: ctx.config.signupRateLimitPerMinute, durationSeconds: 60 });
  app.use('/api/aid/receipt', limit);
  app.use('/api/aid/receipt/confirm', limit);
  return app
    .openapi(routes.list, async (c) => c.json(await listTasks(ctx, principalOf(c), c.req.valid('query')), 200))
    .openapi(routes.file, async (c) => c.json(await fileRequest(ctx, principalOf(c), c.req.valid('json')), 201))
    .openapi(routes.get, async (c) => c.json(await getRequest(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.cancel, async (c) => c.json(await cancelRequest(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.confirmReceipt, async (c) => c.json(await confirmByFiler(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.receiptLink, async (c) => c.json(await renewReceiptLink(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.filed, async (c) => c.json({ requests: await listFiled(ctx, principalOf(c)) }, 200))
    .openapi(routes.receipt, async (c) => c.json(await readReceipt(ctx, c.req.valid('json').token), 200))
    .openapi(routes.receiptConfirm, async (c) => c.json(await confirmByHousehold(ctx, c.req.valid('json').token), 200))
    .route('/', claimRoutes(ctx))
    .route('/', offerRoutes(ctx));
}
