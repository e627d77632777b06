// The shape of one tracker action as the importer produces it; later the API's manual entry can reuse it.
import { z } from 'zod';

const optionalText = (max: number) => z.string().min(1).max(max).nullable();
const count = z.number().int().positive().nullable();
const isoDate = z.iso.date();

export const trackerLocation = z.object({
  address: optionalText(300),
  city: optionalText(100),
  state: optionalText(100),
  zip: optionalText(20),
  lat: z.number().min(-90).max(90).nullable(),
  lng: z.number().min(-180).max(180).nullable(),
});

export const trackerActionInput = z
  .object({
    externalId: z.string().min(1).max(100),
    employer: z.string().min(1).max(300),
    organisations: z.array(z.string().min(1).max(300)).max(50),
    local: optionalText(100),
    industry: optionalText(200),
    bargainingUnitSize: count,
    locationCount: count,
    locations: z.array(trackerLocation).max(2000),
    participants: count,
    startDate: isoDate,
    endDate: isoDate.nullable(),
    durationAmount: z.number().positive().nullable(),
    durationUnit: optionalText(20),
    kind: z.enum(['strike', 'protest', 'other']),
    authorized: z.boolean().nullable(),
    demands: z.array(z.string().min(1).max(300)).max(50),
    sources: z.array(z.string().min(1).max(2000)).max(50),
    notes: z.string().min(1).max(10_000).nullable(),
  })
  .refine((a) => a.endDate === null || a.endDate >= a.startDate, { path: ['endDate'], message: 'is before the Start Date' });

export type TrackerActionInput = z.infer<typeof trackerActionInput>;
export type TrackerLocation = z.infer<typeof trackerLocation>;
