import { rateLimit, ipKeyGenerator, type IncrementResponse, type Options, type Store } from 'express-rate-limit';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { TooManyRequests } from './errors.ts';
import type { KeyValue } from './redis/index.ts';
import { ResilientStore, type WhenStoreDown } from './resilient-store.ts';
import { BatchedStore } from './batched-store.ts';
import type { Principal } from './auth.ts';

const WINDOW_MS = 60_000;

/** What a limit learned about a request (on `res.locals.rateLimit`; express-rate-limit left it on `req.rateLimit`). */
export interface LimitInfo {
  limit: number;
  used: number;
  remaining: number;
  resetTime?: Date;
  key: string;
}

interface LimitOptions {
  store: Store;
  limit: number;
  /** The IETF draft-7 `RateLimit` and `RateLimit-Policy` headers, and `Retry-After` on a refusal. */
  headers: boolean;
  key: (req: Request, res: Response) => string;
  skip?: (req: Request, res: Response) => boolean;
  refuse: (req: Request, res: Response, next: NextFunction, info: LimitInfo) => void;
}

const resetSeconds = (resetTime: Date | undefined) => (resetTime ? Math.max(0, Math.ceil((resetTime.getTime() - Date.now()) / 1000)) : Math.ceil(WINDOW_MS / 1000));

/**
 * A fixed-window limit over an express-rate-limit store, answering as express-rate-limit 8 does
 * (same headers, names and order; what it learned on `res.locals.rateLimit` rather than as a new
 * property of every request, which costs a hidden-class transition per request; Retry-After before the refusal; a store error
 * is the request's error) but without a promise when the store answers at once: the batched store
 * (kit/batched-store.ts) answers nearly every hit synchronously, and express-rate-limit's
 * middleware awaited seven times per request whatever the store did (issue 13's profile).
 */
function limiter(o: LimitOptions): RequestHandler {
  void o.store.init?.({ windowMs: WINDOW_MS, limit: o.limit } as Options);
  const policy = `${o.limit};w=${Math.ceil(WINDOW_MS / 1000)}`;
  const decide = (req: Request, res: Response, next: NextFunction, key: string, hit: IncrementResponse) => {
    const info: LimitInfo = { limit: o.limit, used: hit.totalHits, remaining: Math.max(o.limit - hit.totalHits, 0), resetTime: hit.resetTime, key };
    res.locals.rateLimit = info;
    if (o.headers && !res.headersSent) {
      res.setHeader('ratelimit-policy', policy);
      res.setHeader('ratelimit', `limit=${o.limit}, remaining=${info.remaining}, reset=${resetSeconds(hit.resetTime)}`);
    }
    if (hit.totalHits <= o.limit) return next();
    if (o.headers && !res.headersSent) res.setHeader('retry-after', String(resetSeconds(hit.resetTime)));
    o.refuse(req, res, next, info);
  };
  return (req, res, next) => {
    let key: string;
    let hit: IncrementResponse | Promise<IncrementResponse>;
    try {
      if (o.skip?.(req, res)) return next();
      key = o.key(req, res);
      hit = o.store.increment(key);
    } catch (err) {
      return next(err);
    }
    if (typeof (hit as Promise<IncrementResponse>).then === 'function') (hit as Promise<IncrementResponse>).then((h) => decide(req, res, next, key, h), next);
    else decide(req, res, next, key, hit as IncrementResponse);
  };
}

const refuse: LimitOptions['refuse'] = (_req, _res, next) => next(TooManyRequests('Too many requests, slow down', 'rate_limited'));

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
  return limiter({
    store: counted(kv, 'rl:user:', syncMs),
    limit,
    headers: true,
    key: (req, res) => (res.locals.auth ? clientKey(res.locals.auth) : `ip:${ipKeyGenerator(req.ip ?? '')}`),
    refuse,
  });
}

/**
 * Per academy (tenant): every request to one academy counts, whoever sends it, so one pooled
 * academy cannot starve the others (issue 15). Same store design as the user limit. Its headers
 * are left to the user limit (the client's own budget); a refusal still says Retry-After.
 */
export function tenantRateLimit(kv: KeyValue, limit: number, syncMs?: number): RequestHandler {
  return limiter({
    store: counted(kv, 'rl:tenant:', syncMs),
    limit,
    headers: false,
    skip: (_req, res) => !res.locals.tenant,
    key: (_req, res) => `t:${res.locals.tenant!.id}`,
    refuse: (_req, res, next, info) => {
      res.set('Retry-After', String(Math.max(1, Math.ceil(((info.resetTime?.getTime() ?? Date.now() + 60_000) - Date.now()) / 1000))));
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
  // express-rate-limit's own middleware: these routes wait on Redis (exact counts) and argon2
  // anyway, so its per-request promises cost nothing measurable here (the hot-path limits above
  // use `limiter` for the reason in its comment).
  return rateLimit({
    windowMs: WINDOW_MS,
    limit,
    // draft-7's combined RateLimit header; draft-8 also hashes a partition key on every request.
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    store: exactStore(kv, 'rl:auth:', whenDown),
    keyGenerator: (req, res) => `${res.locals.tenant?.id ?? '-'}:${ipKeyGenerator(req.ip ?? '')}`,
    // Retry-After is set by express-rate-limit before the handler runs.
    handler: (_req, _res, next) => next(TooManyRequests('Too many requests, slow down', 'rate_limited')),
    validate: { trustProxy: false, xForwardedForHeader: false },
  });
}
