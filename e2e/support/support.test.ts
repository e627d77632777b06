import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { addVirtualAuthenticator, browserTest, recordRequests } from './browser';
import { type ServerProcess, startWhistle } from './server';

/** The browser-test kit itself: Debian Chromium drives the real server, offline, with a passkey authenticator. */

let server: ServerProcess;
before(async () => {
  server = await startWhistle({ webApp: false });
});
after(() => server?.stop());

browserTest('Chromium opens a page of the real server and contacts no one else', async ({ page }) => {
  const requests = recordRequests(page);
  const res = await page.goto(`${server.publicUrl}/api/docs`);
  assert.equal(res?.status(), 200);
  await page.getByRole('heading', { level: 1, name: /Whistle API/ }).waitFor();
  assert.ok(
    requests.urls.some((u) => u.endsWith('/api/docs.css')),
    'the stylesheet was loaded and recorded',
  );
  assert.deepEqual(requests.thirdParty(), []);
});

browserTest('the virtual authenticator makes a user-verified passkey without a prompt', async ({ page }) => {
  await page.goto(`${server.publicUrl}/api/docs`);
  const authenticator = await addVirtualAuthenticator(page);
  const flags = await page.evaluate(async () => {
    const credential = (await navigator.credentials.create({
      publicKey: {
        challenge: crypto.getRandomValues(new Uint8Array(32)),
        rp: { id: 'localhost', name: 'Whistle test' },
        user: { id: crypto.getRandomValues(new Uint8Array(16)), name: 'test', displayName: 'Test' },
        pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
        authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
      },
    })) as PublicKeyCredential;
    const authData = (credential.response as AuthenticatorAttestationResponse).getAuthenticatorData();
    return new Uint8Array(authData)[32];
  });
  // Authenticator data flags: bit 0 user present, bit 2 user verified.
  assert.equal(flags & 0b101, 0b101);
  const credentials = await authenticator.credentials();
  assert.equal(credentials.length, 1);
  assert.equal(credentials[0].rpId, 'localhost');
});
