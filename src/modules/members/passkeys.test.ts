import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MINUTE } from '../../core/clock';
import { SoftAuthenticator } from '../../test-support/soft-authenticator';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { ensureSetupInvite } from './invites';
import { SESSION_DAYS } from './sessions';
import { acceptInvite, errorCode, signInWithPasskey, tokenOf } from './test-helpers';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

describe('first admin through the setup link', () => {
  test('the setup link creates a trusted admin with a passkey and a strict session cookie', async () => {
    const link = await ensureSetupInvite(t.ctx);
    assert.ok(link);
    assert.ok(link.startsWith(`${t.config.publicUrl}/invite#`));
    const { res, cookie } = await acceptInvite(t, tokenOf(link), { displayName: 'Founding admin' });
    assert.equal(res.status, 200);
    const setCookie = res.headers.get('set-cookie') ?? '';
    for (const attr of ['HttpOnly', 'Secure', 'SameSite=Strict', 'Path=/']) assert.ok(setCookie.includes(attr), `cookie lacks ${attr}`);
    // A lifetime, not a date: a phone with a wrong clock keeps it (the test clock is in the past).
    assert.ok(setCookie.includes(`Max-Age=${SESSION_DAYS * 86_400}`), setCookie);
    assert.ok(!/Expires=/i.test(setCookie), setCookie);
    const me = (await (await t.call('GET', '/api/me', { cookie })).json()) as { roles: string[]; trusted: boolean; displayName: string };
    assert.deepEqual(me.roles, ['admin', 'member']);
    assert.equal(me.trusted, true);
    assert.equal(me.displayName, 'Founding admin');
  });

  test('once an admin exists no further setup link is issued', async () => {
    assert.equal(await ensureSetupInvite(t.ctx), null);
  });
});

describe('invites (R-TRUST-1: single use, at most 72 hours)', () => {
  test('an invite link works once; the second use creates nobody', async () => {
    const organiser = await t.signIn({ roles: ['organiser'] });
    const created = await t.call('POST', '/api/invites', { cookie: organiser.cookie, body: { roles: ['dispatcher'], expiresInHours: 24 } });
    assert.equal(created.status, 201);
    const { link } = (await created.json()) as { link: string };
    const token = tokenOf(link);
    const first = await acceptInvite(t, token, { displayName: 'Lupe' });
    assert.equal(first.res.status, 200);
    const me = (await (await t.call('GET', '/api/me', { cookie: first.cookie })).json()) as { roles: string[]; trusted: boolean };
    assert.deepEqual(me.roles, ['dispatcher', 'member']);
    assert.equal(me.trusted, false, 'a new member is not trusted until vouched for');

    const before = await t.db.selectFrom('member').select('id').execute();
    const second = await acceptInvite(t, token, { displayName: 'Someone else' });
    assert.equal(second.res.status, 410);
    assert.equal(await errorCode(second.res), 'invite_used');
    assert.equal((await t.db.selectFrom('member').select('id').execute()).length, before.length);
  });

  test('an invite giving a role that needs a training is refused, telling the organiser to give it after the training', async () => {
    const organiser = await t.signIn({ roles: ['organiser'] });
    const before = await t.db.selectFrom('invite').select('id').execute();
    for (const role of ['responder', 'verifier']) {
      const res = await t.call('POST', '/api/invites', { cookie: organiser.cookie, body: { roles: ['member', role], expiresInHours: 24 } });
      assert.equal(res.status, 400);
      const { error } = (await res.json()) as { error: { code: string; field: string; message: string } };
      assert.deepEqual([error.code, error.field], ['role_needs_training', 'roles']);
      assert.match(error.message, new RegExp(`${role} role needs a training first.*give the role after the training`));
    }
    assert.equal((await t.db.selectFrom('invite').select('id').execute()).length, before.length, 'no invite was made');
  });

  test('an invite cannot be made for more than 72 hours', async () => {
    const organiser = await t.signIn({ roles: ['organiser'] });
    const res = await t.call('POST', '/api/invites', { cookie: organiser.cookie, body: { roles: ['member'], expiresInHours: 73 } });
    assert.equal(res.status, 400);
    const body = (await res.json()) as { error: { code: string; field: string } };
    assert.equal(body.error.field, 'expiresInHours');
  });

  test('an invite stops working after its expiry', async () => {
    const organiser = await t.signIn({ roles: ['organiser'] });
    const { link } = (await (await t.call('POST', '/api/invites', { cookie: organiser.cookie, body: { expiresInHours: 72 } })).json()) as {
      link: string;
    };
    t.clock.advance(72 * 60 * MINUTE + 1);
    const lookup = await t.call('POST', '/api/invites/lookup', { body: { token: tokenOf(link) } });
    assert.equal(lookup.status, 410);
    assert.equal(await errorCode(lookup), 'invite_expired');
  });

  test('only an admin may invite an admin', async () => {
    const organiser = await t.signIn({ roles: ['organiser'] });
    const res = await t.call('POST', '/api/invites', { cookie: organiser.cookie, body: { roles: ['admin'] } });
    assert.equal(res.status, 403);
    assert.equal(await errorCode(res), 'admin_only');
  });
});

describe('passkeys (R-AUTH-1)', () => {
  async function newMemberWithPasskey(opts: { userVerified?: boolean } = {}) {
    const organiser = await t.signIn({ roles: ['organiser'] });
    const { link } = (await (await t.call('POST', '/api/invites', { cookie: organiser.cookie, body: {} })).json()) as { link: string };
    const passkey = new SoftAuthenticator({ origin: t.config.publicUrl, ...opts });
    return { ...(await acceptInvite(t, tokenOf(link), { passkey })), token: tokenOf(link) };
  }

  test('signing in with the registered passkey works and starts a session', async () => {
    const { passkey } = await newMemberWithPasskey();
    const { res, cookie } = await signInWithPasskey(t, passkey);
    assert.equal(res.status, 200);
    assert.equal((await t.call('GET', '/api/me', { cookie })).status, 200);
  });

  test('a passkey without user verification is refused', async () => {
    const { res } = await newMemberWithPasskey({ userVerified: false });
    assert.equal(res.status, 401);
    assert.equal(await errorCode(res), 'passkey_not_verified');
  });

  test('a challenge is single-use: replaying a signed response fails', async () => {
    const { passkey } = await newMemberWithPasskey();
    const { assertion } = await signInWithPasskey(t, passkey);
    const replay = await t.call('POST', '/api/auth/login/verify', { body: { response: assertion } });
    assert.equal(replay.status, 401);
  });

  test('a challenge expires in less than five minutes', async () => {
    const { passkey } = await newMemberWithPasskey();
    const options = (await (await t.call('POST', '/api/auth/login/options')).json()) as { challenge: string };
    t.clock.advance(5 * MINUTE);
    const late = await t.call('POST', '/api/auth/login/verify', { body: { response: passkey.authenticate(options) } });
    assert.equal(late.status, 410);
    assert.equal(await errorCode(late), 'challenge_expired');
  });

  test('a passkey from another site (wrong origin) is refused', async () => {
    const { passkey: real } = await newMemberWithPasskey();
    const options = (await (await t.call('POST', '/api/auth/login/options')).json()) as { challenge: string };
    const phishing = Object.assign(Object.create(Object.getPrototypeOf(real)), real, { opts: { origin: 'https://evil.example' } });
    const res = await t.call('POST', '/api/auth/login/verify', { body: { response: phishing.authenticate(options) } });
    assert.equal(res.status, 401);
  });

  test('a garbled passkey response is a 400 naming the field, not a crash', async () => {
    const res = await t.call('POST', '/api/auth/login/verify', {
      body: { response: { id: 'x', rawId: 'x', type: 'public-key', response: { clientDataJSON: '%%%' } } },
    });
    assert.equal(res.status, 400);
    assert.equal(((await res.json()) as { error: { field: string } }).error.field, 'response');
  });
});

describe('sessions', () => {
  test('sign out ends this session; sign out everywhere ends all of them', async () => {
    const organiser = await t.signIn({ roles: ['organiser'] });
    const { link } = (await (await t.call('POST', '/api/invites', { cookie: organiser.cookie, body: {} })).json()) as { link: string };
    const { passkey, cookie: phone } = await acceptInvite(t, tokenOf(link));
    const { cookie: laptop } = await signInWithPasskey(t, passkey);
    const { cookie: tablet } = await signInWithPasskey(t, passkey);

    const out = await t.call('POST', '/api/auth/logout', { cookie: phone });
    assert.equal(out.status, 200);
    assert.match(out.headers.get('clear-site-data') ?? '', /"storage"/);
    assert.equal((await t.call('GET', '/api/me', { cookie: phone })).status, 401);
    assert.equal((await t.call('GET', '/api/me', { cookie: laptop })).status, 200);

    assert.equal((await t.call('POST', '/api/auth/logout-everywhere', { cookie: laptop })).status, 200);
    assert.equal((await t.call('GET', '/api/me', { cookie: laptop })).status, 401);
    assert.equal((await t.call('GET', '/api/me', { cookie: tablet })).status, 401);
  });

  test('a lost device: the re-invite revokes old passkeys and sessions, the new passkey works', async () => {
    const organiser = await t.signIn({ roles: ['organiser'] });
    const { link } = (await (await t.call('POST', '/api/invites', { cookie: organiser.cookie, body: {} })).json()) as { link: string };
    const { passkey: lost, cookie: lostSession } = await acceptInvite(t, tokenOf(link), { displayName: 'Kou' });
    const me = (await (await t.call('GET', '/api/me', { cookie: lostSession })).json()) as { id: string };

    const reinvite = await t.call('POST', `/api/members/${me.id}/device-invite`, { cookie: organiser.cookie, body: {} });
    assert.equal(reinvite.status, 201);
    assert.equal((await t.call('GET', '/api/me', { cookie: lostSession })).status, 401);
    assert.equal((await signInWithPasskey(t, lost)).res.status, 401);

    const deviceToken = tokenOf(((await reinvite.json()) as { link: string }).link);
    const info = (await (await t.call('POST', '/api/invites/lookup', { body: { token: deviceToken } })).json()) as {
      kind: string;
      displayName: string;
    };
    assert.equal(info.kind, 'device');
    assert.equal(info.displayName, 'Kou');
    const { res, passkey: fresh } = await acceptInvite(t, deviceToken);
    assert.equal(res.status, 200);
    const again = (await (await t.call('GET', '/api/me', { cookie: (await signInWithPasskey(t, fresh)).cookie })).json()) as { id: string };
    assert.equal(again.id, me.id, 'the same member, not a new one');
  });

  test('a disabled member is signed out and cannot sign in', async () => {
    const organiser = await t.signIn({ roles: ['organiser'] });
    const { link } = (await (await t.call('POST', '/api/invites', { cookie: organiser.cookie, body: {} })).json()) as { link: string };
    const { passkey, cookie } = await acceptInvite(t, tokenOf(link));
    const me = (await (await t.call('GET', '/api/me', { cookie })).json()) as { id: string };
    assert.equal((await t.call('POST', `/api/members/${me.id}/disable`, { cookie: organiser.cookie })).status, 200);
    assert.equal((await t.call('GET', '/api/me', { cookie })).status, 401);
    assert.equal((await signInWithPasskey(t, passkey)).res.status, 401);
  });
});
