import {
  browserSupportsWebAuthn,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  startAuthentication,
  startRegistration,
} from '@simplewebauthn/browser';
import { ApiError, api } from '../../../core/web/api';
import type { Me } from '../contract';

/** The browser's passkey errors as codes the pages translate (errors.passkey_*). */
export function passkeyError(err: unknown): unknown {
  if (err instanceof ApiError) return err;
  const { name, message } = err as Error;
  // Closed, timed out, or refused by the person: the spec gives these one name on purpose.
  if (name === 'NotAllowedError' || name === 'AbortError') return new ApiError(0, 'passkey_cancelled', message);
  if (name === 'InvalidStateError') return new ApiError(0, 'passkey_exists', message);
  if (name === 'NotSupportedError') return new ApiError(0, 'passkey_unsupported', message);
  return new ApiError(0, 'passkey_failed', message ?? String(err));
}

function requireWebAuthn() {
  if (!browserSupportsWebAuthn()) throw new ApiError(0, 'passkey_unsupported', 'WebAuthn is not available.');
}

export async function signInWithPasskey(): Promise<Me> {
  requireWebAuthn();
  const optionsJSON = await api.post<PublicKeyCredentialRequestOptionsJSON>('/api/auth/login/options');
  const response = await startAuthentication({ optionsJSON }).catch((err) => {
    throw passkeyError(err);
  });
  return api.post<Me>('/api/auth/login/verify', { response });
}

/** Uses an invite: the server checks it again at each step, and uses it up only when the passkey is stored. */
export async function registerPasskey(token: string, displayName: string | undefined): Promise<Me> {
  requireWebAuthn();
  const optionsJSON = await api.post<PublicKeyCredentialCreationOptionsJSON>('/api/invites/register/options', { token, displayName });
  const response = await startRegistration({ optionsJSON }).catch((err) => {
    throw passkeyError(err);
  });
  return api.post<Me>('/api/invites/register/verify', { token, response });
}
