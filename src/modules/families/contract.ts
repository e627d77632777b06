import { z } from '@hono/zod-openapi';
import {
  ADDRESS_MAX,
  CLOSE_REASON_MAX,
  CONTACT_MAX,
  HOUSEHOLD_MAX,
  LABEL_MAX,
  LANGUAGE_MAX,
  MAX_CASEWORKERS,
  NEED_DETAIL_MAX,
  NEED_KINDS,
  NOTE_MAX,
} from './limits';

/** The family-case API's shapes. Free text here never holds a status or an ID number (R-DATA-1). */

const Id = z.string().min(1).max(64);
const NO_ID_NUMBERS = 'Never an immigration status, A-number or Social Security number';
const CASE_STATES = ['open', 'closed'] as const;
const NEED_STATES = ['open', 'met'] as const;

export const CaseIdParam = z.object({ id: Id });
export const NeedParams = z.object({ id: Id, needId: Id });

const label = z
  .string()
  .trim()
  .min(2)
  .max(LABEL_MAX)
  .openapi({ description: 'A pseudonym for the household, e.g. "Household at Cedar 3"' });
const contact = z.string().trim().min(2).max(CONTACT_MAX).openapi({ description: 'How to reach the household' });
const address = z.string().trim().max(ADDRESS_MAX).nullable().openapi({ description: 'Only if someone must go there' });
const household = z
  .string()
  .trim()
  .max(HOUSEHOLD_MAX)
  .openapi({ description: `Children's ages, language, school. ${NO_ID_NUMBERS}.` });
const language = z.string().trim().max(LANGUAGE_MAX).openapi({ description: 'The language the household prefers' });

export const NeedInput = z
  .object({ kind: z.enum(NEED_KINDS), detail: z.string().trim().max(NEED_DETAIL_MAX).default('') })
  .openapi('FamilyNeedInput');
export type NeedInput = z.infer<typeof NeedInput>;

export const NewCase = z
  .object({
    label,
    contact,
    address: address.default(null),
    household: household.default(''),
    language: language.default(''),
    needs: z
      .array(NeedInput)
      .max(NEED_KINDS.length * 2)
      .default([]),
  })
  .openapi('NewFamilyCase');
export type NewCase = z.infer<typeof NewCase>;

export const CaseUpdate = z
  .object({ label, contact, address, household, language })
  .partial()
  .refine((u) => Object.keys(u).length > 0, 'Change at least one field.')
  .openapi('FamilyCaseUpdate');
export type CaseUpdate = z.infer<typeof CaseUpdate>;

export const NeedUpdate = z
  .object({ state: z.enum(NEED_STATES), detail: z.string().trim().max(NEED_DETAIL_MAX) })
  .partial()
  .refine((u) => Object.keys(u).length > 0, 'Change the state or the detail.')
  .openapi('FamilyNeedUpdate');
export type NeedUpdate = z.infer<typeof NeedUpdate>;

export const NoteInput = z.object({ body: z.string().trim().min(1).max(NOTE_MAX) }).openapi('FamilyNoteInput');
export const CloseInput = z.object({ reason: z.string().trim().min(2).max(CLOSE_REASON_MAX) }).openapi('FamilyCaseClose');
export const CaseworkersInput = z
  .object({ memberIds: z.array(Id).min(1).max(MAX_CASEWORKERS).openapi({ description: 'Every caseworker the case should have' }) })
  .openapi('FamilyCaseworkers');

const Person = z.object({ id: z.string(), displayName: z.string() }).openapi('FamilyCaseworker');
export type Person = z.infer<typeof Person>;
export const CaseworkerList = z.object({ caseworkers: z.array(Person) }).openapi('FamilyCaseworkerList');

export const Need = z
  .object({
    id: z.string(),
    kind: z.enum(NEED_KINDS),
    detail: z.string(),
    state: z.enum(NEED_STATES),
    createdAt: z.number().int(),
    updatedAt: z.number().int(),
  })
  .openapi('FamilyNeed');
export type Need = z.infer<typeof Need>;

export const Note = z
  .object({ id: z.string(), body: z.string(), author: Person.nullable(), createdAt: z.number().int() })
  .openapi('FamilyNote');
export type Note = z.infer<typeof Note>;

export const CaseFields = z
  .object({ label: z.string(), contact: z.string(), address: z.string().nullable(), household: z.string(), language: z.string() })
  .openapi('FamilyCaseFields');
export type CaseFields = z.infer<typeof CaseFields>;

export const Closing = z
  .object({
    state: z.enum(CASE_STATES),
    closedAt: z.number().int().nullable(),
    closeReason: z.string().nullable(),
    deletesAt: z.number().int().nullable().openapi({ description: 'When retention deletes the closed case (null: open, or kept)' }),
  })
  .openapi('FamilyCaseClosing');
export type Closing = z.infer<typeof Closing>;

export const CaseDetail = CaseFields.extend(Closing.shape)
  .extend({
    id: z.string(),
    createdAt: z.number().int(),
    updatedAt: z.number().int(),
    needs: z.array(Need),
    notes: z.array(Note).openapi({ description: 'Oldest first' }),
    caseworkers: z.array(Person),
    retentionDays: z.number().int().openapi({ description: 'A closed case is deleted this many days after closing (0: kept)' }),
    demo: z.boolean(),
  })
  .openapi('FamilyCase');
export type CaseDetail = z.infer<typeof CaseDetail>;

export const CaseSummary = z
  .object({
    id: z.string(),
    /** Null when the label could not be decrypted (altered in the database); the case page says more. */
    label: z.string().nullable(),
    state: z.enum(CASE_STATES),
    openNeeds: z.number().int(),
    createdAt: z.number().int(),
    updatedAt: z.number().int(),
    closedAt: z.number().int().nullable(),
  })
  .openapi('FamilyCaseSummary');
export type CaseSummary = z.infer<typeof CaseSummary>;
export const CaseList = z.object({ cases: z.array(CaseSummary) }).openapi('FamilyCaseList');
export type CaseList = z.infer<typeof CaseList>;

/** What organisers see: that cases exist and who works them, never what is in them. */
export const CaseOverview = z
  .object({
    counts: z.object({ open: z.number().int(), closed: z.number().int() }),
    cases: z.array(
      z.object({
        id: z.string(),
        state: z.enum(CASE_STATES),
        createdAt: z.number().int(),
        closedAt: z.number().int().nullable(),
        caseworkers: z.array(Person),
      }),
    ),
  })
  .openapi('FamilyCaseOverview');
export type CaseOverview = z.infer<typeof CaseOverview>;

export const Opened = z.object({ id: z.string() }).openapi('FamilyCaseOpened');
