import cors from 'cors';
import type { Request, RequestHandler } from 'express';
import type { Tenant } from './tenancy.ts';

export interface CorsEdgeOptions {
  /** Origins allowed for every tenant (CORS_ORIGINS). */
  readonly origins: readonly string[];
  /** Response headers a browser script may read. */
  readonly exposedHeaders: readonly string[];
  /** The tenant a request is for, as the tenancy middleware finds it (kit/tenancy.ts `tenantOf`). */
  readonly tenantOf: (req: Request) => Tenant | null | Promise<Tenant | null>;
}

/**
 * Whether `origin` (an Origin header) is a web page on one of `tenant`'s own domains: http(s),
 * its host name one of the tenant's `domains` (any port: the domain is the tenant's). An active
 * tenant only; `null` (the Origin of a sandboxed or file page) and anything unparsable is not.
 */
export function isTenantOrigin(origin: string, tenant: Pick<Tenant, 'domains' | 'status'> | null): boolean {
  if (!tenant || tenant.status !== 'active' || tenant.domains.length === 0) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  return tenant.domains.includes(url.hostname.toLowerCase());
}

/**
 * CORS at the edge: an Origin of CORS_ORIGINS is allowed (with credentials) as always; so is an
 * Origin on a domain of the tenant the request is for, so a pooled tenant's web app on its own
 * domain can call the pool's academy, which has one CORS_ORIGINS for all its tenants. The tenant
 * is the one the tenancy middleware will find (Host, else X-Tenant, else the default): a preflight
 * carries no X-Tenant, so for a preflight it is the tenant of the Host — the tenant's domain the
 * Ingress routed. Any other Origin gets the same answer as before: no Allow-Origin.
 *
 * The tenant look-up runs only for an Origin not in the list, and is answered by the tenancy
 * caches (the request's own look-up comes next anyway). A look-up that fails (the database, the
 * per-IP look-up budget) allows nothing here; the request itself then meets the same failure in
 * the tenancy middleware, which answers it.
 */
export function corsEdge(opts: CorsEdgeOptions): RequestHandler {
  const common = { credentials: true, exposedHeaders: [...opts.exposedHeaders] };
  const listed = new Set(opts.origins);
  const byList = cors({ ...common, origin: [...opts.origins] });
  // Reflects the request's Origin: the same headers byList sends for an origin of its list.
  const reflect = cors({ ...common, origin: true });
  // Most requests (servers, apps, same-origin GETs) send no Origin: for them cors() always writes
  // the same three headers (the origin list is an array, so no Allow-Origin): written directly.
  const exposedValue = opts.exposedHeaders.join(',');
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin === undefined && req.method !== 'OPTIONS' && !res.hasHeader('vary')) {
      res.setHeader('vary', 'Origin');
      res.setHeader('access-control-allow-credentials', 'true');
      res.setHeader('access-control-expose-headers', exposedValue);
      return next();
    }
    if (origin === undefined || listed.has(origin)) return byList(req, res, next);
    const answer = (tenant: Tenant | null) => (isTenantOrigin(origin, tenant) ? reflect : byList)(req, res, next);
    let tenant: ReturnType<CorsEdgeOptions['tenantOf']>;
    try {
      tenant = opts.tenantOf(req);
    } catch {
      return answer(null);
    }
    if (!(tenant instanceof Promise)) return answer(tenant);
    tenant.then(answer, () => answer(null)).catch(next);
  };
}
