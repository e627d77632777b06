export type BusinessKind = 'shop' | 'grocery' | 'restaurant' | 'cafe' | 'salon' | 'service' | 'other';
export type SanctuaryOffer = 'water' | 'warmth' | 'bathrooms' | 'phone_charging';

/**
 * A business that pledges to close on a campaign day and/or to be a sanctuary. Its place is exact:
 * businesses are public places and those that consent appear on the public map.
 */
export interface BusinessTable {
  id: string;
  name: string;
  kind: BusinessKind;
  address: string;
  lat: number;
  lng: number;
  zoneId: string | null;
  campaignId: string | null;
  closing: number;
  sanctuary: number;
  /** JSON text: SanctuaryOffer[] (empty unless a sanctuary). */
  offers: string;
  hours: string;
  /** The business agreed to appear on the public map; without it only organisers see it. */
  publicConsent: number;
  /** Who organisers may reach there (phone, email, a first name): never public, deleted after a while. */
  contact: string | null;
  createdAt: number;
  verifiedAt: number | null;
  verifiedBy: string | null;
  demo: number;
}

export interface BusinessesTables {
  business: BusinessTable;
}
