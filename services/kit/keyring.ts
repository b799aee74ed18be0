import type { Knex } from 'knex';
import { exportJWK, generateKeyPair, importJWK, jwtVerify, SignJWT, errors as joseErrors, type JWK, type JWTPayload, type CryptoKey } from 'jose';
import { createPublicKey, randomUUID, type KeyObject } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { Unauthorized } from './errors.ts';

/**
 * New keys are ES256 (P-256): passport-jwt verifies with jsonwebtoken, which has no EdDSA.
 * EdDSA keys made before the switch stay verify-only until the tokens they signed expire
 * (docs/spine.md, "Authentication").
 */
export const SIGNING_ALG = 'ES256';
export type SigningAlg = 'ES256' | 'EdDSA';
const ALGS: SigningAlg[] = ['ES256', 'EdDSA'];
/** The algorithm of a JWK: Ed25519 keys are EdDSA, P-256 keys ES256. */
export function algOf(jwk: JWK): SigningAlg {
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') return 'EdDSA';
  if (jwk.kty === 'EC' && jwk.crv === 'P-256') return 'ES256';
  throw new Error(`signing key ${jwk.kid ?? ''} is neither Ed25519 nor P-256`);
}
/** Verified tokens remembered per process (oldest dropped first). */
const VERIFIED_CACHE_MAX = 50_000;

interface LoadedKey {
  kid: string;
  alg: SigningAlg;
  publicJwk: JWK;
  publicKey: CryptoKey;
  /** The same public key for jsonwebtoken (passport-jwt). */
  publicKeyObject: KeyObject;
  privateKey: CryptoKey;
  createdAt: number;
  retiresAt: number;
}

export interface AccessClaims {
  sub: string;
  /** Tenant id and slug: a token is only good at its own academy. */
  tid: string;
  ten: string;
  roles: string[];
  /** Set on service-to-service tokens. */
  svc?: string;
}

/**
 * JWT signing keys with rotation: the newest key signs; a key retires after the rotation period
 * and keeps verifying until the tokens it signed have expired. Keys live in the control
 * database, so every process of an academy shares them.
 */
export class KeyRing {
  private keys = new Map<string, LoadedKey>();
  /** Verified tokens until they expire (least recently used dropped first when full). */
  private verified = new LRUCache<string, { claims: AccessClaims & JWTPayload; exp: number; kid: string }>({ max: VERIFIED_CACHE_MAX });
  private loadedAt = 0;
  private loading?: Promise<void>;
  private started?: Promise<void>;
  private timer?: NodeJS.Timeout;
  private readonly reloadMs: number;

  constructor(
    private readonly db: Knex,
    private readonly opts: {
      issuer: string;
      accessTtlSeconds: number;
      rotationDays: number;
      /** Keys from a Secret (newest first): used instead of the database, rotated by whoever writes the Secret. */
      staticKeys?: (JWK & { kid: string })[];
      /** How often keys made by other processes are picked up (and rotation checked). @default 60 */
      reloadSeconds?: number;
      /** A background refresh failed (the keys already loaded keep serving). */
      onRefreshError?: (err: unknown) => void;
    },
  ) {
    this.reloadMs = (opts.reloadSeconds ?? 60) * 1000;
  }

  /**
   * Loads the keys (making a signing key when none is current) and starts the background refresh.
   * Idempotent: seeding and serving both call it. Call it before anything signs: `sign()` itself
   * never touches the database, because it runs inside the callers' transactions (issueTokens),
   * and the embedded pool has one connection (issue #7).
   */
  start(): Promise<void> {
    this.started ??= (async () => {
      if (this.opts.staticKeys) return this.loadStatic(this.opts.staticKeys);
      await this.reload();
      if (this.needsRotation()) await this.rotate();
      this.timer = setInterval(() => void this.refresh(), this.reloadMs);
      this.timer.unref();
    })();
    return this.started;
  }

  /** Stops the background refresh (shutdown). */
  stop(): void {
    clearInterval(this.timer);
  }

  /**
   * Picks up keys other processes made and rotates ahead of the current key's retirement, so a
   * signer always has a current key without waiting. A failed refresh keeps serving the keys it
   * has; the next tick tries again.
   */
  async refresh(): Promise<void> {
    try {
      await this.reload();
      if (this.needsRotation()) await this.rotate();
    } catch (err) {
      this.opts.onRefreshError?.(err);
    }
  }

  /** No key signs for two more refresh periods: make the next one now, before the gap. */
  private needsRotation(): boolean {
    const key = this.current();
    // An EdDSA key still signing: make an ES256 one now; the EdDSA key keeps verifying.
    return !key || key.alg !== SIGNING_ALG || key.retiresAt - Date.now() < 2 * this.reloadMs;
  }

  private async loadStatic(jwks: (JWK & { kid: string })[]): Promise<void> {
    const next = new Map<string, LoadedKey>();
    const now = Date.now();
    // Newest first: the first signs; the others only verify (until the Secret drops them).
    for (const [i, jwk] of jwks.entries()) {
      const { d: _privatePart, ...pub } = jwk;
      const alg = algOf(jwk);
      next.set(jwk.kid, {
        kid: jwk.kid,
        alg,
        publicJwk: { ...pub, alg, use: 'sig' },
        publicKey: (await importJWK({ ...pub, alg }, alg)) as CryptoKey,
        publicKeyObject: createPublicKey({ key: pub as never, format: 'jwk' }),
        privateKey: (await importJWK({ ...jwk, alg }, alg)) as CryptoKey,
        createdAt: now - i,
        retiresAt: Number.MAX_SAFE_INTEGER,
      });
    }
    this.keys = next;
    this.loadedAt = Number.MAX_SAFE_INTEGER;
  }

  /** Makes a new signing key now (at start-up without a current key, and when the current one retires). */
  async rotate(): Promise<string> {
    if (this.opts.staticKeys) throw new Error('signing keys come from JWT_SIGNING_KEYS: rotate them in that Secret');
    const { publicKey, privateKey } = await generateKeyPair(SIGNING_ALG, { extractable: true });
    const kid = randomUUID();
    await this.db('signing_keys').insert({
      kid,
      alg: SIGNING_ALG,
      public_jwk: { ...(await exportJWK(publicKey)), kid, alg: SIGNING_ALG, use: 'sig' },
      private_jwk: await exportJWK(privateKey),
      retires_at: new Date(Date.now() + this.opts.rotationDays * 86_400_000),
    });
    await this.reload();
    return kid;
  }

  async sign(claims: AccessClaims, ttlSeconds = this.opts.accessTtlSeconds): Promise<string> {
    // The newest key signs, even past its planned retirement if refreshes have been failing:
    // its public key is still published, and failing every sign-in would be worse.
    const key = this.current() ?? this.newest();
    if (!key) throw new Error('KeyRing.sign() before start(): no signing key is loaded');
    return new SignJWT({ tid: claims.tid, ten: claims.ten, roles: claims.roles, ...(claims.svc ? { svc: claims.svc } : {}) })
      .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'at+jwt' })
      .setSubject(claims.sub)
      .setIssuer(this.opts.issuer)
      .setAudience(`academy:${claims.ten}`)
      .setIssuedAt()
      .setJti(randomUUID())
      .setExpirationTime(`${ttlSeconds}s`)
      .sign(key.privateKey);
  }

  /**
   * Verifies signature, issuer, audience (the tenant) and expiry; any failure is a 401.
   * A token that verified once is remembered until it expires (tokens are immutable), so the
   * signature check runs once per token per process, not once per request.
   */
  async verify(token: string, tenantSlug: string): Promise<AccessClaims & JWTPayload> {
    const hit = this.cached(token, tenantSlug);
    if (hit) return hit;
    const claims = await this.verifyUncached(token, tenantSlug);
    this.remember(token, claims);
    return claims;
  }

  /** The claims of a token that verified before and has not expired (its key still loaded), else undefined. */
  cached(token: string, tenantSlug: string): (AccessClaims & JWTPayload) | undefined {
    const hit = this.verified.get(token);
    if (!hit || hit.exp * 1000 <= Date.now() || !this.keys.has(hit.kid)) return undefined;
    if (hit.claims.aud !== `academy:${tenantSlug}`) throw Unauthorized('This token belongs to another academy', 'token_wrong_tenant');
    return hit.claims;
  }

  /** Remembers claims that a verifier (passport-jwt or verify()) has just checked. */
  remember(token: string, claims: AccessClaims & JWTPayload): void {
    const kid = JSON.parse(Buffer.from(token.slice(0, token.indexOf('.')), 'base64url').toString()).kid as string;
    this.verified.set(token, { claims, exp: claims.exp!, kid }, { ttl: Math.max(1, claims.exp! * 1000 - Date.now()) });
  }

  /**
   * The public key (node KeyObject, for jsonwebtoken) of `kid` when it may still verify a live
   * token and is of `alg`; undefined otherwise. An unknown kid reloads at most once a second.
   */
  async verifyKey(kid: string | undefined, alg: SigningAlg): Promise<KeyObject | undefined> {
    try {
      const key = await this.liveKey(kid);
      return key.alg === alg ? key.publicKeyObject : undefined;
    } catch (err) {
      if ((err as { status?: number }).status === 401) return undefined;
      throw err;
    }
  }

  private async verifyUncached(token: string, tenantSlug: string): Promise<AccessClaims & JWTPayload> {
    try {
      const { payload } = await jwtVerify(token, (header) => this.publicKeyFor(header.kid, header.alg), {
        issuer: this.opts.issuer,
        algorithms: ALGS,
        typ: 'at+jwt',
        // jose checks exp only when present: a token without one would be good forever.
        requiredClaims: ['exp', 'sub'],
      });
      const aud = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
      if (!aud.includes(`academy:${tenantSlug}`)) throw Unauthorized('This token belongs to another academy', 'token_wrong_tenant');
      return payload as AccessClaims & JWTPayload;
    } catch (err) {
      if (err instanceof joseErrors.JWTExpired) throw Unauthorized('The access token has expired', 'token_expired');
      if (err instanceof joseErrors.JOSEError || err instanceof TypeError) throw Unauthorized('The access token is not valid', 'token_invalid');
      throw err;
    }
  }

  /** Public keys that may still verify a live token, as a JWKS. */
  jwks(): { keys: JWK[] } {
    const horizon = Date.now() - this.opts.accessTtlSeconds * 1000;
    return { keys: [...this.keys.values()].filter((k) => k.retiresAt > horizon).map((k) => k.publicJwk) };
  }

  private current(): LoadedKey | undefined {
    const now = Date.now();
    return this.newest([...this.keys.values()].filter((k) => k.retiresAt > now));
  }

  private newest(keys = [...this.keys.values()]): LoadedKey | undefined {
    return keys.sort((a, b) => b.createdAt - a.createdAt)[0];
  }

  private async publicKeyFor(kid: string | undefined, alg?: string): Promise<CryptoKey> {
    const key = await this.liveKey(kid);
    if (alg && key.alg !== alg) throw Unauthorized('The access token is not valid', 'token_invalid');
    return key.publicKey;
  }

  private async liveKey(kid: string | undefined): Promise<LoadedKey> {
    if (!kid) throw Unauthorized('The access token is not valid', 'token_invalid');
    let key = this.keys.get(kid);
    // An unknown kid may be a key another process just made; look again, at most once a second.
    if (!key && Date.now() - this.loadedAt > 1000) {
      await this.reload();
      key = this.keys.get(kid);
    }
    if (!key || key.retiresAt < Date.now() - this.opts.accessTtlSeconds * 1000) {
      throw Unauthorized('The access token is not valid', 'token_invalid');
    }
    return key;
  }

  private reload(): Promise<void> {
    if (this.opts.staticKeys) return Promise.resolve();
    this.loading ??= (async () => {
      try {
        const rows = await this.db('signing_keys').select();
        const next = new Map<string, LoadedKey>();
        for (const r of rows) {
          const existing = this.keys.get(r.kid);
          next.set(
            r.kid,
            existing ?? {
              kid: r.kid,
              alg: r.alg,
              publicJwk: r.public_jwk,
              publicKey: (await importJWK(r.public_jwk, r.alg)) as CryptoKey,
              publicKeyObject: createPublicKey({ key: r.public_jwk, format: 'jwk' }),
              privateKey: (await importJWK(r.private_jwk, r.alg)) as CryptoKey,
              createdAt: new Date(r.created_at).getTime(),
              retiresAt: new Date(r.retires_at).getTime(),
            },
          );
        }
        this.keys = next;
        this.loadedAt = Date.now();
      } finally {
        this.loading = undefined;
      }
    })();
    return this.loading;
  }
}
