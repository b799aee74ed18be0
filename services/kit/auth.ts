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
 * Reads a bearer token when one is sent. No token: anonymous (routes that need one say so with
 * `requireAuth`). A bad, expired or other-tenant token: 401 at once.
 */
export function authenticate(keys: KeyRing): RequestHandler {
  return (req, res, next) => {
    const header = req.headers.authorization;
    // Service-to-service routes carry a service token, checked by the route (kit/service-token.ts).
    if (!header || req.path.startsWith('/internal/')) return next();
    const m = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header);
    if (!m) return next(Unauthorized('Send the access token as "Authorization: Bearer <token>"', 'token_invalid'));
    const tenant = res.locals.tenant as Tenant;
    keys.verify(m[1], tenant.slug).then((claims) => {
      if (claims.tid !== tenant.id) return next(Unauthorized('This token belongs to another academy', 'token_wrong_tenant'));
      res.locals.auth = { userId: claims.sub, tenantId: claims.tid, roles: claims.roles as Role[], service: claims.svc } satisfies Principal;
      next();
    }, next);
  };
}

export function principal(res: { locals: Record<string, unknown> }): Principal | undefined {
  return res.locals.auth as Principal | undefined;
}

/** Throws 401 unless the request carries a valid token. */
export function requirePrincipal(res: { locals: Record<string, unknown> }): Principal {
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
