import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { LRUCache } from 'lru-cache';
import { API_KEY_PREFIX, type ApiKeyScope, type ApiKeyVerifier, type Principal } from './auth.ts';
import type { ServiceContext } from './context.ts';
import type { KeyValue } from './redis/index.ts';
import { NotFound, Unauthorized } from './errors.ts';
import type { Tenant } from './tenancy.ts';

/**
 * A verified key is trusted this long per process. Revocations are also published (Redis pub/sub),
 * so other processes drop the key as soon as the message arrives; this TTL is the bound when a
 * message is lost (Redis down or a subscription being renewed).
 */
export const API_KEY_CACHE_MS = 5_000;
/** After a rotation the old key keeps working this long, so the integration can switch over. */
export const API_KEY_ROTATION_GRACE_MS = 24 * 3_600_000;
/** last_used_at is written at most this often per key and process. */
const LAST_USED_WRITE_MS = 60_000;

export interface ApiKeyView {
  id: string;
  name: string;
  scopes: ApiKeyScope[];
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  /** Until then the key before the last rotation still works. */
  previousKeyValidUntil: string | null;
}

interface Row {
  id: string;
  tenant_id: string;
  name: string;
  scopes: ApiKeyScope[];
  created_by: string;
  hash: string;
  prev_hash: string | null;
  prev_valid_until: Date | null;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
  created_at: Date;
}

/**
 * The secret is 32 random bytes: a SHA-256 of it cannot be brute-forced, so a slow password hash
 * (argon2) would only add ~50 ms per uncached request without adding safety (docs/spine.md).
 */
const digest = (key: string) => createHash('sha256').update(key).digest('hex');
const newSecret = () => API_KEY_PREFIX + randomBytes(32).toString('base64url');
const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
const REVOKED_CHANNEL = 'api-keys:revoked';

/**
 * Integration API keys of every tenant, in the control database (every process can verify one,
 * whichever services it serves). Verified keys are cached for API_KEY_CACHE_MS; a revocation
 * drops them at once in the process that made it, and within that bound everywhere else.
 */
export class ApiKeys implements ApiKeyVerifier {
  private cache = new LRUCache<string, { principal: Principal; expiresAt: number }>({ max: 10_000, ttl: API_KEY_CACHE_MS });
  private lastUsedWritten = new Map<string, number>();

  constructor(
    private readonly db: Knex,
    private readonly kv?: KeyValue,
  ) {}

  /** Drops keys other processes revoke as their messages arrive; returns the unsubscribe. */
  listen(): Promise<() => Promise<void>> {
    if (!this.kv) return Promise.resolve(async () => {});
    return this.kv.subscribe(REVOKED_CHANNEL, (id) => this.forget(id));
  }

  private forget(id: string): void {
    for (const [h, v] of this.cache.entries()) if (v.principal.apiKeyId === id) this.cache.delete(h);
  }

  async create(tenant: Tenant, by: string, input: { name: string; scopes: ApiKeyScope[]; expiresAt?: Date }): Promise<{ id: string; key: string }> {
    const id = randomUUID();
    const key = newSecret();
    await this.db('api_keys').insert({ id, tenant_id: tenant.id, name: input.name, scopes: input.scopes, created_by: by, hash: digest(key), expires_at: input.expiresAt ?? null });
    return { id, key };
  }

  async list(tenant: Tenant): Promise<ApiKeyView[]> {
    const rows: Row[] = await this.db('api_keys').where({ tenant_id: tenant.id }).whereNull('revoked_at').orderBy('created_at');
    return rows.map((r) => ({
      id: r.id, name: r.name, scopes: r.scopes, createdAt: iso(r.created_at)!, expiresAt: iso(r.expires_at), lastUsedAt: iso(r.last_used_at),
      previousKeyValidUntil: r.prev_valid_until && new Date(r.prev_valid_until).getTime() > Date.now() ? iso(r.prev_valid_until) : null,
    }));
  }

  /** A new secret; the old one keeps working for API_KEY_ROTATION_GRACE_MS. */
  async rotate(tenant: Tenant, id: string): Promise<{ id: string; key: string; previousKeyValidUntil: string }> {
    const key = newSecret();
    const until = new Date(Date.now() + API_KEY_ROTATION_GRACE_MS);
    const n = await this.db('api_keys')
      .where({ tenant_id: tenant.id, id })
      .whereNull('revoked_at')
      .update({ prev_hash: this.db.ref('hash'), prev_valid_until: until, hash: digest(key) });
    if (!n) throw NotFound('No such API key', 'api_key_not_found');
    return { id, key, previousKeyValidUntil: until.toISOString() };
  }

  /** Revokes now: this process forgets it at once, others when the published message arrives (at most API_KEY_CACHE_MS). */
  async revoke(tenant: Tenant, id: string): Promise<void> {
    const n = await this.db('api_keys').where({ tenant_id: tenant.id, id }).whereNull('revoked_at').update({ revoked_at: this.db.fn.now() });
    if (!n) throw NotFound('No such API key', 'api_key_not_found');
    this.forget(id);
    // Never throws (the KeyValue contract): with Redis down, others drop it within API_KEY_CACHE_MS.
    await this.kv?.publish(REVOKED_CHANNEL, id);
  }

  async verify(tenant: Tenant, key: string): Promise<Principal> {
    const h = digest(key);
    const cacheKey = `${tenant.id}:${h}`;
    let hit = this.cache.get(cacheKey);
    if (!hit) {
      const row: Row | undefined = await this.db('api_keys')
        .where({ tenant_id: tenant.id })
        .whereNull('revoked_at')
        .andWhere((q) => q.where({ hash: h }).orWhere((p) => p.where({ prev_hash: h }).andWhere('prev_valid_until', '>', this.db.fn.now())))
        .first();
      if (!row) throw Unauthorized('The API key is not valid or was revoked', 'api_key_invalid');
      hit = {
        principal: { userId: row.created_by, tenantId: row.tenant_id, roles: ['admin'], apiKeyId: row.id, scopes: row.scopes },
        expiresAt: row.expires_at ? new Date(row.expires_at).getTime() : Number.MAX_SAFE_INTEGER,
      };
      this.cache.set(cacheKey, hit);
    }
    if (hit.expiresAt <= Date.now()) throw Unauthorized('The API key has expired', 'api_key_expired');
    this.touch(hit.principal.apiKeyId!);
    return hit.principal;
  }

  /** Records the last use without waiting for it, at most once a minute per key and process. */
  private touch(id: string): void {
    const now = Date.now();
    if (now - (this.lastUsedWritten.get(id) ?? 0) < LAST_USED_WRITE_MS) return;
    this.lastUsedWritten.set(id, now);
    if (this.lastUsedWritten.size > 10_000) this.lastUsedWritten.clear();
    this.db('api_keys').where({ id }).update({ last_used_at: new Date(now) }).catch(() => this.lastUsedWritten.delete(id));
  }
}

/** The process's API keys (one cache per process). */
export function apiKeysOf(ctx: Pick<ServiceContext, 'dbs' | 'instances' | 'kv' | 'logger'>): ApiKeys {
  return ctx.instances.of(() => {
    const keys = new ApiKeys(ctx.dbs.control, ctx.kv);
    keys.listen().catch((err) => ctx.logger.warn({ err }, 'API key revocations: not subscribed; other processes learn of them within the cache TTL'));
    return keys;
  }, apiKeysOf);
}
