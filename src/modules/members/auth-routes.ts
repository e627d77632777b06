import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { audit } from '../audit';
import {
  DemoMembers,
  DemoSignIn,
  InviteInfo,
  InviteLookup,
  LoginVerifyRequest,
  Me,
  Ok,
  RegistrationOptionsRequest,
  RegistrationVerifyRequest,
  WebAuthnOptions,
} from './contract';
import { demoSignIn, listDemoMembers } from './demo';
import { describeInvite } from './invites';
import { completeLogin, completeRegistration, loginOptions, registrationOptions } from './passkeys';
import { getMe } from './service';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { endAllSessions, endSession } from './sessions';

const tags = ['auth'];

const routes = {
  lookupInvite: defineRoute({
    method: 'post',
    path: '/api/invites/lookup',
    tags,
    summary: 'What an invite link is for, if it can still be used',
    access: 'public',
    request: jsonBody(InviteLookup),
    responses: { 200: jsonResponse(InviteInfo, 'The invite'), ...errorResponses },
  }),
  registerOptions: defineRoute({
    method: 'post',
    path: '/api/invites/register/options',
    tags,
    summary: 'Start creating a passkey with an invite',
    access: 'public',
    request: jsonBody(RegistrationOptionsRequest),
    responses: { 200: jsonResponse(WebAuthnOptions, 'Options for navigator.credentials.create'), ...errorResponses },
  }),
  registerVerify: defineRoute({
    method: 'post',
    path: '/api/invites/register/verify',
    tags,
    summary: 'Finish creating a passkey; uses the invite and signs in',
    access: 'public',
    request: jsonBody(RegistrationVerifyRequest),
    responses: { 200: jsonResponse(Me, 'Signed in'), ...errorResponses },
  }),
  loginOptions: defineRoute({
    method: 'post',
    path: '/api/auth/login/options',
    tags,
    summary: 'Start signing in with a passkey',
    access: 'public',
    responses: { 200: jsonResponse(WebAuthnOptions, 'Options for navigator.credentials.get'), ...errorResponses },
  }),
  loginVerify: defineRoute({
    method: 'post',
    path: '/api/auth/login/verify',
    tags,
    summary: 'Finish signing in with a passkey',
    access: 'public',
    request: jsonBody(LoginVerifyRequest),
    responses: { 200: jsonResponse(Me, 'Signed in'), ...errorResponses },
  }),
  logout: defineRoute({
    method: 'post',
    path: '/api/auth/logout',
    tags,
    summary: 'Sign out on this device (and clear its data)',
    access: 'signed_in',
    responses: { 200: jsonResponse(Ok, 'Signed out'), ...errorResponses },
  }),
  logoutEverywhere: defineRoute({
    method: 'post',
    path: '/api/auth/logout-everywhere',
    tags,
    summary: 'Sign out on every device',
    access: 'signed_in',
    responses: { 200: jsonResponse(Ok, 'Signed out everywhere'), ...errorResponses },
  }),
  demoMembers: defineRoute({
    method: 'get',
    path: '/api/auth/demo-members',
    tags,
    summary: 'Demo sign-ins, when the demo network is on',
    access: 'public',
    responses: { 200: jsonResponse(DemoMembers, 'Demo members') },
  }),
  demoSignIn: defineRoute({
    method: 'post',
    path: '/api/auth/demo-sign-in',
    tags,
    summary: 'Sign in as a demo member (demo network only)',
    access: 'public',
    request: jsonBody(DemoSignIn),
    responses: { 200: jsonResponse(Me, 'Signed in'), ...errorResponses },
  }),
};

export function authRoutes(ctx: AppContext) {
  const limitAuth = ctx.rateLimit('auth', { points: ctx.config.authRateLimitPerMinute, durationSeconds: 60 });
  const app = createRouter();
  for (const path of ['/api/invites/lookup', '/api/invites/register/*', '/api/auth/login/*', '/api/auth/demo-sign-in'])
    app.use(path, limitAuth);
  return app
    .openapi(routes.lookupInvite, async (c) => c.json(await describeInvite(ctx, c.req.valid('json').token), 200))
    .openapi(routes.registerOptions, async (c) => {
      const { token, displayName } = c.req.valid('json');
      return c.json(await registrationOptions(ctx, token, displayName), 200);
    })
    .openapi(routes.registerVerify, async (c) => {
      const { token, response } = c.req.valid('json');
      const { memberId, session } = await completeRegistration(ctx, token, response as unknown as RegistrationResponseJSON);
      setSessionCookie(c, session.token, session.expiresAt, ctx.clock.now());
      return c.json(await getMe(ctx, memberId), 200);
    })
    .openapi(routes.loginOptions, async (c) => c.json(await loginOptions(ctx), 200))
    .openapi(routes.loginVerify, async (c) => {
      const { memberId, session } = await completeLogin(ctx, c.req.valid('json').response as unknown as AuthenticationResponseJSON);
      setSessionCookie(c, session.token, session.expiresAt, ctx.clock.now());
      return c.json(await getMe(ctx, memberId), 200);
    })
    .openapi(routes.logout, async (c) => {
      const principal = c.get('principal');
      if (principal) await endSession(ctx, principal.sessionId);
      clearSessionCookie(c);
      return c.json({ ok: true as const }, 200);
    })
    .openapi(routes.logoutEverywhere, async (c) => {
      const principal = c.get('principal');
      if (principal) {
        await ctx.db.transaction().execute(async (tx) => {
          await endAllSessions(tx, principal.memberId);
          await audit(ctx, tx, {
            actor: principal,
            action: 'session.signed_out_everywhere',
            objectType: 'member',
            objectId: principal.memberId,
          });
        });
      }
      clearSessionCookie(c);
      return c.json({ ok: true as const }, 200);
    })
    .openapi(routes.demoMembers, async (c) => c.json(await listDemoMembers(ctx), 200))
    .openapi(routes.demoSignIn, async (c) => {
      const { memberId, session } = await demoSignIn(ctx, c.req.valid('json').memberId);
      setSessionCookie(c, session.token, session.expiresAt, ctx.clock.now());
      return c.json(await getMe(ctx, memberId), 200);
    });
}
