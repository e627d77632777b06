import { z } from '@hono/zod-openapi';

const base64url = (what: string) =>
  z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, `${what} must be base64url`);

/** What `PushSubscription.toJSON()` gives in a browser (only the parts sending needs). */
export const PushSubscriptionInput = z
  .object({
    endpoint: z
      .string()
      .max(1000)
      .url()
      .refine((u) => u.startsWith('https://'), 'A push endpoint is an https URL'),
    keys: z.object({
      p256dh: base64url('p256dh').openapi({ description: "The device's P-256 public key (uncompressed point)" }),
      auth: base64url('auth').openapi({ description: "The device's 16-byte authentication secret" }),
    }),
  })
  .openapi('PushSubscriptionInput');
export type PushSubscriptionInput = z.infer<typeof PushSubscriptionInput>;

export const PushEndpoint = z.object({ endpoint: z.string().max(1000) }).openapi('PushEndpoint');

export const VapidPublicKey = z
  .object({ publicKey: z.string().openapi({ description: 'The applicationServerKey for PushManager.subscribe (base64url)' }) })
  .openapi('VapidPublicKey');

export const PushSubscribed = z.object({ subscribed: z.literal(true) }).openapi('PushSubscribed');
export const PushUnsubscribed = z.object({ removed: z.boolean() }).openapi('PushUnsubscribed');
