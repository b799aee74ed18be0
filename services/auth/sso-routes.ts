import { createHash } from 'node:crypto';
import { z } from 'zod';
import cookieParser from 'cookie-parser';
import type { Request } from 'express';
import type { Reply, RouteBook } from '../kit/routes.ts';
import type { ServiceContext } from '../kit/context.ts';
import { authRateLimit } from '../kit/rate-limit.ts';
import { AppError, fail } from '../kit/errors.ts';
import type { Tenant } from '../kit/tenancy.ts';
import { UserStore, profileCacheFor } from '../users/api.ts';
import { setSessionCookies } from './cookies.ts';
import { TokenPairSchema } from './schemas.ts';
import { SsoDirectory, type SsoSettings } from './sso/settings.ts';
import { SSO_STATE_COOKIE, SSO_STATE_PATH, SSO_STATE_TTL_SECONDS, SsoStrategies, openState, sealState } from './sso/flow.ts';
import { signInWithSso } from './sso/sign-in.ts';

/** The process's SSO directory (tenants' identity providers), shared by the auth routes. */
export function ssoDirectoryFor(ctx: ServiceContext): SsoDirectory {
  return ctx.instances.of(() => new SsoDirectory(ctx.dbs.control, ctx.config, (ctx.config.CACHE_TTL_SECONDS ?? 30) * 1000), ssoDirectoryFor);
}

/**
 * The process's SSO strategies (one per tenant, docs/sso.md). Looked up per request, so a test may
 * set one with its own clock and lifetimes (`ctx.instances.set(ssoStrategiesFor, …)`).
 */
export function ssoStrategiesFor(ctx: ServiceContext): SsoStrategies {
  return ctx.instances.of(() => new SsoStrategies({ allowHttp: ctx.config.NODE_ENV !== 'production', log: ctx.logger }), ssoStrategiesFor);
}

/** Throws 403 sso_required when the tenant signs in through its identity provider only. */
export async function assertPasswordSignInAllowed(ctx: ServiceContext, tenant: Tenant): Promise<void> {
  const sso = await ssoDirectoryFor(ctx).of(tenant);
  if (sso?.enforce) throw fail('sso_required', `${tenant.name} signs in with ${sso.displayName}: use GET /api/v1/auth/sso/start`);
}

/** A path of this origin: one slash, then printable ASCII only (no second slash or backslash: never an open redirect; no CR/LF in Location). */
const APP_PATH = /^\/(?![/\\])[\x21-\x7E]*$/;
const appPath = (next: string | undefined) => (next && APP_PATH.test(next) ? next : '/my');

/**
 * A browser navigation (anything but a client asking for JSON first) gets redirects; an API
 * client (`Accept: application/json`) gets JSON: the provider's URL, the token pair, problem+json.
 */
const wantsPage = (req: Request) => req.accepts(['html', 'json']) === 'html';

/** Where the provider sends the browser back: this request's own origin (each tenant's domain registers its own). */
const callbackUrl = (req: Request) => `${req.protocol}://${req.get('host')}/api/v1/auth/sso/callback`;

/**
 * Single sign-on with the tenant's OpenID Connect provider (docs/sso.md): the authorization-code
 * flow with PKCE, state and nonce (openid-client's passport strategy, one per tenant), then the
 * academy's own session, exactly as a password sign-in makes it.
 */
export function ssoRoutes(book: RouteBook, ctx: ServiceContext) {
  const { config } = ctx;
  const settings = { accessTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS, refreshTtlSeconds: config.REFRESH_TOKEN_TTL_SECONDS };
  const store = new UserStore(ctx.dbs, profileCacheFor(ctx));
  const cookies = cookieParser();
  const strict = [cookies, authRateLimit(ctx.kv, config.AUTH_RATE_LIMIT_PER_MINUTE)];
  const tags = ['auth'];
  /** The tenant's provider; a removed one's strategy is dropped. */
  const providerOf = async (tenant: Tenant): Promise<SsoSettings | undefined> => {
    const sso = await ssoDirectoryFor(ctx).of(tenant);
    if (!sso) ssoStrategiesFor(ctx).forget(tenant.id);
    return sso;
  };
  const required = async (tenant: Tenant): Promise<SsoSettings> => {
    const sso = await providerOf(tenant);
    if (!sso) throw fail('sso_not_configured', `${tenant.name} has no single sign-on`);
    return sso;
  };

  book.add(
    {
      method: 'get', path: '/auth/sso', summary: "The academy's single sign-on, for the sign-in page", tags, access: 'public',
      responses: {
        200: {
          description: 'Whether the academy has single sign-on, what its button says, and whether password sign-in is off',
          schema: z.object({ enabled: z.boolean(), displayName: z.string().optional(), enforce: z.boolean(), startUrl: z.string().optional() }),
        },
      },
    },
    async ({ tenant }) => {
      const sso = await providerOf(tenant);
      return {
        body: sso ? { enabled: true, displayName: sso.displayName, enforce: sso.enforce, startUrl: '/api/v1/auth/sso/start' } : { enabled: false, enforce: false },
        headers: { 'cache-control': 'no-store' },
      };
    },
  );

  book.add(
    {
      method: 'get', path: '/auth/sso/start', summary: "Start signing in with the academy's identity provider (a browser navigation: redirects there)", tags, access: 'public', before: strict,
      query: z.object({
        next: z
          .string()
          .max(2000)
          .regex(APP_PATH, 'must be a path of the web app, like /courses')
          .optional()
          .describe('Path of the web app to land on afterwards (default /my)'),
      }),
      errors: ['sso_not_configured', 'sso_provider_unavailable'],
      responses: {
        200: { description: 'To an API client (Accept: application/json): the provider URL to open; the academy_sso state cookie is set as with the redirect', schema: z.object({ authorizationUrl: z.string() }) },
        302: { description: 'A browser: to the identity provider; sets the academy_sso state cookie (10 minutes)' },
      },
    },
    async ({ tenant, query, req, res }) => {
      const sso = await required(tenant);
      const strategies = ssoStrategiesFor(ctx);
      const name = await strategies.strategyFor(tenant, sso);
      // openid-client's strategy keeps its state in a "session": here, a sealed cookie written the moment it is set.
      const session = new Proxy({} as Record<string, unknown>, {
        set(_t, _k, data: { code_verifier: string; state?: string; nonce?: string }) {
          const sealed = sealState(tenant, sso, { tid: tenant.id, data, next: appPath(query.next), exp: Math.floor(strategies.now() / 1000) + SSO_STATE_TTL_SECONDS });
          // Lax: the provider's redirect back is a cross-site top-level GET, which Strict would strip.
          res.cookie(SSO_STATE_COOKIE, sealed, { httpOnly: true, secure: config.COOKIE_SECURE, sameSite: 'lax', path: SSO_STATE_PATH, maxAge: SSO_STATE_TTL_SECONDS * 1000 });
          return true;
        },
      });
      const started = await strategies.run(name, req, res, { callbackURL: callbackUrl(req), session, asUrl: !wantsPage(req) });
      if (started && 'authorizationUrl' in started) return { body: started, headers: { 'cache-control': 'no-store' } };
    },
  );

  book.add(
    {
      method: 'get', path: '/auth/sso/callback', summary: 'Where the identity provider sends the browser back: verifies, signs in (creating the account on first use), redirects to the web app', tags, access: 'public', before: strict,
      // Providers add parameters of their own (iss, session_state…): the strategy reads what it needs.
      query: z
        .object({ code: z.string().max(4096).optional(), state: z.string().max(1024).optional(), error: z.string().max(200).optional(), error_description: z.string().max(2000).optional() })
        .loose(),
      cookies: { [SSO_STATE_COOKIE]: z.string().optional().describe('Set by /auth/sso/start') },
      errors: ['sso_not_configured', 'sso_state_invalid', 'sso_response_invalid', 'sso_token_invalid', 'sso_email_domain', 'sso_email_unverified', 'sso_provider_unavailable'],
      responses: {
        200: { description: 'Signed in, to an API client (Accept: application/json): the token pair of a password sign-in, and its cookies', schema: TokenPairSchema },
        303: {
          description:
            'Signed in, a browser: to the web app (the path given at the start), with the refresh and CSRF cookies of a password sign-in. A browser that fails is sent to /login?sso_error=<code> instead of a problem+json answer',
        },
      },
    },
    async ({ tenant, query, req, res }): Promise<Reply> => {
      try {
        const sso = await required(tenant);
        const strategies = ssoStrategiesFor(ctx);
        const state = openState(tenant, sso, req.cookies?.[SSO_STATE_COOKIE], strategies.now());
        res.clearCookie(SSO_STATE_COOKIE, { httpOnly: true, secure: config.COOKIE_SECURE, sameSite: 'lax', path: SSO_STATE_PATH });
        if (!state) throw fail('sso_state_invalid', 'No sign-in was started in this browser for this academy, or it took longer than 10 minutes');
        if (query.error) throw fail('sso_response_invalid', `The identity provider answered ${query.error}${query.error_description ? `: ${query.error_description}` : ''}`);
        if (!query.state || query.state !== state.data.state) throw fail('sso_state_invalid', 'The state parameter does not match the sign-in this browser started');
        // One callback per started sign-in: a replayed callback URL (with its cookie) stops here, before the provider is asked.
        const once = `sso:state:${tenant.id}:${createHash('sha256').update(state.data.state).digest('base64url')}`;
        if (!(await ctx.kv.setIfAbsent(once, '1', SSO_STATE_TTL_SECONDS * 1000))) throw fail('sso_state_invalid', 'This sign-in was already completed; start again');
        const name = await strategies.strategyFor(tenant, sso);
        const who = await strategies.run(name, req, res, { callbackURL: callbackUrl(req), session: { sso: state.data } });
        if (!who || !('claims' in who)) throw fail('sso_response_invalid', 'The identity provider sent no authorization code');
        const claims = who.claims;
        const { tokens } = await signInWithSso({ dbs: ctx.dbs, keys: ctx.keys, settings, store }, tenant, sso, {
          issuer: who.issuer,
          subject: String(claims.sub),
          email: typeof claims.email === 'string' ? claims.email : undefined,
          emailVerified: claims.email_verified === true || claims.email_verified === 'true',
          name: typeof claims.name === 'string' ? claims.name : undefined,
          claims,
        });
        setSessionCookies(res, tokens.refreshToken, settings.refreshTtlSeconds, config.COOKIE_SECURE);
        if (!wantsPage(req)) return { body: tokens, headers: { 'cache-control': 'no-store' } };
        return { status: 303, headers: { location: state.next, 'cache-control': 'no-store' } };
      } catch (err) {
        // A person in a browser gets the sign-in page with the reason, not a JSON document.
        if (err instanceof AppError && err.status < 500 && wantsPage(req)) {
          return { status: 303, headers: { location: `/login?sso_error=${encodeURIComponent(err.code)}`, 'cache-control': 'no-store' } };
        }
        throw err;
      }
    },
  );
}
