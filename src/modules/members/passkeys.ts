import { randomBytes } from 'node:crypto';
import {
  type AuthenticationResponseJSON,
  type AuthenticatorTransportFuture,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { decodeClientDataJSON } from '@simplewebauthn/server/helpers';
import type { AppContext } from '../../context';
import { MINUTE } from '../../core/clock';
import { AppError, badRequest, gone, unauthorized } from '../../core/errors';
import type { Role } from '../../core/roles';
import type { Db } from '../../database';
import { audit } from '../audit';
import { openInvite } from './invites';
import {
  claimInvite,
  credentialsOf,
  findCredential,
  findMember,
  insertChallenge,
  insertCredential,
  rolesOf,
  takeChallenge,
  touchCredential,
} from './repository';
import type { ChallengeTable } from './schema';
import { createMember } from './service';
import { startSession } from './sessions';

/** R-AUTH-1: a challenge is used once and only within this time (less than five minutes). */
export const CHALLENGE_TTL = 4 * MINUTE;

const relyingParty = (ctx: AppContext) => ({ rpID: new URL(ctx.config.publicUrl).hostname, origin: new URL(ctx.config.publicUrl).origin });

async function storeChallenge(
  ctx: AppContext,
  challenge: string,
  purpose: ChallengeTable['purpose'],
  inviteId: string | null,
  displayName: string | null,
) {
  const now = ctx.clock.now();
  await insertChallenge(ctx.db, {
    id: ctx.ids.next(),
    challenge,
    purpose,
    inviteId,
    displayName,
    createdAt: now,
    expiresAt: now + CHALLENGE_TTL,
  });
}

/** Takes the challenge the browser signed, so that no second response can use it. */
async function consumeChallenge(ctx: AppContext, db: Db, clientDataJSON: unknown, purpose: ChallengeTable['purpose']) {
  let challenge: string;
  try {
    challenge = decodeClientDataJSON(String(clientDataJSON)).challenge;
  } catch {
    throw badRequest('invalid_passkey_response', 'The passkey response could not be read.', 'response');
  }
  const row = await takeChallenge(db, challenge);
  if (!row || row.purpose !== purpose) throw unauthorized('This sign-in attempt is not known. Start again.');
  if (row.expiresAt <= ctx.clock.now()) throw gone('challenge_expired', 'This attempt took too long. Start again.');
  return row;
}

const invalidPasskey = () => new AppError(401, 'passkey_not_verified', 'The passkey could not be verified.');

export async function registrationOptions(ctx: AppContext, token: string, displayName: string | undefined) {
  const invite = await openInvite(ctx.db, token, ctx.clock.now());
  const existing = invite.kind === 'device' && invite.memberId ? await findMember(ctx.db, invite.memberId) : undefined;
  const name = existing?.displayName ?? displayName;
  if (!name) throw badRequest('invalid_input', 'Enter a name; a pseudonym is fine.', 'displayName');
  const { rpID } = relyingParty(ctx);
  const options = await generateRegistrationOptions({
    rpName: `Whistle · ${ctx.config.networkName}`,
    rpID,
    userName: name,
    userDisplayName: name,
    userID: randomBytes(16),
    attestationType: 'none',
    excludeCredentials: existing ? (await credentialsOf(ctx.db, existing.id)).map((c) => ({ id: c.id })) : [],
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
    supportedAlgorithmIDs: [-7, -257],
  });
  await storeChallenge(ctx, options.challenge, 'register', invite.id, name);
  return options;
}

/** Verifies the new passkey and, in one transaction, uses the invite, creates or updates the member and signs in. */
export async function completeRegistration(ctx: AppContext, token: string, response: RegistrationResponseJSON) {
  const { rpID, origin } = relyingParty(ctx);
  const challenge = await consumeChallenge(ctx, ctx.db, response.response?.clientDataJSON, 'register');
  const invite = await openInvite(ctx.db, token, ctx.clock.now());
  if (challenge.inviteId !== invite.id) throw unauthorized('This passkey was started for another invite.');
  const verification = await verifyRegistrationResponse({
    response,
    expectedChallenge: challenge.challenge,
    expectedOrigin: origin,
    expectedRPID: rpID,
    requireUserVerification: true,
  }).catch(() => ({ verified: false as const }));
  if (!verification.verified) throw invalidPasskey();
  const { credential } = verification.registrationInfo;
  return ctx.db.transaction().execute(async (tx) => {
    const member =
      invite.kind === 'device' && invite.memberId
        ? await findMember(tx, invite.memberId)
        : await createMember(
            ctx,
            { displayName: challenge.displayName ?? 'Member', roles: JSON.parse(invite.roles) as Role[], trusted: invite.kind === 'setup' },
            tx,
          );
    if (!member) throw gone('invite_used', 'The member of this invite no longer exists.');
    if (!(await claimInvite(tx, invite.id, ctx.clock.now(), member.id))) {
      throw gone('invite_used', 'This invite link was already used. Ask for a new one.');
    }
    await insertCredential(tx, {
      id: credential.id,
      memberId: member.id,
      publicKey: Buffer.from(credential.publicKey).toString('base64url'),
      counter: credential.counter,
      transports: JSON.stringify(credential.transports ?? []),
      createdAt: ctx.clock.now(),
      lastUsedAt: null,
    });
    const session = await startSession(ctx, member.id, tx);
    const actor = { memberId: member.id, roles: JSON.parse(invite.roles) as Role[] };
    await audit(ctx, tx, { actor, action: `invite.accepted:${invite.kind}`, objectType: 'invite', objectId: invite.id });
    await audit(ctx, tx, { actor, action: 'passkey.registered', objectType: 'member', objectId: member.id });
    return { memberId: member.id, session };
  });
}

export async function loginOptions(ctx: AppContext) {
  const { rpID } = relyingParty(ctx);
  // Discoverable credentials: the browser offers the passkeys it has, so nobody types a user name.
  const options = await generateAuthenticationOptions({ rpID, userVerification: 'required', allowCredentials: [] });
  await storeChallenge(ctx, options.challenge, 'login', null, null);
  return options;
}

export async function completeLogin(ctx: AppContext, response: AuthenticationResponseJSON) {
  const { rpID, origin } = relyingParty(ctx);
  const challenge = await consumeChallenge(ctx, ctx.db, response.response?.clientDataJSON, 'login');
  const stored = await findCredential(ctx.db, response.id);
  if (!stored) throw invalidPasskey();
  const member = await findMember(ctx.db, stored.memberId);
  if (!member || member.disabledAt !== null) throw invalidPasskey();
  const verification = await verifyAuthenticationResponse({
    response,
    expectedChallenge: challenge.challenge,
    expectedOrigin: origin,
    expectedRPID: rpID,
    requireUserVerification: true,
    credential: {
      id: stored.id,
      publicKey: new Uint8Array(Buffer.from(stored.publicKey, 'base64url')),
      counter: stored.counter,
      transports: JSON.parse(stored.transports) as AuthenticatorTransportFuture[],
    },
  }).catch(() => ({ verified: false, authenticationInfo: undefined }));
  if (!verification.verified || !verification.authenticationInfo) throw invalidPasskey();
  const newCounter = verification.authenticationInfo.newCounter;
  return ctx.db.transaction().execute(async (tx) => {
    await touchCredential(tx, stored.id, newCounter, ctx.clock.now());
    const session = await startSession(ctx, member.id, tx);
    await audit(ctx, tx, {
      actor: { memberId: member.id, roles: (await rolesOf(tx, member.id)) as Role[] },
      action: 'session.signed_in',
      objectType: 'member',
      objectId: member.id,
    });
    return { memberId: member.id, session };
  });
}
