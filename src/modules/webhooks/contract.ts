import { z } from '@hono/zod-openapi';
import { PUBLIC_EVENT_TYPES } from '../../core/bus/public-events';
import { DELIVERY_STATES } from './schema';

/** The webhooks API's shapes, shared by the server and the web app. */

/** Sent by "send a test": not a public event, so no endpoint subscribes to it. */
export const PING_EVENT_TYPE = 'ping';

export const URL_MAX = 2000;
export const DESCRIPTION_MAX = 500;

const Url = z.string().trim().min(1).max(URL_MAX).openapi({ example: 'https://hooks.example.org/whistle' });
const Description = z.string().trim().max(DESCRIPTION_MAX);
const EventTypes = z
  .array(z.enum(PUBLIC_EVENT_TYPES))
  .min(1)
  .max(PUBLIC_EVENT_TYPES.length)
  .refine((types) => new Set(types).size === types.length, 'List each event type once.');

export const NewWebhookEndpoint = z
  .object({ url: Url, description: Description.default(''), eventTypes: EventTypes, active: z.boolean().default(true) })
  .openapi('NewWebhookEndpoint');
export type NewWebhookEndpoint = z.infer<typeof NewWebhookEndpoint>;

export const WebhookEndpointChanges = z
  .object({ url: Url.optional(), description: Description.optional(), eventTypes: EventTypes.optional(), active: z.boolean().optional() })
  .openapi('WebhookEndpointChanges');
export type WebhookEndpointChanges = z.infer<typeof WebhookEndpointChanges>;

export const WebhookEndpoint = z
  .object({
    id: z.string(),
    url: z.string(),
    description: z.string(),
    eventTypes: z.array(z.enum(PUBLIC_EVENT_TYPES)),
    active: z.boolean(),
    createdAt: z.number(),
    updatedAt: z.number(),
    previousSecretUntil: z
      .number()
      .nullable()
      .openapi({ description: 'After a rotation, deliveries are also signed with the old secret until this time' }),
  })
  .openapi('WebhookEndpoint');
export type WebhookEndpoint = z.infer<typeof WebhookEndpoint>;
export const WebhookEndpointList = z.object({ endpoints: z.array(WebhookEndpoint) }).openapi('WebhookEndpointList');

export const WebhookSecret = z
  .object({
    secret: z.string().openapi({ description: 'Shown this once: keep it with the receiver', example: 'whsec_…' }),
    previousSecretUntil: z.number().nullable(),
  })
  .openapi('WebhookSecret');
export type WebhookSecret = z.infer<typeof WebhookSecret>;
export const CreatedWebhookEndpoint = WebhookEndpoint.extend({ secret: z.string() }).openapi('CreatedWebhookEndpoint');
export type CreatedWebhookEndpoint = z.infer<typeof CreatedWebhookEndpoint>;

export const WebhookAttempt = z
  .object({
    id: z.string(),
    at: z.number(),
    statusCode: z.number().nullable(),
    errorClass: z.string().nullable().openapi({ description: 'timeout, blocked_address, dns, connection, tls or other' }),
    durationMs: z.number(),
    responseSnippet: z.string(),
  })
  .openapi('WebhookAttempt');

export const WebhookDelivery = z
  .object({
    id: z.string(),
    endpointId: z.string(),
    eventId: z.string(),
    eventType: z.string(),
    state: z.enum(DELIVERY_STATES),
    failures: z.number(),
    nextAttemptAt: z.number().nullable(),
    createdAt: z.number(),
    deliveredAt: z.number().nullable(),
    lastStatusCode: z.number().nullable(),
    lastErrorClass: z.string().nullable(),
    attempts: z.array(WebhookAttempt).openapi({ description: 'Newest first' }),
  })
  .openapi('WebhookDelivery');
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

export const WebhookDeliveryList = z
  .object({
    deliveries: z.array(WebhookDelivery),
    nextCursor: z.string().nullable().openapi({ description: 'Pass as `before` for the next (older) page' }),
  })
  .openapi('WebhookDeliveryList');
export type WebhookDeliveryList = z.infer<typeof WebhookDeliveryList>;

export const DeliveriesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  before: z.string().min(1).max(64).optional(),
});
