import { MemoryStore, type IncrementResponse, type Options, type Store } from 'express-rate-limit';
import { Unavailable } from './errors.ts';
import type { KeyValue } from './redis/index.ts';

/**
 * What a rate limit does while its shared (Redis) counters cannot be reached:
 * - `local`: counts in this process instead (the limit then holds per process: N processes let a
 *   client make up to N times the limit), so ordinary routes keep working;
 * - `closed`: refuses with 503 and Retry-After, for routes where a limit that N processes multiply
 *   is not acceptable.
 */
export type WhenStoreDown = 'local' | 'closed';

/** Seconds a client is told to wait when a `closed` limit cannot count. */
export const STORE_DOWN_RETRY_AFTER_S = 5;

/**
 * An express-rate-limit store over a shared one (rate-limit-redis) that never lets a Redis failure
 * become a 500 or a wait: on failure it applies `whenDown`, and it initializes the shared store
 * again on the next request, because rate-limit-redis keeps the rejected promise of a script load
 * made while Redis was down and would fail forever after.
 */
export class ResilientStore implements Store {
  readonly localKeys = false;
  readonly prefix?: string;
  private readonly local = new MemoryStore();
  private options?: Options;
  private needsInit = true;

  constructor(
    private readonly shared: Store,
    private readonly kv: KeyValue,
    private readonly whenDown: WhenStoreDown,
  ) {
    this.prefix = shared.prefix;
  }

  init(options: Options): void {
    this.options = options;
    this.local.init(options);
    void this.initShared();
  }

  async increment(key: string): Promise<IncrementResponse> {
    if (this.kv.available) {
      try {
        if (this.needsInit) await this.initShared(true);
        return await this.shared.increment(key);
      } catch {
        this.needsInit = true;
      }
    }
    if (this.whenDown === 'closed') {
      throw Unavailable('Sign-in is paused for a moment: the rate limiter cannot count', 'rate_limit_unavailable', { retryAfter: STORE_DOWN_RETRY_AFTER_S });
    }
    return this.local.increment(key);
  }

  async decrement(key: string): Promise<void> {
    await Promise.allSettled([this.shared.decrement(key), this.local.decrement(key)]);
  }

  async resetKey(key: string): Promise<void> {
    await Promise.allSettled([this.shared.resetKey(key), this.local.resetKey(key)]);
  }

  private async initShared(rethrow = false): Promise<void> {
    try {
      await this.shared.init?.(this.options!);
      this.needsInit = false;
    } catch (err) {
      this.needsInit = true;
      if (rethrow) throw err;
    }
  }
}
