import { z } from '@hono/zod-openapi';

export const BUSINESS_KINDS = ['shop', 'grocery', 'restaurant', 'cafe', 'salon', 'service', 'other'] as const;
export const SANCTUARY_OFFERS = ['water', 'warmth', 'bathrooms', 'phone_charging'] as const;

const Id = z.string().min(1).max(64);
export const BusinessIdParam = z.object({ id: Id });

export const NewBusiness = z
  .object({
    name: z.string().trim().min(2).max(120),
    kind: z.enum(BUSINESS_KINDS),
    address: z.string().trim().min(5).max(200),
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    closing: z.boolean().openapi({ description: 'Pledges to close on the campaign day' }),
    sanctuary: z.boolean().openapi({ description: 'Offers a safe place to rest (water, warmth, bathrooms, charging)' }),
    offers: z.array(z.enum(SANCTUARY_OFFERS)).max(SANCTUARY_OFFERS.length).default([]),
    hours: z.string().trim().max(120).default(''),
    publicConsent: z.boolean().openapi({ description: 'Agrees to appear, with its exact place, on the public map' }),
    contact: z
      .string()
      .trim()
      .max(200)
      .optional()
      .openapi({ description: 'For organisers only (never public); deleted after the retention period' }),
    campaignId: Id.optional(),
  })
  .openapi('NewBusiness');
export type NewBusiness = z.infer<typeof NewBusiness>;

export const SignedUp = z
  .object({ id: z.string(), zone: z.object({ id: z.string(), name: z.string() }) })
  .openapi('BusinessSignedUp', { description: 'Received; it waits for an organiser to verify it' });

export const PublicBusiness = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(BUSINESS_KINDS),
    address: z.string(),
    lat: z.number(),
    lng: z.number(),
    zone: z.object({ id: z.string(), name: z.string() }).nullable(),
    closing: z.boolean(),
    sanctuary: z.boolean(),
    offers: z.array(z.enum(SANCTUARY_OFFERS)),
    hours: z.string(),
    campaign: z.object({ id: z.string(), title: z.string() }).nullable(),
    demo: z.boolean(),
  })
  .openapi('Business');
export type PublicBusiness = z.infer<typeof PublicBusiness>;
export const PublicBusinessList = z.object({ businesses: z.array(PublicBusiness) }).openapi('BusinessList');

export const ReviewedBusiness = PublicBusiness.extend({
  verified: z.boolean(),
  publicConsent: z.boolean(),
  hasContact: z.boolean().openapi({ description: 'A contact was left; reading it is audited' }),
  createdAt: z.number().int(),
}).openapi('ReviewedBusiness');
export type ReviewedBusiness = z.infer<typeof ReviewedBusiness>;
export const ReviewList = z.object({ businesses: z.array(ReviewedBusiness) }).openapi('BusinessReviewList');

export const BusinessContact = z.object({ contact: z.string().nullable() }).openapi('BusinessContact');
export const Removed = z.object({ removed: z.literal(true) }).openapi('BusinessRemoved');
