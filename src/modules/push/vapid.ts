import { createECDH, createPrivateKey, type KeyObject, sign } from 'node:crypto';

/**
 * VAPID (RFC 8292): the server proves to push services that it is the one the subscriptions were
 * made for. The signed token is valid for hours, so it is signed once per push service origin
 * and reused, instead of once per message: ECDSA signing is the cost worth saving.
 */

export interface VapidKeys {
  /** Uncompressed P-256 point, base64url. */
  publicKey: string;
  /** Private scalar, base64url. */
  privateKey: string;
}

export function generateVapidKeys(): VapidKeys {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return { publicKey: ecdh.getPublicKey('base64url'), privateKey: ecdh.getPrivateKey('base64url') };
}

/** RFC 8292 §2: at most 24 hours ahead. */
export const TOKEN_LIFETIME_MS = 12 * 60 * 60 * 1000;
/** A cached header is replaced this long before its token expires, so no push carries a dying token. */
export const TOKEN_REFRESH_MARGIN_MS = 60 * 60 * 1000;

const b64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');
const JWT_HEADER = b64url(JSON.stringify({ typ: 'JWT', alg: 'ES256' }));

function privateKeyObject(keys: VapidKeys): KeyObject {
  const point = Buffer.from(keys.publicKey, 'base64url');
  if (point.length !== 65 || point[0] !== 4) throw new Error('The VAPID public key is not an uncompressed P-256 point');
  return createPrivateKey({
    key: { kty: 'EC', crv: 'P-256', d: keys.privateKey, x: b64url(point.subarray(1, 33)), y: b64url(point.subarray(33)) },
    format: 'jwk',
  });
}

/** Makes `Authorization: vapid t=…, k=…` headers, one signature per audience per 11 hours. */
export class VapidSigner {
  private readonly key: KeyObject;
  private readonly cache = new Map<string, { header: string; refreshAt: number }>();

  constructor(
    private readonly keys: VapidKeys,
    /** Who to contact about this server's pushes: a mailto: or https: URI. */
    private readonly subject: string,
    private readonly now: () => number,
  ) {
    this.key = privateKeyObject(keys);
  }

  /** `audience` is the push service's origin, e.g. https://fcm.googleapis.com. */
  authorization(audience: string): string {
    const now = this.now();
    const cached = this.cache.get(audience);
    if (cached && now < cached.refreshAt) return cached.header;
    const expiresAt = now + TOKEN_LIFETIME_MS;
    const claims = b64url(JSON.stringify({ aud: audience, exp: Math.floor(expiresAt / 1000), sub: this.subject }));
    const signature = sign('sha256', Buffer.from(`${JWT_HEADER}.${claims}`), { key: this.key, dsaEncoding: 'ieee-p1363' });
    const header = `vapid t=${JWT_HEADER}.${claims}.${signature.toString('base64url')}, k=${this.keys.publicKey}`;
    this.cache.set(audience, { header, refreshAt: expiresAt - TOKEN_REFRESH_MARGIN_MS });
    return header;
  }
}
