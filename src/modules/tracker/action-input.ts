// The shape of one tracker action, as the importer produces it and as organisers enter it. Whatever
// passes here also survives a trip through the ILR CSV layout: no `;` inside list items (lists are
// `;`-separated there), no repeated items, coordinates for every location or none.
import { z } from '@hono/zod-openapi';
import { ACTION_KINDS } from './kinds';

const noSeparator = (value: string) => !/[;\r\n]/.test(value);
const listItem = (max: number) => z.string().trim().min(1).max(max).refine(noSeparator, 'must not contain ";" or a line break');
const optionalItem = (max: number) => listItem(max).nullable();
const optionalText = (max: number) => z.string().trim().min(1).max(max).nullable();
/** Counts of people: 0 is not a count (the ILR writes 0 for "not known", which is null here). */
const count = z.number().int().positive().max(100_000_000).nullable();
const isoDate = z.iso.date();
const distinctList = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((items) => new Set(items).size === items.length, 'lists the same item twice');

export const trackerLocation = z
  .object({
    address: optionalItem(300),
    city: optionalItem(100),
    state: optionalItem(100),
    zip: optionalItem(20),
    lat: z.number().min(-90).max(90).nullable(),
    lng: z.number().min(-180).max(180).nullable(),
  })
  .refine((place) => Object.values(place).some((value) => value !== null), 'a location needs at least a city, state, address or point')
  .refine((place) => (place.lat === null) === (place.lng === null), { path: ['lng'], message: 'give both latitude and longitude' });

export const trackerActionFields = z.object({
  externalId: listItem(100),
  employer: z.string().trim().min(1).max(300),
  organisations: distinctList(listItem(300), 50),
  local: optionalText(100),
  industry: optionalText(200),
  bargainingUnitSize: count,
  locationCount: count,
  locations: z.array(trackerLocation).max(2000),
  participants: count,
  startDate: isoDate,
  endDate: isoDate.nullable(),
  durationAmount: z.number().positive().max(1_000_000).nullable(),
  durationUnit: z.string().trim().toLowerCase().min(1).max(20).nullable(),
  kind: z.enum(ACTION_KINDS),
  authorized: z.boolean().nullable(),
  demands: distinctList(listItem(300), 50),
  sources: distinctList(listItem(2000), 50),
  notes: optionalText(10_000),
});

type Fields = z.infer<typeof trackerActionFields>;

/** The rules that span fields; applied to every variant of the shape. */
export const crossFieldRules = <T extends z.ZodType<Pick<Fields, 'startDate' | 'endDate' | 'locations'>>>(schema: T) =>
  schema
    .refine((a) => a.endDate === null || a.endDate >= a.startDate, { path: ['endDate'], message: 'is before the Start Date' })
    .refine((a) => new Set(a.locations.map((place) => place.lat === null)).size <= 1, {
      path: ['locations'],
      message: 'give a point for every location or none',
    });

export const trackerActionInput = crossFieldRules(trackerActionFields);

export type TrackerActionInput = z.infer<typeof trackerActionInput>;
export type TrackerLocation = z.infer<typeof trackerLocation>;
