import { z } from '@hono/zod-openapi';
import {
  DESCRIPTION_MAX,
  DISBURSEMENT_CATEGORIES,
  DISBURSEMENT_STATES,
  DONATION_METHODS,
  IMPORT_PRESETS,
  MAX_AMOUNT_CENTS,
  MAX_IMPORT_CHARS,
  NAME_MAX,
  NOTE_MAX,
  REASON_MAX,
} from './limits';

export * from './limits';

/** The fund API's shapes, shared by the server and the web app (which imports only their types). */

const Id = z.string().min(1).max(64);
export const FundIdParam = z.object({ id: Id });
const Cents = z.number().int().min(1).max(MAX_AMOUNT_CENTS);
const Name = { id: z.string(), name: z.string() };
const Person = z.object(Name).nullable();

const Translation = z.object({
  name: z.string().trim().max(NAME_MAX).optional(),
  description: z.string().trim().max(DESCRIPTION_MAX).optional(),
});
const Translations = z.object({ es: Translation.optional(), so: Translation.optional(), hmn: Translation.optional() }).strict();
export type FundTranslations = z.infer<typeof Translations>;

export const FundInput = z
  .object({
    name: z.string().trim().min(2).max(NAME_MAX),
    description: z.string().trim().max(DESCRIPTION_MAX).default(''),
    translations: Translations.default({}),
    goalCents: z.number().int().min(0).max(MAX_AMOUNT_CENTS),
    public: z.boolean().openapi({ description: 'Shown on /funds with its totals (never who gave or received)' }),
  })
  .openapi('FundInput');
export type FundInput = z.infer<typeof FundInput>;

export const LedgerHead = z
  .object({ seq: z.number().int(), hash: z.string() })
  .openapi('LedgerHead', { description: 'The last ledger entry: note it, and a rewritten history will not match it' });

const ByCategory = z.object(
  Object.fromEntries(DISBURSEMENT_CATEGORIES.map((c) => [c, z.number().int()])) as Record<
    (typeof DISBURSEMENT_CATEGORIES)[number],
    z.ZodNumber
  >,
);

export const PublicFund = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    translations: Translations,
    goalCents: z.number().int(),
    raisedCents: z.number().int(),
    paidOutCents: z.number().int(),
    paidOutByCategory: ByCategory,
    demo: z.boolean(),
  })
  .openapi('PublicFund');
export type PublicFund = z.infer<typeof PublicFund>;
export const PublicFundList = z.object({ funds: z.array(PublicFund), ledgerHead: LedgerHead }).openapi('PublicFundList');
export const PublicFundPage = z.object({ fund: PublicFund, ledgerHead: LedgerHead }).openapi('PublicFundPage');
export type PublicFundPage = z.infer<typeof PublicFundPage>;

export const ManagedFund = PublicFund.extend({ public: z.boolean(), cashCents: z.number().int() }).openapi('ManagedFund');
export type ManagedFund = z.infer<typeof ManagedFund>;
export const ManagedFundList = z.object({ funds: z.array(ManagedFund), ledgerHead: LedgerHead }).openapi('ManagedFundList');

export const DonationInput = z
  .object({
    fundId: Id,
    amountCents: Cents,
    receivedOn: z.iso.date().openapi({ description: 'The day the money was given (YYYY-MM-DD)' }),
    method: z.enum(DONATION_METHODS),
    donorName: z.string().trim().max(NAME_MAX).optional().openapi({ description: 'Treasurers only; erased after a year' }),
    note: z.string().trim().max(NOTE_MAX).optional().openapi({ description: 'Treasurers only; erased after a year' }),
    idempotencyKey: z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,64}$/)
      .optional()
      .openapi({ description: 'Made by the form once per donation: a request sent again records it once' }),
  })
  .openapi('DonationInput');
export type DonationInput = z.infer<typeof DonationInput>;

export const Donation = z
  .object({
    id: z.string(),
    fundId: z.string(),
    amountCents: z.number().int(),
    reversedCents: z.number().int(),
    receivedAt: z.number().int(),
    method: z.enum(DONATION_METHODS),
    source: z.enum(['manual', ...IMPORT_PRESETS]),
    externalId: z.string().nullable(),
    donorName: z.string().nullable(),
    note: z.string().nullable(),
    entrySeq: z.number().int(),
    recordedBy: Person,
    createdAt: z.number().int(),
  })
  .openapi('Donation');
export type Donation = z.infer<typeof Donation>;
export const DonationList = z.object({ donations: z.array(Donation) }).openapi('DonationList');
export const DonationQuery = z.object({ fundId: Id }).strict();

export const ImportInput = z
  .object({
    fundId: Id,
    csv: z
      .string()
      .min(1)
      .max(MAX_IMPORT_CHARS)
      .openapi({ description: 'A Stripe payments export, a PayPal activity download, or id,date,amount[,currency,name]' }),
  })
  .openapi('DonationImportInput');

const Problem = z.object({ line: z.number().int(), column: z.string().optional(), message: z.string() });
export const ImportSummary = z
  .object({
    preset: z.enum(IMPORT_PRESETS),
    rows: z.number().int().openapi({ description: 'Data rows read' }),
    donations: z.number().int().openapi({ description: 'New donations (written, or to be written by the import)' }),
    donationCents: z.number().int(),
    refunds: z.number().int().openapi({ description: 'Refunds of known donations, recorded as reversals' }),
    refundCents: z.number().int(),
    duplicates: z.number().int().openapi({ description: 'Already imported (same processor transaction id): left as they are' }),
    skipped: z.array(Problem).openapi({ description: 'Rows that are not completed donations, with why; nothing is written for them' }),
    problems: z.array(Problem).openapi({ description: 'Rows that must be fixed first; while there is one, nothing is written' }),
    written: z.boolean(),
  })
  .openapi('DonationImportSummary');
export type ImportSummary = z.infer<typeof ImportSummary>;

export const DisbursementInput = z
  .object({
    fundId: Id,
    category: z.enum(DISBURSEMENT_CATEGORIES),
    amountCents: Cents,
    payeeName: z.string().trim().min(2).max(NAME_MAX).openapi({ description: 'Who is paid (a landlord, a lawyer): treasurers only' }),
    payeeDetails: z.string().trim().max(NOTE_MAX).default('').openapi({ description: 'How to pay them: treasurers only' }),
    reason: z.string().trim().min(3).max(REASON_MAX),
    caseId: Id.optional().openapi({ description: 'The family case (its assigned caseworkers ask)' }),
    aidRequestId: Id.optional().openapi({ description: 'A rent/bills aid request (organisers and dispatchers ask)' }),
  })
  .openapi('DisbursementInput');
export type DisbursementInput = z.infer<typeof DisbursementInput>;

export const Disbursement = z
  .object({
    id: z.string(),
    fundId: z.string(),
    fundName: z.string(),
    fundTranslations: Translations.openapi({ description: "The fund's name in other languages" }),
    category: z.enum(DISBURSEMENT_CATEGORIES),
    amountCents: z.number().int(),
    state: z.enum(DISBURSEMENT_STATES),
    caseId: z.string().nullable(),
    aidRequestId: z.string().nullable(),
    reason: z.string().nullable(),
    requestedBy: Person,
    firstApprover: Person,
    decidedBy: Person,
    decidedAt: z.number().int().nullable(),
    rejectReason: z.string().nullable(),
    payee: z.object({ name: z.string(), details: z.string() }).nullable().openapi({ description: 'Treasurers only' }),
    createdAt: z.number().int(),
  })
  .openapi('Disbursement');
export type Disbursement = z.infer<typeof Disbursement>;
export const DisbursementList = z.object({ disbursements: z.array(Disbursement) }).openapi('DisbursementList');
export const CaseQuery = z.object({ caseId: Id }).strict();
export const Approvals = z.object({ waiting: z.array(Disbursement), decided: z.array(Disbursement) }).openapi('FundApprovals');
export type Approvals = z.infer<typeof Approvals>;
export const RejectInput = z.object({ reason: z.string().trim().min(3).max(NOTE_MAX) }).openapi('DisbursementReject');

export const FundableAidRequest = z
  .object({
    id: z.string(),
    state: z.string(),
    amountCents: z.number().int().nullable(),
    caseId: z.string().nullable(),
    zone: z.object(Name).nullable(),
    createdAt: z.number().int(),
  })
  .openapi('FundableAidRequest');
export type FundableAidRequest = z.infer<typeof FundableAidRequest>;
export const FundableAidRequestList = z.object({ requests: z.array(FundableAidRequest) }).openapi('FundableAidRequestList');

export const LedgerReport = z
  .object({
    ok: z.boolean(),
    entries: z.number().int(),
    head: LedgerHead,
    firstBreak: z.object({ seq: z.number().int(), reason: z.enum(['edited', 'missing', 'reordered', 'bad_genesis']) }).nullable(),
    balanceMismatches: z.array(z.object({ account: z.string(), recordedCents: z.number().int(), ledgerCents: z.number().int() })),
  })
  .openapi('LedgerReport');
export type LedgerReport = z.infer<typeof LedgerReport>;
