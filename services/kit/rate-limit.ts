import { rateLimit, ipKeyGenerator, type Options } from 'express-rate-limit';
import type { RequestHandler } from 'express';
import { TooManyRequests } from './errors.ts';
import type { KeyValue } from './redis/index.ts';
import { ResilientStore, type WhenStoreDown } from './resilient-store.ts';

const common = (kv: KeyValue, prefix: string, limit: number, whenDown: WhenStoreDown): Partial<Options> => ({
  windowMs: 60_000,
  limit,
  // draft-7's combined RateLimit header; draft-8 also hashes a partition key on every request.
  standardHeaders: 'draft-7',
  legacyHeaders: false,
  store: kv.kind === 'redis' ? new ResilientStore(kv.rateLimitStore(prefix), kv, whenDown) : kv.rateLimitStore(prefix),
  // Retry-After is set by express-rate-limit before the handler runs.
  handler: (_req, _res, next) => next(TooManyRequests('Too many requests, slow down', 'rate_limited')),
  validate: { trustProxy: false, xForwardedForHeader: false },
});

/**
 * Per user (per IP when anonymous), across every process sharing the Redis. While Redis is down
 * it counts per process (fail open, to a local limit): a cache outage must not stop the API.
 */
export function userRateLimit(kv: KeyValue, limit: number): RequestHandler {
  return rateLimit({
    ...common(kv, 'rl:user:', limit, 'local'),
    keyGenerator: (req, res) => {
      const auth = res.locals.auth;
      return auth ? `u:${auth.userId}` : `ip:${ipKeyGenerator(req.ip ?? '')}`;
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
    ...common(kv, 'rl:auth:', limit, whenDown),
    keyGenerator: (req, res) => `${res.locals.tenant?.id ?? '-'}:${ipKeyGenerator(req.ip ?? '')}`,
  });
}
