import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import { LRUCache } from 'lru-cache';
import * as oidc from 'openid-client';
import { Strategy as OidcStrategy, type AuthenticateOptions, type StrategyOptionsWithRequest, type VerifyFunctionWithRequest } from 'openid-client/passport';
import passport from 'passport';
import { AppError, fail } from '../../kit/errors.ts';
import type { Tenant } from '../../kit/tenancy.ts';
import type { SsoSettings } from './settings.ts';

/** The short-lived cookie that binds a sign-in's state, nonce and PKCE verifier to the browser that started it. */
export const SSO_STATE_COOKIE = 'academy_sso';
export const SSO_STATE_PATH = '/api/v1/auth/sso';
/** How long a started sign-in may take at the identity provider. */
export const SSO_STATE_TTL_SECONDS = 600;

/** What the state cookie carries (sealed: AES-256-GCM, so it is both secret and tamper-proof). */
export interface SsoState {
  /** The tenant that started it: a cookie of tenant A is refused at tenant B. */
  tid: string;
  /** openid-client's state data: code_verifier, state, nonce. */
  data: { code_verifier: string; state?: string; nonce?: string; max_age?: number };
  /** Where the web app goes afterwards (a path of the app). */
  next: string;
  exp: number;
}

/**
 * The cookie key of a tenant's sign-ins: derived from its client secret, which every process
 * serving the tenant has (so the callback may land on another pod than the start) and which
 * differs per tenant and per provider.
 */
const cookieKey = (tenant: Tenant, sso: SsoSettings) => createHash('sha256').update(`academy-sso-state\0${tenant.id}\0${sso.issuer}\0${sso.clientSecret}`).digest();

export function sealState(tenant: Tenant, sso: SsoSettings, state: SsoState): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', cookieKey(tenant, sso), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(state)), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The cookie's state, or undefined when it is missing, forged, of another tenant or expired. */
export function openState(tenant: Tenant, sso: SsoSettings, sealed: string | undefined, now = Date.now()): SsoState | undefined {
  if (!sealed) return undefined;
  try {
    const raw = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', cookieKey(tenant, sso), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const state = JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString()) as SsoState;
    return state.tid === tenant.id && state.exp > now / 1000 ? state : undefined;
  } catch {
    return undefined;
  }
}

/** What a successful callback leaves on the request (the verify function's answer). */
export type SsoUser = { claims: Record<string, unknown>; issuer: string };
/** What the start gives an API client (`asUrl`): where to send the person. */
export type SsoStart = { authorizationUrl: string };

/**
 * openid-client's passport strategy with what this academy adds: a `state` and a `nonce` on every
 * authorization request (it would send only PKCE to a provider that supports it), and the ID
 * token's claims as the "user" (completed with userinfo when the ID token lacks the email).
 */
class TenantOidcStrategy extends OidcStrategy {
  /** `asUrl`: the start answers with the provider's URL (an API client opens it itself) instead of redirecting. */
  override authenticate(req: Request, options: AuthenticateOptions & { asUrl?: boolean }): void {
    if (options.asUrl) {
      const self = this as unknown as { redirect(url: string): void; success(user: unknown): void };
      self.redirect = (url: string) => self.success({ authorizationUrl: url });
    }
    super.authenticate(req, options);
  }

  override authorizationRequestParams(req: Request, options: AuthenticateOptions): URLSearchParams {
    const params = new URLSearchParams(super.authorizationRequestParams(req, options) as URLSearchParams | undefined);
    params.set('state', oidc.randomState());
    params.set('nonce', oidc.randomNonce());
    return params;
  }
}

/** A tenant's registered strategy: the settings it was made from, and until when its discovery is used as is. */
interface HeldStrategy {
  /** A hash of what the strategy is made from (issuer, client id and secret, scopes). */
  fingerprint: string;
  name: string;
  /** Until then the discovered configuration is used without asking the provider again. */
  freshUntil: number;
}

export interface SsoStrategiesOptions {
  allowHttp: boolean;
  /** @default 10 */
  timeoutSeconds?: number;
  /** How long a discovery document is used before it is fetched again. @default 3,600,000 (an hour) */
  discoveryTtlMs?: number;
  /** After a failed re-discovery, how long the last good one serves before the next try. @default 60,000 */
  retryMs?: number;
  /** The tenants whose strategies are held at most (the least recently used is dropped). @default 1000 */
  maxTenants?: number;
  /** The clock of discovery lifetimes and of the state cookie's expiry. @default Date.now */
  now?: () => number;
  /** Where a failed re-discovery is reported. */
  log?: { warn(obj: object, msg: string): void };
}

/**
 * A passport per academy process, with one openid-client strategy per tenant: replaced when the
 * tenant's provider settings change, dropped when its provider is removed (`forget`) or when it
 * is the least recently used past `maxTenants` — a long-running process neither piles up
 * strategies nor signs in with a stale client. A discovery past its lifetime is fetched again;
 * when that fails the last good one keeps serving (docs/sso.md, "Lifetimes").
 */
export class SsoStrategies {
  private readonly passport = new passport.Passport();
  private readonly held: LRUCache<string, HeldStrategy>;
  private readonly pending = new Map<string, Promise<string>>();
  readonly now: () => number;

  constructor(private readonly opts: SsoStrategiesOptions) {
    this.now = opts.now ?? Date.now;
    this.held = new LRUCache<string, HeldStrategy>({
      max: opts.maxTenants ?? 1000,
      // A replacement unregisters the old name itself (discover): a re-discovery re-uses the name.
      dispose: (entry, _tenantId, reason) => void (reason !== 'set' && this.passport.unuse(entry.name)),
    });
  }

  /** The strategy's name for the tenant's current settings, discovering when they are new, changed or past their lifetime. */
  async strategyFor(tenant: Tenant, sso: SsoSettings): Promise<string> {
    const fingerprint = createHash('sha256').update(JSON.stringify([tenant.id, sso.issuer, sso.clientId, sso.clientSecret, sso.scopes])).digest('base64url');
    const held = this.held.get(tenant.id);
    if (held?.fingerprint === fingerprint) {
      if (this.now() < held.freshUntil) return held.name;
      return this.once(`refresh:${tenant.id}:${fingerprint}`, async () => {
        try {
          return (await this.discover(tenant.id, sso, fingerprint)).name;
        } catch (err) {
          // The provider's metadata rarely changes: sign-in goes on with the last good discovery.
          held.freshUntil = this.now() + (this.opts.retryMs ?? 60_000);
          this.opts.log?.warn({ err, tenantId: tenant.id, issuer: sso.issuer }, 'SSO re-discovery failed; keeping the last good discovery');
          return held.name;
        }
      });
    }
    // New or changed settings: the old client must not serve (a rotated secret, another issuer).
    if (held) this.forget(tenant.id);
    return this.once(`new:${tenant.id}:${fingerprint}`, async () => (await this.discover(tenant.id, sso, fingerprint)).name);
  }

  /** Drops the tenant's strategy (its provider was removed). */
  forget(tenantId: string): void {
    this.held.delete(tenantId);
  }

  /** How many tenants' strategies are registered (tests). */
  get size(): number {
    return this.held.size;
  }

  /** One discovery at a time per tenant and settings: concurrent sign-ins share it (and a failed re-discovery is logged once). */
  private once(key: string, run: () => Promise<string>): Promise<string> {
    let p = this.pending.get(key);
    if (!p) {
      p = run().finally(() => this.pending.delete(key));
      this.pending.set(key, p);
    }
    return p;
  }

  private async discover(tenantId: string, sso: SsoSettings, fingerprint: string): Promise<HeldStrategy> {
    const url = new URL(sso.issuer);
    if (url.protocol !== 'https:' && !this.opts.allowHttp) throw fail('sso_provider_unavailable', `The identity provider ${sso.issuer} is not https (only development and tests allow http)`);
    let config: oidc.Configuration;
    try {
      config = await oidc.discovery(url, sso.clientId, sso.clientSecret, undefined, {
        // The ID token's signature is checked too (the provider's JWKS, cached by openid-client):
        // by default openid-client trusts a token endpoint's answer for arriving over TLS, and a
        // development provider has none.
        execute: [oidc.enableNonRepudiationChecks, ...(url.protocol === 'http:' ? [oidc.allowInsecureRequests] : [])],
        timeout: this.opts.timeoutSeconds ?? 10,
      });
    } catch (err) {
      throw fail('sso_provider_unavailable', `The identity provider ${sso.issuer} could not be discovered: ${(err as Error).message}`);
    }
    const name = `oidc:${fingerprint}`;
    const verify: VerifyFunctionWithRequest = async (_req, tokens, done) => {
      try {
        let claims: Record<string, unknown> = { ...tokens.claims() };
        if (!claims.email && tokens.access_token) {
          const info = await oidc.fetchUserInfo(config, tokens.access_token, String(claims.sub));
          claims = { ...info, ...claims };
        }
        done(null, { claims, issuer: config.serverMetadata().issuer } satisfies SsoUser);
      } catch (err) {
        done(err);
      }
    };
    const options: StrategyOptionsWithRequest = { config, name, scope: sso.scopes.join(' '), passReqToCallback: true, sessionKey: 'sso' };
    // Same name (a re-discovery): passport replaces the strategy in place.
    this.passport.use(name, new TenantOidcStrategy(options, verify));
    const entry: HeldStrategy = { fingerprint, name, freshUntil: this.now() + (this.opts.discoveryTtlMs ?? 3600_000) };
    const before = this.held.get(tenantId);
    this.held.set(tenantId, entry);
    if (before && before.name !== name) this.passport.unuse(before.name);
    return entry;
  }

  /**
   * Runs the tenant's strategy on the request with `session` as its req.session: at the start it
   * stores its state there (the caller seals it into the cookie) and redirects to the provider
   * (`asUrl`: resolves with the URL instead); at the callback it reads the state from there,
   * exchanges the code and verifies the ID token, resolving with the claims. Errors become
   * catalogued AppErrors.
   */
  run(name: string, req: Request, res: Response, opts: { callbackURL: string; session: Record<string, unknown>; asUrl?: boolean }): Promise<SsoUser | SsoStart | undefined> {
    (req as Request & { session?: unknown }).session = opts.session;
    return new Promise((resolve, reject) => {
      const mw = this.passport.authenticate(name, { session: false, callbackURL: opts.callbackURL, asUrl: opts.asUrl } as never, ((err: unknown, user: SsoUser | false, info: unknown) => {
        if (err) return reject(toSsoError(err));
        if (!user) return reject(fail('sso_response_invalid', `The identity provider refused: ${(info as { message?: string })?.message ?? 'no reason given'}`));
        resolve(user);
      }) as never);
      // The start answers with passport's redirect (no callback then): resolve once it is sent.
      res.once('finish', () => resolve(undefined));
      mw(req, res, (err?: unknown) => (err ? reject(toSsoError(err)) : resolve(undefined)));
    });
  }
}

/** openid-client's and the provider's failures as catalogued errors (nothing here is a 500). */
export function toSsoError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const e = err as { code?: string; message?: string; error?: string; error_description?: string; name?: string; cause?: unknown };
  // openid-client wraps oauth4webapi's error, whose message says what exactly failed.
  const cause = e.cause instanceof Error && e.cause.message !== e.message ? `: ${e.cause.message}` : '';
  const why = e.error ? `${e.error}${e.error_description ? ` (${e.error_description})` : ''}` : `${e.message ?? 'unknown'}${cause}`;
  switch (e.code) {
    case 'OAUTH_JWT_CLAIM_COMPARISON_FAILED':
    case 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED':
    case 'OAUTH_KEY_SELECTION_FAILED':
      return fail('sso_token_invalid', `The ID token does not verify: ${why}`);
    case 'OAUTH_RESPONSE_BODY_ERROR':
    case 'OAUTH_AUTHORIZATION_RESPONSE_ERROR':
      return fail('sso_response_invalid', `The identity provider answered: ${why}`);
    case 'OAUTH_INVALID_RESPONSE':
    case 'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED':
    case 'OAUTH_RESPONSE_IS_NOT_CONFORM':
    case 'OAUTH_RESPONSE_IS_NOT_JSON':
    case 'OAUTH_PARSE_ERROR':
      // The ID token's signature failing is an invalid response too: say which.
      return /signature|id_token|JWT/i.test(why) ? fail('sso_token_invalid', `The ID token does not verify: ${why}`) : fail('sso_response_invalid', `The identity provider's answer does not verify: ${why}`);
  }
  if (e.name === 'TypeError' || e.name === 'AbortError' || e.name === 'TimeoutError') return fail('sso_provider_unavailable', `The identity provider could not be reached: ${why}`);
  return fail('sso_response_invalid', `The sign-in could not be completed: ${why}`);
}
