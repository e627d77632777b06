/**
 * Tables of the `webhooks` module: the endpoints organisers register, and an outbox of deliveries
 * with every attempt made. Nothing here names a person: payloads carry ids, kinds and counts only.
 */

export const DELIVERY_STATES = ['pending', 'sending', 'delivered', 'failed'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

export interface WebhookEndpointTable {
  id: string;
  url: string;
  description: string;
  /** JSON array of the public event types it receives. */
  eventTypes: string;
  active: number;
  /**
   * Kept in clear because every delivery is signed with it (an HMAC key cannot be a hash). It is shown
   * once, at creation or rotation, and never listed.
   */
  secret: string;
  /** The secret before the last rotation: deliveries are signed with both until `previousSecretUntil`. */
  previousSecret: string | null;
  previousSecretUntil: number | null;
  createdAt: number;
  createdBy: string | null;
  updatedAt: number;
}

/** One event for one endpoint (unique, so every node that hears the event inserts it once). */
export interface WebhookDeliveryTable {
  id: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  /** The exact JSON body sent on every attempt. */
  payload: string;
  state: DeliveryState;
  /** Failed attempts since it was queued (or requeued by hand); drives the backoff. */
  failures: number;
  /** When a pending delivery may next be sent. */
  nextAttemptAt: number | null;
  /** Whoever is sending it right now, and until when: a node that dies mid-send lets it go. */
  claimToken: string | null;
  claimedUntil: number | null;
  createdAt: number;
  deliveredAt: number | null;
  lastStatusCode: number | null;
  lastErrorClass: string | null;
}

/** One HTTP attempt: what came back and how long it took. Never the receiver's address, never a whole body. */
export interface WebhookAttemptTable {
  id: string;
  deliveryId: string;
  at: number;
  statusCode: number | null;
  errorClass: string | null;
  durationMs: number;
  responseSnippet: string;
}

export interface WebhooksTables {
  webhookEndpoint: WebhookEndpointTable;
  webhookDelivery: WebhookDeliveryTable;
  webhookAttempt: WebhookAttemptTable;
}
