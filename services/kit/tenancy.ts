import type { Knex } from 'knex';
import type { Request, RequestHandler } from 'express';
import { LRUCache } from 'lru-cache';
import { NotFound, TooManyRequests } from './errors.ts';
import type { KeyValue } from './redis/index.ts';

export interface Tenant {
  id: string;
  slug: string;
  name: string;
  domains: string[];
  plan: string;
  status: string;
}

export interface TenantDirectoryOptions {
  /** How long a known tenant is served from the process cache. @default 30 s */
  ttlMs?: number;
  /** How long "no such tenant" is remembered (short: a new academy appears soon). @default 10 s */
  missTtlMs?: number;
  /** Database look-ups of uncached names allowed per client IP per minute. @default 60 */
  lookupsPerMinutePerIp?: number;
  /** Known tenants (and, separately, unknown names) kept per process. @default 10,000 */
  max?: number;
}

const INVALIDATE_CHANNEL = 'tenants:invalidate';

/**
 * Finds a request's tenant: by Host among tenants' domains, else `X-Tenant: <slug>`, else the
 * default tenant. Tenants are read-mostly: cached per process, dropped on a pub/sub message.
 *
 * The tenant is resolved before authentication, so the look-up is open to anyone: names that are
 * not tenants are remembered in a cache of their own (so a flood of random names cannot evict
 * the known academies), concurrent look-ups of one name share one query, and each client IP may
 * cause only a bounded number of database look-ups per minute (issue #7).
 */
export class TenantDirectory {
  private readonly known: LRUCache<string, Tenant>;
  private readonly unknown: LRUCache<string, true>;
  private readonly lookupsByIp: LRUCache<string, { count: number }>;
  private readonly lookupsPerMinute: number;

  constructor(
    private readonly db: Knex,
    private readonly kv: KeyValue,
    private readonly defaultSlug: string,
    opts: TenantDirectoryOptions = {},
  ) {
    const max = opts.max ?? 10_000;
    this.known = new LRUCache({
      max,
      ttl: opts.ttlMs ?? 30_000,
      fetchMethod: async (key) => {
        const tenant = await this.load(key);
        if (!tenant) this.unknown.set(key, true);
        return tenant;
      },
    });
    this.unknown = new LRUCache({ max, ttl: opts.missTtlMs ?? 10_000 });
    this.lookupsByIp = new LRUCache({ max: 100_000, ttl: 60_000, ttlAutopurge: false });
    this.lookupsPerMinute = opts.lookupsPerMinutePerIp ?? 60;
  }

  async start(): Promise<() => Promise<void>> {
    // A message missed while Redis was away: forget everything (30 s bounds it otherwise).
    const stopGap = this.kv.onMissedMessages(() => this.clear());
    const unsubscribe = await this.kv.subscribe(INVALIDATE_CHANNEL, () => this.clear());
    return async () => {
      stopGap();
      await unsubscribe();
    };
  }

  clear() {
    this.known.clear();
    this.unknown.clear();
  }

  /** Tell every process that tenants changed. */
  async invalidate() {
    this.clear();
    await this.kv.publish(INVALIDATE_CHANNEL, '1');
  }

  async bySlugOrNull(slug: string, clientIp?: string): Promise<Tenant | null> {
    return this.find(`slug:${slug}`, clientIp);
  }

  async byDomainOrNull(host: string, clientIp?: string): Promise<Tenant | null> {
    return this.find(`host:${host}`, clientIp);
  }

  /**
   * The tenant a request is for: by Host among tenants' domains, else `X-Tenant`, else the default
   * (null: none, or not a valid name). Answered without a promise when the caches know (the usual
   * case). Used by the middleware and by CORS at the edge (kit/cors.ts), so both see one tenant.
   */
  tenantOf(req: Request): Tenant | null | Promise<Tenant | null> {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const header = req.headers['x-tenant'];
    const slug = typeof header === 'string' && header ? header.toLowerCase() : this.defaultSlug;
    const cached = this.cached(host, slug);
    if (cached !== undefined) return cached;
    const resolve = async (): Promise<Tenant | null> => {
      const byHost = host ? await this.byDomainOrNull(host, req.ip) : null;
      if (byHost) return byHost;
      if (!/^[a-z0-9-]{1,63}$/.test(slug)) return null;
      return this.bySlugOrNull(slug, req.ip);
    };
    return resolve();
  }

  /** Express middleware: sets res.locals.tenant or answers 404 tenant_not_found. */
  middleware(): RequestHandler {
    return (req, res, next) => {
      const tenant = this.tenantOf(req);
      if (!(tenant instanceof Promise)) return this.admit(tenant, res, next);
      tenant.then((found) => this.admit(found, res, next), next);
    };
  }

  /** The tenant `resolve` would find, when the caches answer it; undefined when a look-up is needed. */
  private cached(host: string, slug: string): Tenant | null | undefined {
    if (host) {
      const byHost = this.known.get(`host:${host}`);
      if (byHost) return byHost;
      if (!this.unknown.has(`host:${host}`)) return undefined;
    }
    if (!/^[a-z0-9-]{1,63}$/.test(slug)) return null;
    const bySlug = this.known.get(`slug:${slug}`);
    if (bySlug) return bySlug;
    return this.unknown.has(`slug:${slug}`) ? null : undefined;
  }

  private admit(tenant: Tenant | null, res: Parameters<RequestHandler>[1], next: Parameters<RequestHandler>[2]): void {
    if (!tenant || tenant.status !== 'active') return next(NotFound('No such academy', 'tenant_not_found'));
    res.locals.tenant = tenant;
    next();
  }

  private async find(key: string, clientIp: string | undefined): Promise<Tenant | null> {
    const hit = this.known.get(key);
    if (hit) return hit;
    if (this.unknown.has(key)) return null;
    // Only a request that starts a query is charged: when a cached miss runs out under load, the
    // requests joining that one query would otherwise spend the IP's budget at once, and a refusal
    // (no query, so the miss is never cached again) would refuse every later request for the minute.
    let lookup = this.lookups.get(key);
    if (!lookup) {
      if (clientIp !== undefined) this.chargeLookup(clientIp);
      lookup = this.known
        .fetch(key)
        // An invalidation (clear) aborts the fetches in flight: read again, after the change it announced.
        .catch((err: unknown) => {
          if (err instanceof Error && err.message === 'deleted') return this.load(key);
          throw err;
        })
        .finally(() => this.lookups.delete(key));
      this.lookups.set(key, lookup);
    }
    return (await lookup) ?? null;
  }

  private readonly lookups = new Map<string, Promise<Tenant | undefined>>();

  /** One more database look-up for this client, or 429 when its minute's budget is spent. */
  private chargeLookup(ip: string): void {
    const entry = this.lookupsByIp.get(ip);
    if (!entry) return void this.lookupsByIp.set(ip, { count: 1 });
    if (entry.count >= this.lookupsPerMinute) {
      const retryAfter = Math.max(1, Math.ceil(this.lookupsByIp.getRemainingTTL(ip) / 1000));
      throw TooManyRequests('Too many look-ups of unknown academies, slow down', 'rate_limited', { retryAfter });
    }
    entry.count++;
  }

  private async load(key: string): Promise<Tenant | undefined> {
    const [kind, value] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    const row: Tenant | undefined =
      kind === 'slug' ? await this.db('tenants').where({ slug: value }).first() : await this.db('tenants').whereRaw('? = any(domains)', [value]).first();
    return row ? toTenant(row) : undefined;
  }
}

function toTenant(row: Tenant): Tenant {
  return { id: row.id, slug: row.slug, name: row.name, domains: row.domains ?? [], plan: row.plan, status: row.status };
}
