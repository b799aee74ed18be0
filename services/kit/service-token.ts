import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import type { Config } from './config.ts';
import { Unauthorized } from './errors.ts';

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Service-to-service calls (the operator publishing a Course resource) carry
 * `Authorization: Bearer <SERVICE_TOKEN>`; compared in constant time (both sides hashed first, so
 * lengths never leak). Routes under /internal/ are skipped by user-token authentication.
 */
export function assertServiceToken(req: Request, config: Config): void {
  if (!config.SERVICE_TOKEN) throw Unauthorized('Service calls are disabled here: SERVICE_TOKEN is not set', 'service_token_unset');
  const m = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
  if (!m || !timingSafeEqual(digest(m[1]), digest(config.SERVICE_TOKEN))) throw Unauthorized('A valid service token is required', 'service_token_invalid');
}

/** `assertServiceToken` as route middleware (RouteSpec.before): runs before body validation. */
export function requireServiceToken(config: Config): RequestHandler {
  return (req, _res, next) => {
    try {
      assertServiceToken(req, config);
    } catch (err) {
      return next(err);
    }
    next();
  };
}
