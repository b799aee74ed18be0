import { rateLimit, ipKeyGenerator, type Options } from 'express-rate-limit';
import type { RequestHandler } from 'express';
import { TooManyRequests } from './errors.ts';
import type { KeyValue } from './redis/index.ts';
import { ResilientStore, type WhenStoreDown } from './resilient-store.ts';
import { BatchedStore } from './batched-store.ts';
import type { Principal } from './auth.ts';

const common = (limit: number, store: Options['store']): Partial<Options> => ({
  windowMs: 60_000,
  limit,
  // draft-7's combined RateLimit header; draft-8 also hashes a partition key on every request.
  standardHeaders: 'draft-7',
  legacyHeaders: false,
  store,
  // Retry-After is set by express-rate-limit before the handler runs.
  handler: (_req, _res, next) => next(TooManyRequests('Too many requests, slow down', 'rate_limited')),
  validate: { trustProxy: false, xForwardedForHeader: false },
});

/** One Redis round trip per hit (rate-limit-redis), with `whenDown` while Redis is unreachable. */
const exactStore = (kv: KeyValue, prefix: string, whenDown: WhenStoreDown) =>
  kv.kind === 'redis' ? new ResilientStore(kv.rateLimitStore(prefix), kv, whenDown) : kv.rateLimitStore(prefix);

/** Counted locally and synced every `syncMs` (fail open to a local limit); `syncMs` 0: exact, per request. */
const counted = (kv: KeyValue, prefix: string, syncMs?: number) => (syncMs === 0 ? exactStore(kv, prefix, 'local') : new BatchedStore(kv, prefix, { syncMs }));

/**
 * Whom the per-client limit counts: the API key when the request carries one (an integration's
 * limit is its own, not its creator's), else the user. (Anonymous requests count per IP.)
 */
export function clientKey(auth: Principal): string {
  return auth.apiKeyId ? `k:${auth.apiKeyId}` : `u:${auth.userId}`;
}

/**
 * Per user (per API key, per IP when anonymous), across every process sharing the Redis, counted
 * locally and synced in batches (kit/batched-store.ts; the bound on precision is in docs/spine.md).
 * While Redis is down it counts per process (fail open, to a local limit): a cache outage must
 * not stop the API.
 */
export function userRateLimit(kv: KeyValue, limit: number, syncMs?: number): RequestHandler {
  return rateLimit({
    ...common(limit, counted(kv, 'rl:user:', syncMs)),
    keyGenerator: (req, res) => (res.locals.auth ? clientKey(res.locals.auth) : `ip:${ipKeyGenerator(req.ip ?? '')}`),
  });
}

/**
 * Per academy (tenant): every request to one academy counts, whoever sends it, so one pooled
 * academy cannot starve the others (issue 15). Same store design as the user limit. Its headers
 * are left to the user limit (the client's own budget); a refusal still says Retry-After.
 */
export function tenantRateLimit(kv: KeyValue, limit: number, syncMs?: number): RequestHandler {
  return rateLimit({
    ...common(limit, counted(kv, 'rl:tenant:', syncMs)),
    standardHeaders: false,
    skip: (_req, res) => !res.locals.tenant,
    keyGenerator: (_req, res) => `t:${res.locals.tenant!.id}`,
    handler: (_req, res, next) => {
      const reset = (_req as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      res.set('Retry-After', String(Math.max(1, Math.ceil(((reset?.getTime() ?? Date.now() + 60_000) - Date.now()) / 1000))));
      next(TooManyRequests('This academy is making too many requests, slow down', 'rate_limited'));
    },
  });
}

/**
 * Stricter, per IP and tenant, for login, register and refresh. While Redis is down it refuses
 * (503, Retry-After) by default: this limit is what stops password guessing across accounts, and
 * per-process counting would multiply it by the number of processes. `whenDown: 'local'` for a
 * route where that matters less than staying up.
 */
export function authRateLimit(kv: KeyValue, limit: number, whenDown: WhenStoreDown = 'closed'): RequestHandler {
  return rateLimit({
    ...common(limit, exactStore(kv, 'rl:auth:', whenDown)),
    keyGenerator: (req, res) => `${res.locals.tenant?.id ?? '-'}:${ipKeyGenerator(req.ip ?? '')}`,
  });
}
