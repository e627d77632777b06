import path from 'node:path';
import { z } from 'zod';

/** Days each kind of record is kept after it stops being useful (R-RET-1). 0 = keep forever. */
export const defaultRetentionDays = {
  session: 30,
  invite: 30,
  challenge: 1,
  report: 30,
  alert: 30,
  dispatch: 30,
  /** Counted from the day its incident was closed; evidence a caseworker holds is kept. */
  evidence: 30,
  push_subscription: 90,
  /** A tracker CSV import's job: its progress and the problems it found (which quote the file). */
  tracker_import: 30,
  /** Pledge contacts (for reminders), counted from the end of the campaign; closing it drops them at once. */
  pledge_contact: 2,
  /** Pledges themselves (names, workplaces, union locals, schools), counted from the end of the campaign; counts stay. */
  pledge: 90,
  /** Counted from the end of the event: RSVPs then lose name, contact and member link (counts stay). */
  event_rsvp: 1,
  /** An endorsing organisation's private contact, counted from the end of the campaign. */
  endorsement_contact: 30,
  /** Webhook deliveries and their attempts, counted from when the delivery was made. */
  webhook_delivery: 30,
  /** Who answered a survey (never what), counted from when the survey closed; the anonymous answers stay. */
  survey_respondent: 30,
  /** A business's private contact for organisers, counted from its sign-up. */
  business_contact: 90,
  /** Business sign-ups no organiser verified, counted from the sign-up. */
  business_unverified: 30,
  /**
   * Aid requests, counted from when they were done, cancelled or confirmed: the address, contact and
   * notes are erased at once on completion plus this many days, and the request itself is deleted.
   */
  aid_request: 30,
  /** Recurring rides (riders, drivers' availability, weekly assignments), counted from when they ended. */
  ride: 30,
  /** A family case and everything in it, counted from when the caseworker closed it. */
  family_case: 90,
  /** A disbursement's payee details (who was paid), counted from the payout; amounts stay in the ledger. */
  fund_payee: 365,
  /** A donation's donor name and note, counted from when it was recorded; the amount stays in the ledger. */
  fund_donor: 365,
  /** Patrol sign-ups (who patrolled when, check-ins, no-shows), counted from the end of the shift; the shift's counts stay. */
  patrol_signup: 90,
  /** A training session's RSVPs, attendance and trainers, counted from its end; the qualifications it granted stay. */
  training_attendance: 90,
  /** A qualification, counted from when it lapsed or was revoked (organisers still see it lapsed meanwhile). */
  qualification_expired: 365,
  /** Marshals' opt-in phone numbers and the organisers' contact lines of a marshal plan, counted from the event's end. */
  marshal_contact: 3,
  /** A marshal plan with its posts, assignments and check-ins, counted from the event's end (kept for the debrief). */
  marshal_plan: 90,
  /** Who checked in at an assembly's meeting, counted from the check-in; the figure present at each vote stays on its proposal. */
  assembly_attendance: 365,
} as const satisfies Record<string, number>;
export type RetentionKind = keyof typeof defaultRetentionDays | (string & {});

const boolish = z.enum(['0', '1', 'true', 'false', 'yes', 'no']).transform((v) => v === '1' || v === 'true' || v === 'yes');

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  PUBLIC_URL: z.string().url().optional(),
  WHISTLE_DEMO: boolish.default(true),
  WHISTLE_NETWORK_NAME: z.string().min(1).default('Minneapolis'),
  TRUST_PROXY: boolish.default(false),
  NATS_URL: z.string().optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  RETENTION_DAYS: z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (!s) return {};
      try {
        return z.record(z.string(), z.number().int().min(0)).parse(JSON.parse(s));
      } catch {
        ctx.addIssue({ code: 'custom', message: 'RETENTION_DAYS must be JSON like {"report":30}' });
        return z.NEVER;
      }
    }),
  PURGE_INTERVAL_MINUTES: z.coerce.number().int().min(1).default(60),
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  INTAKE_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(6),
  WHISTLE_TIME_ZONE: z
    .string()
    .default('America/Chicago')
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'WHISTLE_TIME_ZONE must be an IANA time zone like America/Chicago'),
  DUPLICATE_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  DISPATCH_WIDEN_MINUTES: z.coerce.number().int().min(1).max(120).default(5),
  DISPATCH_OFFER_MINUTES: z.coerce.number().int().min(1).max(240).default(30),
  ALERTS_PUBLIC_FEED: boolish.default(false),
  EVIDENCE_DIR: z.string().optional(),
  WHISTLE_CLOCK_FILE: z.string().optional(),
  EVIDENCE_MAX_MB: z.coerce.number().int().min(1).max(500).default(50),
  WEBHOOKS_ALLOW_PRIVATE: boolish.default(false),
  SIGNUP_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  AID_CLAIM_LEASE_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  AID_MAX_OPEN_CLAIMS: z.coerce.number().int().min(1).max(50).default(3),
  FAMILIES_KEY: z.string().optional(),
  FAMILIES_KEY_FILE: z.string().optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  /** The origin people type into their browser; passkeys are bound to its host name. */
  publicUrl: string;
  demo: boolean;
  networkName: string;
  trustProxy: boolean;
  natsUrl?: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  retentionDays: Record<string, number>;
  purgeIntervalMinutes: number;
  /** Sign-in and invite attempts per client address per minute. */
  authRateLimitPerMinute: number;
  /** Anonymous sighting reports per client address per minute. */
  intakeRateLimitPerMinute: number;
  /**
   * Public sign-ups (pledges, RSVPs, endorsements, businesses) per client address per minute: higher than
   * sighting intake, because a union hall or a school signs many people up over one shared connection.
   */
  signupRateLimitPerMinute: number;
  /** The network's local time zone, for CAP times like 2026-01-23T10:15:00-06:00. */
  timeZone: string;
  /** Reports in the same or a neighbouring zone within this many minutes are suggested as duplicates. */
  duplicateWindowMinutes: number;
  /** If no responder accepts within this many minutes, the offer widens to neighbouring zones. */
  dispatchWidenMinutes: number;
  /** An unanswered offer expires after this many minutes. */
  dispatchOfferMinutes: number;
  /** Publish an Atom feed of active alerts at /api/alerts/feed.atom (off by default). */
  alertsPublicFeed: boolean;
  /** Where evidence files are stored. */
  evidenceDir: string;
  evidenceMaxBytes: number;
  /** Let webhooks reach loopback and private-network addresses (local receivers, tests); never link-local or metadata. */
  webhooksAllowPrivate: boolean;
  /** Browser tests only: read the time from this file (see fileClock). */
  clockFile?: string;
  /** A claimed aid task goes back to open after this many minutes unless the volunteer confirms it. */
  aidClaimLeaseMinutes: number;
  /** How many aid tasks one volunteer may hold (claimed or in progress) at once. */
  aidMaxOpenClaims: number;
  /**
   * The family-case field key (R-ENC-1): 32 random bytes, base64url. Given at start, never stored in the
   * database; FAMILIES_KEY_FILE names a file holding it instead (see the families module).
   */
  familiesKey?: string;
  familiesKeyFile?: string;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    demo: e.WHISTLE_DEMO,
    networkName: e.WHISTLE_NETWORK_NAME,
    trustProxy: e.TRUST_PROXY,
    natsUrl: e.NATS_URL,
    logLevel: e.LOG_LEVEL,
    retentionDays: { ...defaultRetentionDays, ...e.RETENTION_DAYS },
    purgeIntervalMinutes: e.PURGE_INTERVAL_MINUTES,
    authRateLimitPerMinute: e.AUTH_RATE_LIMIT_PER_MINUTE,
    intakeRateLimitPerMinute: e.INTAKE_RATE_LIMIT_PER_MINUTE,
    signupRateLimitPerMinute: e.SIGNUP_RATE_LIMIT_PER_MINUTE,
    timeZone: e.WHISTLE_TIME_ZONE,
    duplicateWindowMinutes: e.DUPLICATE_WINDOW_MINUTES,
    dispatchWidenMinutes: e.DISPATCH_WIDEN_MINUTES,
    dispatchOfferMinutes: e.DISPATCH_OFFER_MINUTES,
    alertsPublicFeed: e.ALERTS_PUBLIC_FEED,
    evidenceDir: path.resolve(e.EVIDENCE_DIR ?? path.join(e.DATA_DIR, 'evidence')),
    evidenceMaxBytes: e.EVIDENCE_MAX_MB * 1024 * 1024,
    webhooksAllowPrivate: e.WEBHOOKS_ALLOW_PRIVATE,
    clockFile: e.WHISTLE_CLOCK_FILE,
    aidClaimLeaseMinutes: e.AID_CLAIM_LEASE_MINUTES,
    aidMaxOpenClaims: e.AID_MAX_OPEN_CLAIMS,
    familiesKey: e.FAMILIES_KEY,
    familiesKeyFile: e.FAMILIES_KEY_FILE,
  };
}
