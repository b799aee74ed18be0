import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { Forbidden, Unauthorized } from './errors.ts';
import type { KeyRing } from './keyring.ts';
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
}

/**
 * Reads a bearer credential when one is sent. No credential: anonymous (routes that need one
 * say so by their access). A JWT (it has dots) must verify — a bad, expired or other-tenant
 * token is a 401 at once. A dotless credential equal to the service token (constant time) marks
 * a service call (routes with access 'service'); any other dotless credential counts as none.
 */
export function authenticate(keys: KeyRing, serviceToken?: string): RequestHandler {
  const serviceDigest = serviceToken ? sha256(serviceToken) : undefined;
  return (req, res, next) => {
    const header = req.headers.authorization;
    if (!header) return next();
    const m = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header);
    if (!m) return next(Unauthorized('Send the access token as "Authorization: Bearer <token>"', 'token_invalid'));
    const token = m[1];
    if (!token.includes('.')) {
      if (serviceDigest && timingSafeEqual(sha256(token), serviceDigest)) res.locals.service = true;
      return next();
    }
    const tenant = res.locals.tenant!;
    keys.verify(token, tenant.slug).then((claims) => {
      if (claims.tid !== tenant.id) return next(Unauthorized('This token belongs to another academy', 'token_wrong_tenant'));
      res.locals.auth = { userId: claims.sub, tenantId: claims.tid, roles: claims.roles as Role[], service: claims.svc } satisfies Principal;
      next();
    }, next);
  };
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
