/**
 * The server's VAPID key pair (RFC 8292): one row, made on first use. Push services bind every
 * subscription to its public key, so it must outlive restarts; losing it silently unsubscribes everyone.
 */
export interface PushVapidTable {
  /** Always 'vapid': the primary key makes two nodes creating it at once agree on one row. */
  id: string;
  /** Uncompressed P-256 point, base64url (what browsers take as `applicationServerKey`). */
  publicKey: string;
  /** The private scalar, base64url. */
  privateKey: string;
  createdAt: number;
}

/** A device's Web Push subscription. Only what sending needs: no IP address, no user agent. */
export interface PushSubscriptionTable {
  id: string;
  memberId: string;
  /** The push service URL for this device; a capability, so it is never logged. */
  endpoint: string;
  /** The device's P-256 public key (base64url) for RFC 8291 encryption. */
  p256dh: string;
  /** The device's 16-byte authentication secret (base64url). */
  auth: string;
  /** When the device last (re)registered this subscription. */
  createdAt: number;
  /** When a push service last accepted a message for it; retention counts from the later of the two. */
  lastSuccessAt: number | null;
}

export interface PushTables {
  pushVapid: PushVapidTable;
  pushSubscription: PushSubscriptionTable;
}
