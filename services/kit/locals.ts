import type { Principal } from './auth.ts';
import type { Tenant } from './tenancy.ts';
import type { LimitInfo } from './rate-limit.ts';

/**
 * What the kit's middleware leaves on `res.locals`, typed once for every handler and middleware
 * (Express merges this into its `Locals`), so no one reads them through a cast.
 */
declare global {
  namespace Express {
    interface Locals {
      /** Set first, on every request (kit/app.ts). */
      requestId?: string;
      /** The academy of an /api/v1 request (kit/tenancy.ts); always set once the route runs. */
      tenant?: Tenant;
      /** Who is calling, when a valid access token was sent (kit/auth.ts). */
      auth?: Principal;
      /** What passport's strategy proved, before kit/auth.ts files it as `auth` or `service`. */
      principal?: Principal | { service: true };
      /** The request carried the service token (kit/auth.ts). */
      service?: boolean;
      /** When the request arrived (process.hrtime.bigint()), for the latency metric (kit/metrics.ts). */
      startedAt?: bigint;
      /** What the last rate limit learned about this request (kit/rate-limit.ts). */
      rateLimit?: LimitInfo;
      /** A JSON body's bytes as sent, for signature checks (kit/app.ts; the Stripe webhook). */
      rawBody?: Buffer;
      /** The route's path pattern, for metrics (kit/routes.ts). */
      route?: string;
    }
  }
}

export {};
