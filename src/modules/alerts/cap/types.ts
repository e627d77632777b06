/**
 * What a CAP 1.2 message (OASIS Common Alerting Protocol) and the Atom feed of active alerts are made
 * from. Times are epoch milliseconds; they are written in `timeZone` (the network's, config.timeZone).
 */

/** The app's four languages as RFC 3066 tags (CAP `language` is xs:language). */
export type CapLanguage = 'en-US' | 'es-US' | 'so' | 'hmn';
export type CapStatus = 'Actual' | 'Exercise' | 'System' | 'Test' | 'Draft';
export type CapMsgType = 'Alert' | 'Update' | 'Cancel';
export type CapCategory =
  | 'Geo'
  | 'Met'
  | 'Safety'
  | 'Security'
  | 'Rescue'
  | 'Fire'
  | 'Health'
  | 'Env'
  | 'Transport'
  | 'Infra'
  | 'CBRNE'
  | 'Other';
export type CapResponseType = 'Shelter' | 'Evacuate' | 'Prepare' | 'Execute' | 'Avoid' | 'Monitor' | 'Assess' | 'AllClear' | 'None';
export type CapUrgency = 'Immediate' | 'Expected' | 'Future' | 'Past' | 'Unknown';
export type CapSeverity = 'Extreme' | 'Severe' | 'Moderate' | 'Minor' | 'Unknown';
export type CapCertainty = 'Observed' | 'Likely' | 'Possible' | 'Unlikely' | 'Unknown';

/**
 * Who may see the message. Alerts go to the network's members, so `Restricted` with a `restriction`
 * saying so; `Public` only for what is published anyway (the public Atom feed, when it is switched on).
 * CAP's `Private` needs an `addresses` list of recipients, which a zone broadcast does not have.
 */
export type CapScope = { scope: 'Public' } | { scope: 'Restricted'; restriction: string };

/** An earlier message of the same alert, which this one updates or cancels. */
export interface CapReference {
  sender: string;
  identifier: string;
  sent: number;
}

/** A GeoJSON position, [longitude, latitude], as the zones module stores shapes. */
export type LngLat = readonly [lng: number, lat: number];

export interface CapArea {
  /** The zone's name(s), e.g. "Powderhorn Park". */
  areaDesc: string;
  /** Coarse zone outlines: the outer ring of each zone polygon, as GeoJSON. Never an exact point. */
  rings?: readonly (readonly LngLat[])[];
  geocodes?: readonly { valueName: string; value: string }[];
}

/** The message in one language. */
export interface CapInfo {
  language: CapLanguage;
  /** Default: Safety. */
  categories?: readonly CapCategory[];
  event: string;
  responseTypes?: readonly CapResponseType[];
  urgency: CapUrgency;
  severity: CapSeverity;
  /** `Observed` for an alert a verifier confirmed. */
  certainty: CapCertainty;
  /** When the activity was seen. */
  onset?: number;
  expires: number;
  senderName: string;
  /** CAP asks for fewer than 160 characters. */
  headline: string;
  description: string;
  instruction?: string;
  /** The alert's page (absolute URL). */
  web?: string;
  contact?: string;
}

export type CapAlertInput = CapScope & {
  /** Unique per message: an update or cancel is a new message with its own identifier. */
  identifier: string;
  /** e.g. `whistle@whistle.example.org` (see capSender). */
  sender: string;
  sent: number;
  /** Default: Actual. A demo network should send `Exercise`. */
  status?: CapStatus;
  msgType: CapMsgType;
  note?: string;
  /** Required for Update and Cancel: the messages this one follows. */
  references?: readonly CapReference[];
  /** Incident ids (the report id), grouping every message about one incident. */
  incidents?: readonly string[];
  /** One per language, all with the same areas. */
  infos: readonly CapInfo[];
  areas: readonly CapArea[];
  /** IANA zone the times are written in, e.g. America/Chicago. */
  timeZone: string;
};

export interface AtomEntryInput {
  /** The alert's id (a UUID); the entry id is `urn:uuid:<id>`. */
  id: string;
  title: string;
  summary?: string;
  /** When the alert was sent. */
  published: number;
  /** When it last changed. */
  updated: number;
  /** Where its CAP message is (absolute URL). */
  capUrl: string;
  /** Its page in the app (absolute URL). */
  pageUrl?: string;
}

export interface AtomFeedInput {
  title: string;
  /** The feed's own absolute URL; the feed id is derived from it, so it stays the same across restarts. */
  selfUrl: string;
  /** The app (absolute URL). */
  siteUrl?: string;
  /** The network, as the feed's author. */
  author: string;
  /** When anything in the feed last changed (the feed's `updated` even when it is empty). */
  updated: number;
  timeZone: string;
  entries: readonly AtomEntryInput[];
}
