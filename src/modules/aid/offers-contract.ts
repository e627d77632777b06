import { z } from '@hono/zod-openapi';
import { AID_KINDS, LIMITS } from './limits';

const Id = z.string().min(1).max(64);
export const OfferIdParam = z.object({ id: Id });

export const NewOffer = z
  .object({
    kind: z.enum(AID_KINDS),
    zoneIds: z.array(Id).max(20).default([]).openapi({ description: 'Empty: anywhere in the network' }),
    availability: z.string().trim().min(2).max(LIMITS.availability).openapi({ description: 'When, in words: "weekday evenings"' }),
    note: z.string().trim().max(LIMITS.offerNote).default(''),
    until: z
      .number()
      .int()
      .min(0)
      .openapi({ description: `The last day of the offer (at most ${LIMITS.offerDays} days ahead)` }),
  })
  .openapi('NewAidOffer');
export type NewOffer = z.infer<typeof NewOffer>;

export const Offer = z
  .object({
    id: z.string(),
    kind: z.enum(AID_KINDS),
    zones: z.array(z.object({ id: z.string(), name: z.string() })),
    availability: z.string(),
    note: z.string(),
    until: z.number().int(),
    createdAt: z.number().int(),
    live: z.boolean().openapi({ description: 'Not withdrawn and not past its date' }),
    demo: z.boolean(),
  })
  .openapi('AidOffer');
export type Offer = z.infer<typeof Offer>;
export const MyOffers = z.object({ offers: z.array(Offer) }).openapi('AidMyOffers');

export const CoordinatorOffer = Offer.extend({ member: z.object({ id: z.string(), displayName: z.string() }) }).openapi(
  'AidCoordinatorOffer',
);
export type CoordinatorOffer = z.infer<typeof CoordinatorOffer>;
export const OfferList = z.object({ offers: z.array(CoordinatorOffer) }).openapi('AidOfferList');

export const AskAboutRequest = z.object({ requestId: Id }).openapi('AidAskAboutRequest');
export const Asked = z.object({ asked: z.literal(true) }).openapi('AidAsked');
export type OfferList = z.infer<typeof OfferList>;
