import type { AppContext } from '../../context';
import { HOUR } from '../../core/clock';
import { badRequest, forbidden, gone, notFound } from '../../core/errors';
import { hashToken, secretToken } from '../../core/ids';
import { ROLE_QUALIFICATIONS } from '../../core/qualifications';
import { hasRole, type Principal, type Role } from '../../core/roles';
import type { Db } from '../../database';
import { audit } from '../audit';
import { MAX_INVITE_HOURS, type NewInvite } from './contract';
import {
  countAdmins,
  deleteCredentialsOf,
  expireInvite,
  expireSetupInvites,
  findInviteByHash,
  findMember,
  insertInvite,
  listOpenInvites,
} from './repository';
import type { InviteTable } from './schema';
import { endAllSessions } from './sessions';

/** The secret is in the fragment: browsers never send it to a server, so it is in no access log. */
export const inviteLink = (ctx: AppContext, token: string) => `${ctx.config.publicUrl}/invite#${token}`;

async function issueInvite(
  ctx: AppContext,
  db: Db,
  fields: { kind: InviteTable['kind']; roles: readonly Role[]; hours: number; createdBy: string | null; memberId: string | null },
) {
  const token = secretToken();
  const now = ctx.clock.now();
  const row: InviteTable = {
    id: ctx.ids.next(),
    tokenHash: hashToken(token),
    kind: fields.kind,
    roles: JSON.stringify(fields.roles),
    createdBy: fields.createdBy,
    createdAt: now,
    expiresAt: now + Math.min(fields.hours, MAX_INVITE_HOURS) * HOUR,
    usedAt: null,
    memberId: fields.memberId,
  };
  await insertInvite(db, row);
  return { id: row.id, link: inviteLink(ctx, token), expiresAt: row.expiresAt };
}

export async function createInvite(ctx: AppContext, actor: Principal, input: NewInvite) {
  if (input.roles.includes('admin') && !hasRole(actor, 'admin')) {
    throw forbidden('Only an admin can invite another admin.', 'admin_only');
  }
  // Someone new has no training yet: such a role is given once they hold the qualification.
  const needsTraining = input.roles.filter((r) => ROLE_QUALIFICATIONS[r]);
  if (needsTraining.length) {
    throw badRequest(
      'role_needs_training',
      `The ${needsTraining.join(' and ')} role needs a training first. Invite them as a member, and give the role after the training.`,
      'roles',
    );
  }
  return ctx.db.transaction().execute(async (tx) => {
    const invite = await issueInvite(ctx, tx, {
      kind: 'join',
      roles: input.roles,
      hours: input.expiresInHours,
      createdBy: actor.memberId,
      memberId: null,
    });
    await audit(ctx, tx, { actor, action: 'invite.created', objectType: 'invite', objectId: invite.id });
    return invite;
  });
}

/**
 * For a member who lost their device: their passkeys and sessions stop working now (the device may
 * be in someone else's hands) and the link lets them register a new passkey on a new device.
 */
export async function createDeviceInvite(ctx: AppContext, actor: Principal, memberId: string, hours: number) {
  return ctx.db.transaction().execute(async (tx) => {
    const member = await findMember(tx, memberId);
    if (!member || member.disabledAt !== null) throw notFound('Member');
    await deleteCredentialsOf(tx, memberId);
    await endAllSessions(tx, memberId);
    const invite = await issueInvite(ctx, tx, { kind: 'device', roles: [], hours, createdBy: actor.memberId, memberId });
    await audit(ctx, tx, { actor, action: 'invite.device_created', objectType: 'member', objectId: memberId });
    return invite;
  });
}

/** While the network has no admin, a fresh one-time setup link (earlier ones stop working). */
export async function ensureSetupInvite(ctx: AppContext): Promise<string | null> {
  return ctx.db.transaction().execute(async (tx) => {
    if ((await countAdmins(tx)) > 0) return null;
    await expireSetupInvites(tx, ctx.clock.now());
    const invite = await issueInvite(ctx, tx, {
      kind: 'setup',
      roles: ['admin'],
      hours: MAX_INVITE_HOURS,
      createdBy: null,
      memberId: null,
    });
    await audit(ctx, tx, { actor: null, action: 'invite.setup_created', objectType: 'invite', objectId: invite.id });
    return invite.link;
  });
}

/** The invite behind a link, if it can still be used. */
export async function openInvite(db: Db, token: string, now: number): Promise<InviteTable> {
  const invite = await findInviteByHash(db, hashToken(token));
  if (!invite) throw notFound('Invite');
  if (invite.usedAt !== null) throw gone('invite_used', 'This invite link was already used. Ask for a new one.');
  if (invite.expiresAt <= now) throw gone('invite_expired', 'This invite link has expired. Ask for a new one.');
  return invite;
}

export async function describeInvite(ctx: AppContext, token: string) {
  const invite = await openInvite(ctx.db, token, ctx.clock.now());
  const member = invite.kind === 'device' && invite.memberId ? await findMember(ctx.db, invite.memberId) : undefined;
  return {
    kind: invite.kind,
    roles: JSON.parse(invite.roles) as Role[],
    expiresAt: invite.expiresAt,
    networkName: ctx.config.networkName,
    displayName: member?.displayName ?? null,
  };
}

export async function listInvites(ctx: AppContext) {
  const rows = await listOpenInvites(ctx.db, ctx.clock.now());
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    roles: JSON.parse(r.roles) as Role[],
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
    usedAt: r.usedAt,
    memberId: r.memberId,
  }));
}

export async function revokeInvite(ctx: AppContext, actor: Principal, id: string) {
  await ctx.db.transaction().execute(async (tx) => {
    await expireInvite(tx, id, ctx.clock.now());
    await audit(ctx, tx, { actor, action: 'invite.revoked', objectType: 'invite', objectId: id });
  });
}
