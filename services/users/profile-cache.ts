import type { ServiceContext } from '../kit/context.ts';
import type { KeyValue } from '../kit/redis/index.ts';
import { LRUCache } from 'lru-cache';
import type { UserView } from './presenters.ts';

const CHANNEL = 'users:changed';
const MAX_ENTRIES = 100_000;

/**
 * Presented profiles (never credentials) kept per process for `GET /users/me`, the hottest
 * authenticated read. A write drops the entry here at once and, over pub/sub, in every other
 * process; the TTL bounds staleness should a message be missed.
 */
export class ProfileCache {
  private readonly entries: LRUCache<string, { view: UserView; tenantId: string }>;

  constructor(
    private readonly kv: KeyValue,
    ttlMs = 10_000,
  ) {
    this.entries = new LRUCache({ max: MAX_ENTRIES, ttl: ttlMs });
  }

  async start(): Promise<() => Promise<void>> {
    // Changes published while Redis was away were missed: forget everything (roles included).
    const stopGap = this.kv.onMissedMessages(() => this.entries.clear());
    const unsubscribe = await this.kv.subscribe(CHANNEL, (id) => this.entries.delete(id));
    return async () => {
      stopGap();
      await unsubscribe();
    };
  }

  get(tenantId: string, id: string): UserView | undefined {
    const hit = this.entries.get(id);
    if (!hit || hit.tenantId !== tenantId) return undefined;
    return hit.view;
  }

  set(tenantId: string, view: UserView): void {
    this.entries.set(view.id, { view, tenantId });
  }

  async invalidate(id: string): Promise<void> {
    this.entries.delete(id);
    await this.kv.publish(CHANNEL, id);
  }
}

/** The one profile cache of a process (held by its context). */
export function profileCacheFor(ctx: ServiceContext): ProfileCache {
  return ctx.instances.of(() => new ProfileCache(ctx.kv, ctx.config.CACHE_TTL_SECONDS && ctx.config.CACHE_TTL_SECONDS * 1000), profileCacheFor);
}
