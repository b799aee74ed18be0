import { createHash, timingSafeEqual, type KeyObject } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import type { JWTPayload } from 'jose';
import passport from 'passport';
import IncomingMessageExt from 'passport/lib/http/request.js';
import { Strategy as JwtStrategy } from 'passport-jwt';
import { Strategy as PassportStrategy } from 'passport-strategy';
import { AppError, Forbidden, Unauthorized } from './errors.ts';
import type { AccessClaims, KeyRing } from './keyring.ts';
import type { Tenant } from './tenancy.ts';

export const ROLES = ['learner', 'instructor', 'admin', 'platform-admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: set by `authenticate` on res.locals.auth. */
export interface Principal {
  userId: string;
  tenantId: string;
  roles: Role[];
  /** Set when another service (e.g. the operator) calls. */
  service?: string;
  /** Set when an integration calls with an API key: the key (what rate limits count by) and its scopes; userId is the admin who made it. */
  apiKeyId?: string;
  scopes?: ApiKeyScope[];
}

/** What an API key may do: a route accepts a key only when it declares one of the key's scopes. */
export const API_KEY_SCOPES = ['catalog:read', 'courses:write', 'users:read', 'progress:read'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** Proves an `ak_…` key (kit/api-keys.ts): the key's principal, or an AppError (401) when it is unknown, revoked or expired. */
export interface ApiKeyVerifier {
  verify(tenant: Tenant, key: string): Promise<Principal>;
}

type Locals = { locals: Express.Locals };
type Req = Request & { res?: Locals; authPrincipal?: Principal | { service: true }; authFailure?: unknown };
type Done = (err: unknown, user?: Principal | false, info?: unknown) => void;

const bearer = (req: Request): string | null => /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1] ?? null;
const tenantOf = (req: Req) => req.res!.locals.tenant!;
const principalOf = (claims: AccessClaims): Principal => ({ userId: claims.sub, tenantId: claims.tid, roles: claims.roles as Role[], service: claims.svc });
const invalid = () => Unauthorized('The access token is not valid', 'token_invalid');

/**
 * Bearer access tokens signed ES256, verified by passport-jwt (jsonwebtoken) with the key ring's
 * key of the token's `kid`. A token that verified once is remembered by the key ring until it
 * expires, so the signature check runs once per token per process (the cache is checked first).
 */
class AccessTokenStrategy extends JwtStrategy {
  constructor(private readonly keys: KeyRing, issuer: string) {
    super(
      {
        jwtFromRequest: bearer,
        secretOrKeyProvider: ((_req: unknown, raw: string, done: (err: unknown, key?: KeyObject) => void) => {
          let kid: string | undefined;
          try {
            kid = JSON.parse(Buffer.from(raw.slice(0, raw.indexOf('.')), 'base64url').toString()).kid;
          } catch {
            return done(invalid());
          }
          // jsonwebtoken 9 takes a KeyObject (no PEM parsed per request); the typings only say string | Buffer.
          keys.verifyKey(kid, 'ES256').then((key) => (key ? done(null, key) : done(invalid())), done);
        }) as never,
        issuer,
        algorithms: ['ES256'],
        passReqToCallback: true,
        jsonWebTokenOptions: { complete: true },
      },
      (req: Req, jwt: { header: { typ?: string }; payload: AccessClaims & JWTPayload }, done: Done) => {
        const { header, payload } = jwt;
        if (header.typ !== 'at+jwt' || !payload.sub || !payload.exp) return done(null, false, invalid());
        const tenant = tenantOf(req);
        const aud = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
        if (!aud.includes(`academy:${tenant.slug}`) || payload.tid !== tenant.id) return done(null, false, wrongTenant());
        keys.remember(bearer(req)!, payload);
        done(null, principalOf(payload));
      },
    );
    this.name = 'jwt';
  }

  override authenticate(req: Req, options?: object): void {
    let hit: AccessClaims | undefined;
    try {
      hit = this.keys.cached(bearer(req)!, tenantOf(req).slug);
    } catch (err) {
      return this.failWith(req, err);
    }
    if (hit) return hit.tid === tenantOf(req).id ? this.success(principalOf(hit)) : this.failWith(req, wrongTenant());
    // Not seen before: passport-jwt fails with jsonwebtoken's error as the challenge; keep it (expired vs invalid).
    const fail = this.fail as (challenge: unknown, status?: number) => void;
    this.fail = ((challenge: unknown, status?: number) => {
      req.authFailure = challenge;
      fail.call(this, challenge, status);
    }) as never;
    super.authenticate(req, options);
  }
}

const wrongTenant = () => Unauthorized('This token belongs to another academy', 'token_wrong_tenant');

/**
 * Access tokens signed EdDSA before the switch to ES256 (jsonwebtoken cannot verify them): verified
 * by the key ring (jose) while their key is loaded, that is until the last of them has expired.
 */
class LegacyEdDsaStrategy extends PassportStrategy {
  name = 'jwt-eddsa';
  constructor(private readonly keys: KeyRing) {
    super();
  }
  override authenticate(req: Req): void {
    const tenant = tenantOf(req);
    this.keys.verify(bearer(req)!, tenant.slug).then(
      (claims) => (claims.tid === tenant.id ? this.success(principalOf(claims)) : this.failWith(req, wrongTenant())),
      (err) => ((err as { status?: number }).status === 401 ? this.failWith(req, err) : this.error(err)),
    );
  }
}

/** The shared service token (constant-time compare); any other dotless credential counts as none. */
class ServiceTokenStrategy extends PassportStrategy {
  name = 'service-token';
  private readonly digest?: Buffer;
  constructor(serviceToken?: string) {
    super();
    this.digest = serviceToken ? sha256(serviceToken) : undefined;
  }
  override authenticate(req: Req): void {
    if (this.digest && timingSafeEqual(sha256(bearer(req)!), this.digest)) return this.success({ service: true } as never);
    this.pass();
  }
}

/** `Authorization: Bearer ak_…`: an integration's API key (kit/api-keys.ts). */
class ApiKeyStrategy extends PassportStrategy {
  name = 'api-key';
  constructor(private readonly verifier: () => ApiKeyVerifier | undefined) {
    super();
  }
  override authenticate(req: Req): void {
    const verifier = this.verifier();
    if (!verifier) return this.failWith(req, Unauthorized('API keys are not served here', 'api_key_invalid'));
    verifier.verify(tenantOf(req), bearer(req)!).then(
      (p) => this.success(p),
      (err) => ((err as { status?: number }).status === 401 ? this.failWith(req, err) : this.error(err)),
    );
  }
}

/** Fails a request with a reason the middleware answers with (passport's failWithError drops the challenge). */
function failWith(this: PassportStrategy, req: Req, err: unknown): void {
  req.authFailure = err;
  this.fail(err as never, 401);
}
declare module 'passport-strategy' {
  interface Strategy {
    failWith(req: Req, err: unknown): void;
  }
}
PassportStrategy.prototype.failWith = failWith;

/** Which strategy proves a credential: API keys by prefix, JWTs by their header's alg, else the service token. */
function strategyFor(token: string): string {
  if (token.startsWith(API_KEY_PREFIX)) return 'api-key';
  const dot = token.indexOf('.');
  if (dot < 0) return 'service-token';
  // Every token of a key has the same header segment: its decoding is remembered (a few dozen at most).
  const head = token.slice(0, dot);
  let name = strategyByHeader.get(head);
  if (name) return name;
  try {
    name = JSON.parse(Buffer.from(head, 'base64url').toString()).alg === 'EdDSA' ? 'jwt-eddsa' : 'jwt';
  } catch {
    name = 'jwt';
  }
  if (strategyByHeader.size < 64) strategyByHeader.set(head, name);
  return name;
}
const strategyByHeader = new Map<string, string>();

export const API_KEY_PREFIX = 'ak_';

/**
 * Authentication, all through passport (session: false): reads a bearer credential when one is
 * sent and hands it to the strategy for its kind. No credential: anonymous (routes that need one
 * say so by their access, kit/routes.ts). A credential that fails its strategy is a 401 at once
 * (bad, expired, revoked, other tenant). A dotless credential that is not the service token (and
 * not an API key) counts as none.
 */
export function authenticate(keys: KeyRing, opts: { serviceToken?: string; issuer: string; apiKeys?: () => ApiKeyVerifier | undefined }): RequestHandler {
  const pp = new passport.Passport();
  // Built once: success leaves the principal on req.authPrincipal (no req.logIn, no session); a
  // failure is next(AuthenticationError), and the strategy's own reason is on req.authFailure.
  // authInfo: false: nothing reads req.authInfo, and passport's transform of it runs per request.
  const opts2 = { session: false, assignProperty: 'authPrincipal', failWithError: true, authInfo: false };
  pp.use(new AccessTokenStrategy(keys, opts.issuer));
  pp.use(new LegacyEdDsaStrategy(keys));
  pp.use(new ServiceTokenStrategy(opts.serviceToken));
  pp.use(new ApiKeyStrategy(opts.apiKeys ?? (() => undefined)));
  const middleware: Record<string, RequestHandler> = Object.fromEntries(['jwt', 'jwt-eddsa', 'service-token', 'api-key'].map((n) => [n, pp.authenticate(n, opts2)]));
  const prepared = new WeakSet<object>();
  return (req, res, next) => {
    const header = req.headers.authorization;
    if (!header) return next();
    const m = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header);
    if (!m) return next(Unauthorized('Send the access token as "Authorization: Bearer <token>"', 'token_invalid'));
    const name = strategyFor(m[1]);
    const r = req as Req;
    const proto = Object.getPrototypeOf(req) as object;
    if (!prepared.has(proto)) {
      declarePassportFields(proto, (pp as unknown as { _sm: unknown })._sm);
      prepared.add(proto);
    }
    middleware[name](req, res, (err?: unknown) => {
      const user = r.authPrincipal;
      if (!user) {
        // passport's own AuthenticationError carries no reason: the strategy's is on req.authFailure.
        const info = r.authFailure;
        if (err && (err as { name?: string }).name !== 'AuthenticationError') return next(err);
        return next(info instanceof AppError ? info : name === 'jwt' ? jwtFailure(info) : err ? invalid() : undefined);
      }
      if (!('userId' in user)) res.locals.service = true;
      else res.locals.auth = user;
      next();
    });
  };
}

/**
 * passport's `authenticate` middleware assigns its request helpers (`login`, `logIn`, `logout`,
 * `logOut`, `isAuthenticated`, `isUnauthenticated`), its `_sessionManager` and the
 * `assignProperty` to every request it sees. On Express's request objects every such new own
 * property is a hidden-class transition, and together they were the largest allocation on the
 * `GET /users/me` path: ~10 KB of 55 KB per request in V8's sampling heap profile (issue 13,
 * docs/benchmarks.md). They are declared once on the app's request prototype as accessors
 * instead: a read gives what passport assigns; assigning that same value changes nothing; any
 * other value becomes an own property of that request, as a plain assignment would make it. The
 * principal passport assigns (`authPrincipal`) is kept on the request's `res.locals`.
 */
function declarePassportFields(proto: object, sessionManager: unknown): void {
  const fixed: [string, unknown][] = [
    ['login', IncomingMessageExt.logIn],
    ['logIn', IncomingMessageExt.logIn],
    ['logout', IncomingMessageExt.logOut],
    ['logOut', IncomingMessageExt.logOut],
    ['isAuthenticated', IncomingMessageExt.isAuthenticated],
    ['isUnauthenticated', IncomingMessageExt.isUnauthenticated],
    ['_sessionManager', sessionManager],
  ];
  for (const [name, value] of fixed) {
    if (Object.prototype.hasOwnProperty.call(proto, name)) continue;
    Object.defineProperty(proto, name, {
      configurable: true,
      get: () => value,
      set(this: object, v: unknown) {
        if (v !== value) Object.defineProperty(this, name, { value: v, writable: true, enumerable: true, configurable: true });
      },
    });
  }
  if (!Object.prototype.hasOwnProperty.call(proto, 'authPrincipal')) {
    Object.defineProperty(proto, 'authPrincipal', {
      configurable: true,
      get(this: Req) {
        return this.res?.locals.principal;
      },
      set(this: Req, v: Principal | { service: true } | undefined) {
        this.res!.locals.principal = v;
      },
    });
  }
}

/** passport-jwt fails with jsonwebtoken's errors: an expired token says so, anything else is invalid. */
function jwtFailure(info: unknown) {
  return (info as { name?: string } | undefined)?.name === 'TokenExpiredError' ? Unauthorized('The access token has expired', 'token_expired') : invalid();
}

/** Throws 401 unless the request carries the service token (routes with access 'service'). */
export function requireService(res: { locals: Express.Locals }): void {
  if (res.locals.service !== true) throw Unauthorized('A valid service token is required', 'service_token_invalid');
}

const sha256 = (s: string) => createHash('sha256').update(s).digest();

export function principal(res: { locals: Express.Locals }): Principal | undefined {
  return res.locals.auth;
}

/** Throws 401 unless the request carries a valid token. */
export function requirePrincipal(res: { locals: Express.Locals }): Principal {
  const p = principal(res);
  if (!p) throw Unauthorized();
  return p;
}

/** platform-admin holds every role; admin holds instructor's too. */
export function hasRole(p: Principal, role: Role): boolean {
  if (p.roles.includes('platform-admin')) return true;
  if (role === 'instructor' && p.roles.includes('admin')) return true;
  return p.roles.includes(role);
}

/** Assertion: throws a 403 unless the principal has one of the roles. */
export function authorize(p: Principal, ...roles: Role[]): void {
  if (!roles.some((r) => hasRole(p, r))) throw Forbidden(`This needs the role ${roles.join(' or ')}`, 'role_required');
}
