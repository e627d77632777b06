import { SoftAuthenticator } from '../../test-support/soft-authenticator';
import type { TestApp } from '../../test-support/test-app';

/** The secret from an invite link (`…/invite#TOKEN`). */
export const tokenOf = (link: string) => link.slice(link.indexOf('#') + 1);

export const sessionCookieOf = (res: Response) => {
  const header = res.headers.get('set-cookie') ?? '';
  const match = /whistle_session=([^;]+)/.exec(header);
  return match ? `whistle_session=${match[1]}` : undefined;
};

/** Walks an invite link through passkey registration, as the browser would. */
export async function acceptInvite(t: TestApp, token: string, opts: { displayName?: string; passkey?: SoftAuthenticator } = {}) {
  const passkey = opts.passkey ?? new SoftAuthenticator({ origin: t.config.publicUrl });
  const optionsRes = await t.call('POST', '/api/invites/register/options', { body: { token, displayName: opts.displayName ?? 'Rosa' } });
  if (optionsRes.status !== 200) return { res: optionsRes, passkey, cookie: undefined, attestation: undefined };
  const options = (await optionsRes.json()) as Parameters<SoftAuthenticator['register']>[0];
  const attestation = passkey.register(options);
  const res = await t.call('POST', '/api/invites/register/verify', { body: { token, response: attestation } });
  return { res, passkey, cookie: sessionCookieOf(res), attestation };
}

export async function signInWithPasskey(t: TestApp, passkey: SoftAuthenticator) {
  const options = (await (await t.call('POST', '/api/auth/login/options')).json()) as { challenge: string; rpId?: string };
  const assertion = passkey.authenticate(options);
  const res = await t.call('POST', '/api/auth/login/verify', { body: { response: assertion } });
  return { res, cookie: sessionCookieOf(res), assertion };
}

export async function errorCode(res: Response): Promise<string | undefined> {
  return ((await res.json()) as { error?: { code: string } }).error?.code;
}
