import type { Knex } from 'knex';
import type { RequestHandler } from 'express';
import { NotFound } from './errors.ts';
import type { KeyValue } from './redis/index.ts';

export interface Tenant {
  id: string;
  slug: string;
  name: string;
  domains: string[];
  plan: string;
  status: string;
}

const CACHE_MS = 30_000;
const INVALIDATE_CHANNEL = 'tenants:invalidate';

/**
 * Finds a request's tenant: by Host among tenants' domains, else `X-Tenant: <slug>`, else the
 * default tenant. Tenants are read-mostly: cached per process, dropped on a pub/sub message.
 */
export class TenantDirectory {
  private bySlug = new Map<string, { tenant: Tenant | null; at: number }>();
  private byDomain = new Map<string, { tenant: Tenant | null; at: number }>();

  constructor(
    private readonly db: Knex,
    private readonly kv: KeyValue,
    private readonly defaultSlug: string,
  ) {}

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
    this.bySlug.clear();
    this.byDomain.clear();
  }

  /** Tell every process that tenants changed. */
  async invalidate() {
    this.clear();
    await this.kv.publish(INVALIDATE_CHANNEL, '1');
  }

  async bySlugOrNull(slug: string): Promise<Tenant | null> {
    return this.cached(this.bySlug, slug, () => this.db('tenants').where({ slug }).first());
  }

  async byDomainOrNull(host: string): Promise<Tenant | null> {
    return this.cached(this.byDomain, host, () => this.db('tenants').whereRaw('? = any(domains)', [host]).first());
  }

  /** Express middleware: sets res.locals.tenant or answers 404 tenant_not_found. */
  middleware(): RequestHandler {
    return (req, res, next) => {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
      const header = req.headers['x-tenant'];
      const resolve = async (): Promise<Tenant | null> => {
        const byHost = host ? await this.byDomainOrNull(host) : null;
        if (byHost) return byHost;
        const slug = typeof header === 'string' && header ? header.toLowerCase() : this.defaultSlug;
        if (!/^[a-z0-9-]{1,63}$/.test(slug)) return null;
        return this.bySlugOrNull(slug);
      };
      resolve().then((tenant) => {
        if (!tenant || tenant.status !== 'active') return next(NotFound('No such academy', 'tenant_not_found'));
        res.locals.tenant = tenant;
        next();
      }, next);
    };
  }

  private async cached(
    cache: Map<string, { tenant: Tenant | null; at: number }>,
    key: string,
    load: () => Promise<Tenant | undefined>,
  ): Promise<Tenant | null> {
    const hit = cache.get(key);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.tenant;
    const row = await load();
    const tenant = row ? toTenant(row) : null;
    if (cache.size > 10_000) cache.clear();
    cache.set(key, { tenant, at: Date.now() });
    return tenant;
  }
}

function toTenant(row: Tenant): Tenant {
  return { id: row.id, slug: row.slug, name: row.name, domains: row.domains ?? [], plan: row.plan, status: row.status };
}
