import { z } from 'zod';

/** Comma-separated list -> string[] (empty entries dropped). */
const csv = z
  .string()
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean));

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/**
 * The one configuration schema of the `academy` program, read from the environment once at
 * start-up. A bad value stops start-up with a message naming the variable.
 */
export const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  /** Control database (tenants, catalog, user directory). Unset: embedded PGlite under DATA_DIR. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** Replica URLs of the control database, comma-separated. */
  DATABASE_REPLICA_URLS: csv.default([]),
  /** Shard map as JSON (see kit/db/shard-map.ts), or a path to a JSON file. Unset: every logical shard on the control database. */
  SHARD_MAP: z.string().optional(),
  /**
   * The platform view the operator publishes (the Tenant's status, services and autoscalers) as a
   * mounted ConfigMap file; watched like SHARD_MAP. Unset: `GET /admin/platform` reports this one
   * process.
   */
  PLATFORM_STATUS_FILE: z.string().min(1).optional(),
  /** Unset: in-process adapters for cache, counters and pub/sub. */
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  /** Start-up waits this long for Redis, then stops with a message naming REDIS_URL. */
  REDIS_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5000),
  /** Longest wait for one Redis command at run time; past it the use's fallback applies (docs/spine.md). */
  REDIS_COMMAND_TIMEOUT_MS: z.coerce.number().int().min(10).max(10_000).default(500),
  /** Prefix for every Redis key, so several academies (or test runs) can share a Redis. */
  REDIS_PREFIX: z.string().default('academy:'),
  DATA_DIR: z.string().default('.academy'),
  /** Attempts a queued job gets (the first included) before it lands in the dead-letter list. */
  QUEUE_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
  /** First retry delay of a failed job; it doubles on each retry. */
  QUEUE_BACKOFF_MS: z.coerce.number().int().min(1).max(3_600_000).default(2000),
  /** Mail goes out over this SMTP server (smtp://user:pass@host:port). Unset: the dev mailbox (stored, logged, GET /notifications/mailbox). */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().default('TrendTactics Academy <no-reply@academy.local>'),
  /** Where the web app is reached: links in mail (reset, verification) start with it. */
  PUBLIC_URL: z.url().default('http://localhost:8080'),
  /** `offline` (an admin marks orders paid; development/test: an empty pay call completes it) or `stripe`. */
  PAYMENT_PROVIDER: z.enum(['offline', 'stripe']).default('offline'),
  STRIPE_SECRET_KEY: z.string().min(1).optional(),
  /** Stripe's API base URL; unset: Stripe's own. For stripe-mock or a test's stand-in (http://127.0.0.1:12111). */
  STRIPE_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  /**
   * How long a pending order holds its coupon redemption (and may be paid). Then it expires and the
   * redemption is given back. A Stripe Checkout extends it to the session's expiry (at least 31 min).
   */
  ORDER_HOLD_SECONDS: z.coerce.number().int().min(1).max(86_400).default(3600),
  /** How often each payments process looks for pending orders past their hold. */
  ORDER_SWEEP_MS: z.coerce.number().int().min(50).max(3_600_000).default(60_000),
  /** Verifies `Stripe-Signature` on POST /payments/webhooks/stripe; unset: the webhook answers 503. */
  STRIPE_WEBHOOK_SECRET: z.string().min(1).optional(),
  /** How often each process polls the outbox tables (an emit in this process drains at once anyway). */
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  /** How often the analytics roll-up of today and yesterday is queued (each academy, every course); 0: never (on demand only). */
  ANALYTICS_ROLLUP_EVERY_MS: z.coerce.number().int().min(0).max(86_400_000).default(600_000),
  /** Where uploaded files live (videos, certificates' printable files, user uploads): `fs` under DATA_DIR/storage, or `s3`. */
  STORAGE_DRIVER: z.enum(['fs', 's3']).default('fs'),
  /** S3-compatible endpoint (MinIO, s3rver…); unset: AWS for S3_REGION. */
  S3_ENDPOINT: z.url().optional(),
  S3_BUCKET: z.string().min(3).max(63).default('academy'),
  S3_REGION: z.string().default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** Path-style URLs (bucket in the path): what MinIO and s3rver want. */
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  /** Largest video upload; a bigger one is refused with 413 while it streams in. */
  VIDEO_MAX_BYTES: z.coerce.number().int().min(1024).default(2 * 1024 * 1024 * 1024),
  /** Lifetime of a signed playback URL (HLS playlists and segments signed the same way). */
  PLAYBACK_URL_TTL_SECONDS: z.coerce.number().int().min(5).max(86_400).default(600),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /**
   * Fail at once when code asks for a database connection while it holds a transaction
   * (kit/db/transaction-guard.ts). Always on with the embedded database; tests turn it on for
   * real Postgres.
   */
  DB_STRICT_TRANSACTIONS: bool.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * Which proxies in front of the academy may set X-Forwarded-For (the client IP that rate limits
   * key on): `false` (none: the socket's address counts), a hop count (`1`: one proxy, e.g. the
   * Ingress controller), or comma-separated addresses/CIDRs of the proxies. Trusting every private
   * range let any neighbour on the network choose its own IP (issue #8).
   */
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((s, ctx): boolean | number | string[] => {
      const v = s.trim();
      if (v === 'false' || v === '0' || v === '') return false;
      if (/^\d+$/.test(v)) return Number(v);
      const list = v.split(',').map((x) => x.trim()).filter(Boolean);
      const address = /^(loopback|linklocal|uniquelocal|[0-9a-f.:]+(\/\d{1,3})?)$/i;
      const bad = list.find((x) => !address.test(x));
      if (bad) {
        ctx.addIssue({ code: 'custom', message: `"${bad}" is not a hop count, an address or a CIDR` });
        return z.NEVER;
      }
      return list;
    }),
  /** Origins allowed by CORS, comma-separated (a request's tenant's own domains are allowed besides: kit/cors.ts). */
  CORS_ORIGINS: csv.default(['http://localhost:5173', 'http://localhost:8080']),
  BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/i, 'like 100kb or 1mb').default('100kb'),
  /** Requests per minute per user (or per IP when anonymous). */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(100),
  /**
   * Requests per minute per academy (tenant), all its users together: one pooled academy cannot
   * starve the others. 0 = no academy-wide limit.
   */
  TENANT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(0),
  /**
   * How often each process sends its rate-limit counts to Redis (docs/spine.md, "Rate limits").
   * 0 = exact: one Redis round trip per request (the store before issue 13; bench/limiter.ts compares).
   */
  RATE_LIMIT_SYNC_MS: z.coerce.number().int().min(0).max(1000).default(100),
  /** Requests per minute per IP on login, register and refresh. */
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  /** Database look-ups of academy names not in the cache, per client IP per minute (the tenant is resolved before sign-in). */
  TENANT_LOOKUPS_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  DEFAULT_TENANT: z.string().regex(/^[a-z0-9-]+$/).default('demo'),
  JWT_ISSUER: z.string().default('trendtactics-academy'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(900),
  REFRESH_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).default(7 * 24 * 3600),
  /** How long a signing key signs before a new one is made; old keys keep verifying until their tokens expire. */
  SIGNING_KEY_ROTATION_DAYS: z.coerce.number().min(1).default(30),
  /** How often each process picks up signing keys made elsewhere, in the background. */
  SIGNING_KEY_RELOAD_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /**
   * Staleness bound of the per-process caches (tenants, profiles, course outlines). Unset: each
   * cache's own (tenants 30 s, profiles 10 s, outlines 30 s). Writes invalidate them at once anyway.
   */
  CACHE_TTL_SECONDS: z.coerce.number().int().min(1).max(3600).optional(),
  /** Secure cookies need https; turn off only for plain-http local use. */
  COOKIE_SECURE: bool.default(true),
  SEED_ADMIN_PASSWORD: z.string().min(10).optional(),
  /** `academy serve --services=` default. */
  SERVICES: z.string().default('all'),
  /** Where services not run by this process live: JSON {"courses":"http://courses:8080"}. */
  SERVICE_URLS: z
    .string()
    .default('{}')
    .transform((s, ctx) => {
      try {
        return z.record(z.string(), z.url()).parse(JSON.parse(s));
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be a JSON object of service name -> URL' });
        return z.NEVER;
      }
    }),
  /** Shared secret for service-to-service calls (operator -> courses). */
  // No dots: a dotted bearer is read as a JWT.
  SERVICE_TOKEN: z.string().regex(/^[A-Za-z0-9_~+/=-]{16,}$/, 'must be 16+ characters of A-Z a-z 0-9 _ ~ + / = - (no dots)').optional(),
  /** How long a gateway waits for a service that runs elsewhere before answering 504. */
  PROXY_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  /**
   * In a cluster: the academy this deployment serves. With `--migrate`, DEFAULT_TENANT is made
   * (idempotently) with this display name and TENANT_DOMAINS.
   */
  TENANT_NAME: z.string().min(1).max(200).optional(),
  TENANT_DOMAINS: csv.default([]),
  /**
   * Single sign-on of DEFAULT_TENANT (docs/sso.md): the operator sets these from the Tenant's
   * spec.sso (the client secret from the Secret it names). Unset SSO_ISSUER: the tenant's row in
   * the control database's sso_providers table decides (local, many tenants), else no SSO.
   */
  SSO_ISSUER: z.url().optional(),
  SSO_CLIENT_ID: z.string().min(1).optional(),
  SSO_CLIENT_SECRET: z.string().min(1).optional(),
  /** What the sign-in button says: "Sign in with <SSO_DISPLAY_NAME>". */
  SSO_DISPLAY_NAME: z.string().min(1).max(100).optional(),
  /** Email domains allowed to sign in (comma-separated); empty: any domain. */
  SSO_ALLOWED_EMAIL_DOMAINS: csv.default([]),
  /** Scopes asked for, comma-separated (openid is always asked). */
  SSO_SCOPES: csv.default(['openid', 'email', 'profile']),
  /** The ID-token claim whose values map to roles (e.g. `groups`); unset: roles are managed in the academy. */
  SSO_ROLE_CLAIM: z.string().min(1).optional(),
  /** JSON object: claim value -> learner | instructor | admin. */
  SSO_ROLE_MAPPING: z
    .string()
    .default('{}')
    .transform((s, ctx) => {
      try {
        return z.record(z.string(), z.enum(['learner', 'instructor', 'admin'])).parse(JSON.parse(s));
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be a JSON object of claim value -> learner, instructor or admin' });
        return z.NEVER;
      }
    }),
  /** true: password sign-in (and sign-up) of DEFAULT_TENANT is refused with 403 sso_required. */
  SSO_ENFORCE: bool.default(false),
  /**
   * JWT signing keys from a Secret (the operator's): JSON `{"keys":[P-256 (ES256) or Ed25519 (EdDSA,
   * verify-only once an ES256 key is first) private JWKs with kid]}`, newest first. Unset: keys are made and rotated in the control database.
   */
  JWT_SIGNING_KEYS: z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (s === undefined) return undefined;
      const Jwk = z.union([
        z.object({ kty: z.literal('EC'), crv: z.literal('P-256'), kid: z.string().min(1), x: z.string(), y: z.string(), d: z.string() }).loose(),
        z.object({ kty: z.literal('OKP'), crv: z.literal('Ed25519'), kid: z.string().min(1), x: z.string(), d: z.string() }).loose(),
      ]);
      try {
        return z.object({ keys: z.array(Jwk).min(1) }).parse(JSON.parse(s)).keys;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be JSON {"keys":[P-256 or Ed25519 private JWKs with kid]}' });
        return z.NEVER;
      }
    }),
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`invalid configuration:\n  ${issues.join('\n  ')}`);
  }
}

/** Parses the environment; throws ConfigError whose lines each name a variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  return parsed.data;
}
