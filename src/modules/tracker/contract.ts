import { z } from '@hono/zod-openapi';
import { crossFieldRules, trackerActionFields } from './action-input';
import { ACTION_KINDS } from './kinds';

/** The public, read-only shape of an action: organisations and employers, never a person. */
const ActionPlace = z.object({
  address: z.string().nullable(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  zip: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
});

export const Action = z
  .object({
    id: z.string(),
    externalId: z.string(),
    kind: z.enum(ACTION_KINDS),
    employer: z.string(),
    organisations: z.array(z.string()),
    local: z.string().nullable(),
    industry: z.string().nullable(),
    bargainingUnitSize: z.number().nullable(),
    locationCount: z.number().nullable(),
    locations: z.array(ActionPlace),
    participants: z.number().nullable().openapi({ description: 'Approximate; null when not known (never 0)' }),
    startDate: z.string().openapi({ example: '2026-01-23' }),
    endDate: z.string().nullable(),
    durationAmount: z.number().nullable(),
    durationUnit: z.string().nullable(),
    authorized: z.boolean().nullable(),
    demands: z.array(z.string()),
    sources: z.array(z.string()),
    notes: z.string().nullable(),
    verified: z.boolean(),
    demo: z.boolean(),
    createdAt: z.number(),
    updatedAt: z.number(),
  })
  .openapi('Action');
export type Action = z.infer<typeof Action>;

export const ActionSummary = Action.pick({
  id: true,
  externalId: true,
  kind: true,
  employer: true,
  organisations: true,
  startDate: true,
  endDate: true,
  participants: true,
  demands: true,
  verified: true,
  demo: true,
})
  .extend({ places: z.array(z.object({ city: z.string().nullable(), state: z.string().nullable() })) })
  .openapi('ActionSummary');
export type ActionSummary = z.infer<typeof ActionSummary>;

export const ActionPage = z
  .object({ actions: z.array(ActionSummary), total: z.number(), limit: z.number(), offset: z.number() })
  .openapi('ActionPage');
export type ActionPage = z.infer<typeof ActionPage>;

export const ActionTotals = z
  .object({
    actions: z.number(),
    cities: z.number().openapi({ description: 'Distinct city + state pairs among the actions’ locations' }),
    knownParticipants: z.number().openapi({ description: 'Sum over actions whose participants are known' }),
    unknownParticipants: z.number().openapi({ description: 'Actions whose number of participants is not known' }),
  })
  .openapi('ActionTotals');
export type ActionTotals = z.infer<typeof ActionTotals>;

export const ActionMap = z
  .object({
    cellDegrees: z.number(),
    points: z.array(z.object({ lat: z.number(), lng: z.number(), actions: z.number() })),
    unlocated: z.number().openapi({ description: 'Matching actions with no point on the map' }),
  })
  .openapi('ActionMap');
export type ActionMap = z.infer<typeof ActionMap>;

const text = (max: number) => z.string().trim().min(1).max(max);

export const ActionFilters = z.object({
  from: z.iso.date().optional().openapi({ description: 'Actions going on at or after this day' }),
  to: z.iso.date().optional().openapi({ description: 'Actions that started on or before this day' }),
  city: text(100).optional(),
  state: text(100).optional().openapi({ description: 'Name or postal code' }),
  kind: z.enum(ACTION_KINDS).optional(),
  demand: text(100).optional().openapi({ description: 'Text in one of the demands, any case' }),
  verified: z.enum(['true', 'false']).optional(),
});
export type ActionFilters = z.infer<typeof ActionFilters>;

export const ActionListQuery = ActionFilters.extend({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});

const coordinate = z.coerce.number().min(-400).max(400);
export const ActionMapQuery = ActionFilters.extend({
  zoom: z.coerce.number().int().min(0).max(18).default(3),
  west: coordinate.optional(),
  south: coordinate.optional(),
  east: coordinate.optional(),
  north: coordinate.optional(),
});

export const ActionIdParam = z.object({ id: z.string().min(1).max(64) });

/** What an organiser enters; without an external id the action's own id stands in for it. */
export const ActionInput = crossFieldRules(
  trackerActionFields.extend({ externalId: trackerActionFields.shape.externalId.optional() }),
).openapi('ActionInput');
export type ActionInput = z.infer<typeof ActionInput>;

export const VerifyInput = z.object({ verified: z.boolean() }).openapi('ActionVerify');

/** The largest file an import takes: the whole ILR tracker is a few MB. */
export const MAX_IMPORT_CHARS = 30 * 1024 * 1024;

export const ImportRequest = z
  .object({ csv: z.string().min(1).max(MAX_IMPORT_CHARS).openapi({ description: 'The file, in the ILR Labor Action Tracker layout' }) })
  .openapi('ActionImportRequest');

export const ImportProblem = z.object({ line: z.number(), column: z.string().optional(), message: z.string() });

export const ImportJob = z
  .object({
    id: z.string(),
    state: z.enum(['running', 'done', 'failed']),
    totalRows: z.number(),
    goodRows: z.number(),
    rowsDone: z.number(),
    created: z.number(),
    updated: z.number(),
    unchanged: z.number(),
    badRows: z.number(),
    errorCount: z.number(),
    errors: z.array(ImportProblem).openapi({ description: 'The first problems, by line; errorCount says how many in all' }),
    failure: z.string().nullable(),
    createdAt: z.number(),
    finishedAt: z.number().nullable(),
  })
  .openapi('ActionImport');
export type ImportJob = z.infer<typeof ImportJob>;
