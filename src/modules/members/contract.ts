import { z } from '@hono/zod-openapi';
import { ROLES } from '../../core/roles';
import { MAX_INVITE_HOURS } from './limits';

export { MAX_INVITE_HOURS };

/** The members API's shapes, shared by the server and the web app. */
export const LANGUAGES = ['en', 'es', 'so', 'hmn'] as const;
export const Language = z.enum(LANGUAGES);
export const Role = z.enum(ROLES);

export const DisplayName = z.string().trim().min(1, 'Enter a name; a pseudonym is fine.').max(60);

export const Me = z
  .object({
    id: z.string(),
    displayName: z.string(),
    languages: z.array(Language),
    roles: z.array(Role),
    trusted: z.boolean(),
    vouchCount: z.number().int(),
    demo: z.boolean(),
  })
  .openapi('Me');
export type Me = z.infer<typeof Me>;

export const UpdateMe = z
  .object({ displayName: DisplayName.optional(), languages: z.array(Language).max(4).optional() })
  .openapi('UpdateMe');
export type UpdateMe = z.infer<typeof UpdateMe>;

export const MemberSummary = z
  .object({
    id: z.string(),
    displayName: z.string(),
    roles: z.array(Role),
    trusted: z.boolean(),
    vouchCount: z.number().int(),
    vouchedByMe: z.boolean(),
    disabled: z.boolean(),
    demo: z.boolean(),
    createdAt: z.number().int(),
  })
  .openapi('MemberSummary');
export type MemberSummary = z.infer<typeof MemberSummary>;
export const MemberList = z.object({ members: z.array(MemberSummary) }).openapi('MemberList');

export const SetRoles = z.object({ roles: z.array(Role).max(ROLES.length) }).openapi('SetRoles');

export const NewInvite = z
  .object({
    roles: z.array(Role).max(ROLES.length).default(['member']),
    expiresInHours: z.number().int().min(1).max(MAX_INVITE_HOURS).default(72),
  })
  .openapi('NewInvite');
export type NewInvite = z.infer<typeof NewInvite>;
export const DeviceInvite = z.object({ expiresInHours: z.number().int().min(1).max(MAX_INVITE_HOURS).default(24) }).openapi('DeviceInvite');

export const CreatedInvite = z.object({ id: z.string(), link: z.string(), expiresAt: z.number().int() }).openapi('CreatedInvite');
export const InviteSummary = z
  .object({
    id: z.string(),
    kind: z.enum(['setup', 'join', 'device']),
    roles: z.array(Role),
    createdAt: z.number().int(),
    expiresAt: z.number().int(),
    usedAt: z.number().int().nullable(),
    memberId: z.string().nullable(),
  })
  .openapi('InviteSummary');
export const InviteList = z.object({ invites: z.array(InviteSummary) }).openapi('InviteList');

/** The secret part of an invite link (after `#` in /invite#TOKEN, so it never reaches a server log). */
export const InviteToken = z.string().min(20).max(100);
export const InviteLookup = z.object({ token: InviteToken }).openapi('InviteLookup');
export const InviteInfo = z
  .object({
    kind: z.enum(['setup', 'join', 'device']),
    roles: z.array(Role),
    expiresAt: z.number().int(),
    networkName: z.string(),
    displayName: z.string().nullable().openapi({ description: 'For a device invite: whose passkey it replaces' }),
  })
  .openapi('InviteInfo');

export const RegistrationOptionsRequest = z
  .object({ token: InviteToken, displayName: DisplayName.optional() })
  .openapi('RegistrationOptionsRequest');

/** WebAuthn JSON as @simplewebauthn/browser produces it; checked in depth by @simplewebauthn/server. */
const WebAuthnJson = z.object({ id: z.string().min(1).max(1024), rawId: z.string(), type: z.literal('public-key') }).passthrough();
export const RegistrationVerifyRequest = z.object({ token: InviteToken, response: WebAuthnJson }).openapi('RegistrationVerifyRequest');
export const LoginVerifyRequest = z.object({ response: WebAuthnJson }).openapi('LoginVerifyRequest');
export const WebAuthnOptions = z.record(z.string(), z.unknown()).openapi('WebAuthnOptions');

export const DemoMembers = z
  .object({
    enabled: z.boolean(),
    members: z.array(z.object({ id: z.string(), displayName: z.string(), roles: z.array(Role) })),
  })
  .openapi('DemoMembers');
export const DemoSignIn = z.object({ memberId: z.string().min(1).max(64) }).openapi('DemoSignIn');

export const Ok = z.object({ ok: z.literal(true) }).openapi('Ok');
