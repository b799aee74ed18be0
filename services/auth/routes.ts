import { z } from 'zod';
import cookieParser from 'cookie-parser';
import type { RouteBook } from '../kit/routes.ts';
import type { ServiceContext } from '../kit/context.ts';
import { authRateLimit } from '../kit/rate-limit.ts';
import { Unauthorized } from '../kit/errors.ts';
import { UserStore } from '../users/api.ts';
import { profileCacheFor } from '../users/api.ts';
import { presentUser, UserSchema } from '../users/api.ts';
import { LoginSchema, MfaDisableSchema, MfaEnableSchema, MfaSetupSchema, RefreshSchema, RegisterSchema, TokenPairSchema } from './schemas.ts';
import { registerUser } from './domain/register.ts';
import { requestVerification } from './domain/mail-tokens.ts';
import { login } from './domain/login.ts';
import { revokeFamily, rotateRefreshToken } from './domain/sessions.ts';
import { disableMfa, enableMfa, startMfaSetup } from './domain/mfa-enrolment.ts';
import { assertPasswordSignInAllowed } from './sso-routes.ts';
import { clearSessionCookies, REFRESH_COOKIE, refreshTokenOf, setSessionCookies } from './cookies.ts';

export function authRoutes(book: RouteBook, ctx: ServiceContext) {
  const { dbs, keys, config } = ctx;
  const settings = { accessTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS, refreshTtlSeconds: config.REFRESH_TOKEN_TTL_SECONDS };
  // Only the auth routes read cookies (the web's refresh token and CSRF pair).
  const cookies = cookieParser();
  const strict = [cookies, authRateLimit(ctx.kv, config.AUTH_RATE_LIMIT_PER_MINUTE)];
  const store = new UserStore(dbs, profileCacheFor(ctx));
  const tags = ['auth'];
  /** The web sends the refresh token as its httpOnly cookie, with the CSRF value bound to it (cookies.ts). */
  const webSession = {
    cookies: { [REFRESH_COOKIE]: z.string().optional().describe('The refresh token (web); instead of refreshToken in the body') },
    headers: { 'X-CSRF-Token': z.string().optional().describe('Required with the cookie: the value of the academy_csrf cookie') },
  };

  book.add(
    {
      method: 'post', path: '/auth/register', summary: 'Create a learner account and sign in', tags, access: 'public', before: strict,
      body: RegisterSchema,
      responses: { 201: { description: 'Created', schema: z.object({ user: UserSchema }).extend(TokenPairSchema.shape) }, 409: { description: 'Email taken' } }, errors: ['sso_required'],
    },
    async ({ body, tenant, res }) => {
      await assertPasswordSignInAllowed(ctx, tenant);
      const { user, tokens } = await registerUser(dbs, keys, settings, { tenant, ...body, afterInsert: (trx, u) => requestVerification(ctx, trx, tenant, u) });
      setSessionCookies(res, tokens.refreshToken, settings.refreshTtlSeconds, config.COOKIE_SECURE);
      return { status: 201, body: { user: presentUser(user), ...tokens } };
    },
  );

  book.add(
    {
      method: 'post', path: '/auth/login', summary: 'Sign in with email, password and (when enabled) a TOTP code', tags, access: 'public', before: strict,
      body: LoginSchema,
      responses: { 200: { description: 'Signed in', schema: TokenPairSchema }, 401: { description: 'Wrong credentials, mfa_required or mfa_invalid' }, 429: { description: 'Locked for a while' } }, errors: ['sso_required'],
    },
    async ({ body, tenant, res }) => {
      await assertPasswordSignInAllowed(ctx, tenant);
      const tokens = await login({ dbs, keys, kv: ctx.kv, settings }, { tenant, ...body });
      setSessionCookies(res, tokens.refreshToken, settings.refreshTtlSeconds, config.COOKIE_SECURE);
      return { body: tokens };
    },
  );

  book.add(
    {
      method: 'post', path: '/auth/refresh', summary: 'Spend a refresh token for a new pair (reuse revokes the family)', tags, access: 'public', before: strict,
      body: RefreshSchema, ...webSession, errors: ['refresh_token_missing', 'refresh_token_invalid', 'refresh_token_expired', 'refresh_token_reused', 'csrf_failed'],
      responses: { 200: { description: 'New pair', schema: TokenPairSchema }, 401: { description: 'Invalid, expired or reused' } },
    },
    async ({ body, tenant, req, res }) => {
      const token = refreshTokenOf(req, body.refreshToken);
      if (!token) throw Unauthorized('Send refreshToken in the body or the session cookie', 'refresh_token_missing');
      const tokens = await rotateRefreshToken(dbs, keys, tenant, token, settings);
      setSessionCookies(res, tokens.refreshToken, settings.refreshTtlSeconds, config.COOKIE_SECURE);
      return { body: tokens };
    },
  );

  book.add(
    {
      method: 'post', path: '/auth/logout', summary: 'Revoke the session (the refresh token family)', tags, access: 'public',
      body: RefreshSchema, ...webSession, errors: ['csrf_failed'], responses: { 204: { description: 'Signed out' } }, before: [cookies],
    },
    async ({ body, tenant, req, res }) => {
      const token = refreshTokenOf(req, body.refreshToken);
      if (token) await revokeFamily(dbs, tenant, token);
      clearSessionCookies(res, config.COOKIE_SECURE);
    },
  );

  book.add(
    {
      method: 'post', path: '/auth/mfa/setup', summary: 'Start TOTP enrolment (needs the password): returns the otpauth URI', tags, access: 'user',
      body: MfaSetupSchema, before: strict,
      responses: { 200: { description: 'Secret to scan', schema: z.object({ otpauthUri: z.string(), secret: z.string() }) } },
    },
    async ({ auth, tenant, body }) => ({ body: await startMfaSetup(store, tenant, auth.userId, body.password) }),
  );

  book.add(
    {
      method: 'post', path: '/auth/mfa/enable', summary: 'Finish TOTP enrolment with a current code; returns recovery codes, shown once', tags, access: 'user',
      body: MfaEnableSchema,
      responses: { 200: { description: 'Enabled', schema: UserSchema.extend({ recoveryCodes: z.array(z.string()) }) } },
    },
    async ({ auth, tenant, body }) => {
      const { user, recoveryCodes } = await enableMfa(store, tenant, auth.userId, body.totp);
      return { body: { ...presentUser(user), recoveryCodes } };
    },
  );

  book.add(
    {
      method: 'post', path: '/auth/mfa/disable', summary: 'Turn MFA off (needs the password and a current or recovery code)', tags, access: 'user',
      body: MfaDisableSchema, before: strict,
      responses: { 200: { description: 'Disabled', schema: UserSchema } },
    },
    async ({ auth, tenant, body }) => ({ body: presentUser((await disableMfa(store, tenant, auth.userId, body))!) }),
  );

  book.add(
    {
      method: 'get', path: '/auth/.well-known/jwks.json', summary: 'Public keys that verify access tokens', tags, access: 'public',
      responses: { 200: { description: 'JWKS', schema: z.object({ keys: z.array(z.record(z.string(), z.unknown())) }) } },
    },
    () => ({ body: keys.jwks(), headers: { 'cache-control': 'public, max-age=300' } }),
  );
}
