import { bodyLimit } from 'hono/body-limit';
import type { AppContext } from '../../context';
import { AppError } from '../../core/errors';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import {
  Donation,
  DonationInput,
  DonationList,
  DonationQuery,
  FundIdParam,
  FundInput,
  ImportInput,
  ImportSummary,
  LedgerReport,
  MAX_IMPORT_CHARS,
  ManagedFund,
  ManagedFundList,
} from './contract';
import { checkImport, importDonations } from './csv-import/import-service';
import { listDonations, recordDonation, reverseDonation } from './donations-service';
import { createFund, editFund, listManagedFunds } from './funds-service';
import { verifyLedger } from './ledger-verify';

const tags = ['fund'];
const MANAGERS = ['organiser', 'treasurer'] as const;
const TREASURERS = ['treasurer'] as const;
export const IMPORT_PATHS = ['/api/fund/imports', '/api/fund/imports/check'];
/** JSON escaping can double a file's size in the worst case; the CSV itself is capped by the contract. */
const MAX_IMPORT_BODY = 2 * MAX_IMPORT_CHARS + 1024;

const routes = {
  funds: defineRoute({
    method: 'get',
    path: '/api/fund/funds',
    tags,
    summary: 'Every fund, public or not, with its cash balance',
    access: MANAGERS,
    responses: { 200: jsonResponse(ManagedFundList, 'Funds'), ...errorResponses },
  }),
  createFund: defineRoute({
    method: 'post',
    path: '/api/fund/funds',
    tags,
    summary: 'Create a fund',
    access: MANAGERS,
    request: jsonBody(FundInput),
    responses: { 201: jsonResponse(ManagedFund, 'Created'), ...errorResponses },
  }),
  editFund: defineRoute({
    method: 'put',
    path: '/api/fund/funds/{id}',
    tags,
    summary: "Change a fund's name, description, goal or whether it is public (its money is the ledger's)",
    access: MANAGERS,
    request: { params: FundIdParam, ...jsonBody(FundInput) },
    responses: { 200: jsonResponse(ManagedFund, 'Saved'), ...errorResponses },
  }),
  donations: defineRoute({
    method: 'get',
    path: '/api/fund/donations',
    tags,
    summary: "A fund's latest donations, with donors' names (treasurers only)",
    access: TREASURERS,
    request: { query: DonationQuery },
    responses: { 200: jsonResponse(DonationList, 'Donations'), ...errorResponses },
  }),
  donate: defineRoute({
    method: 'post',
    path: '/api/fund/donations',
    tags,
    summary: 'Record a donation by hand (cash, cheque…); a repeated idempotency key records it once',
    access: TREASURERS,
    request: jsonBody(DonationInput),
    responses: { 201: jsonResponse(Donation, 'Recorded (or the one first recorded with this key)'), ...errorResponses },
  }),
  reverse: defineRoute({
    method: 'post',
    path: '/api/fund/donations/{id}/reverse',
    tags,
    summary: 'Reverse a donation refunded or entered by mistake (a reversal entry; entries are never edited)',
    access: TREASURERS,
    request: { params: FundIdParam },
    responses: { 200: jsonResponse(Donation, 'Reversed'), ...errorResponses },
  }),
  checkImport: defineRoute({
    method: 'post',
    path: '/api/fund/imports/check',
    tags,
    summary: 'What importing a payment-processor export would record, and its problems by line and column; writes nothing',
    access: TREASURERS,
    request: jsonBody(ImportInput),
    responses: { 200: jsonResponse(ImportSummary, 'What the import would do'), ...errorResponses },
  }),
  import: defineRoute({
    method: 'post',
    path: '/api/fund/imports',
    tags,
    summary: 'Import a payment-processor export: completed payments become donations, refunds reversals',
    description:
      'Idempotent on the processor transaction id: the same file twice records nothing new. A file with a problem writes nothing; a file with a card number is refused.',
    access: TREASURERS,
    request: jsonBody(ImportInput),
    responses: { 200: jsonResponse(ImportSummary, 'Imported'), ...errorResponses },
  }),
  verify: defineRoute({
    method: 'get',
    path: '/api/fund/ledger/verify',
    tags,
    summary: 'Check the hash chain from the first entry to the head, and the balances against the entries',
    access: TREASURERS,
    responses: { 200: jsonResponse(LedgerReport, 'The check'), ...errorResponses },
  }),
};

const tooLarge = () => {
  throw new AppError(413, 'too_large', `The file is larger than ${MAX_IMPORT_CHARS / 1024 / 1024} MB.`);
};

export function fundTreasuryRoutes(ctx: AppContext) {
  const app = createRouter();
  for (const path of IMPORT_PATHS) app.use(path, bodyLimit({ maxSize: MAX_IMPORT_BODY, onError: tooLarge }));
  return app
    .openapi(routes.funds, async (c) => c.json(await listManagedFunds(ctx), 200))
    .openapi(routes.createFund, async (c) => c.json(await createFund(ctx, principalOf(c), c.req.valid('json')), 201))
    .openapi(routes.editFund, async (c) => c.json(await editFund(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json')), 200))
    .openapi(routes.donations, async (c) => c.json({ donations: await listDonations(ctx, c.req.valid('query').fundId) }, 200))
    .openapi(routes.donate, async (c) => c.json(await recordDonation(ctx, principalOf(c), c.req.valid('json')), 201))
    .openapi(routes.reverse, async (c) => c.json(await reverseDonation(ctx, principalOf(c), c.req.valid('param').id), 200))
    .openapi(routes.checkImport, async (c) => {
      const { fundId, csv } = c.req.valid('json');
      return c.json(await checkImport(ctx, fundId, csv), 200);
    })
    .openapi(routes.import, async (c) => {
      const { fundId, csv } = c.req.valid('json');
      return c.json(await importDonations(ctx, principalOf(c), fundId, csv), 200);
    })
    .openapi(routes.verify, async (c) => c.json(await verifyLedger(ctx.db, ctx.dialect), 200));
}
