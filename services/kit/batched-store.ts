import type { IncrementResponse, Options, Store } from 'express-rate-limit';
import type { KeyValue } from './redis/index.ts';

export interface BatchedStoreOptions {
  /** How often this process sends its new hits to Redis (one pipelined round trip for all keys). @default 100 */
  syncMs?: number;
  /**
   * Hits of one key this process admits without asking Redis between two syncs; past it a hit
   * waits for the next sync's answer (sent at once). Bounds how far over the limit N processes can
   * go (docs/spine.md, "Rate limits"). @default max(1, floor(limit / 20))
   */
  localBudget?: number;
}

interface Counter {
  /** The Redis key: prefix, client key and the window's number (windows are aligned to the clock). */
  readonly redisKey: string;
  readonly windowEnd: number;
  /** The global total as Redis last answered it (it includes this process's hits sent so far). */
  seen: number;
  /** Hits sent in the batch in flight. */
  sending: number;
  /** Hits of this process not sent yet. */
  pending: number;
  /** Hits over the local budget, answered with their exact place once the next batch is counted. */
  waiters: Array<{ pos: number; resolve: (total: number) => void }>;
}

/**
 * An express-rate-limit store counting in fixed one-window buckets, locally first: a hit is
 * counted in this process at once and answered from the local view of the global count (the
 * total Redis last returned plus this process's hits since); every `syncMs` the new hits of every
 * key go to Redis in one pipeline (INCRBY + PEXPIRE NX per key), whose answers refresh the view.
 * No request waits for Redis unless one client made more than `localBudget` hits on this process
 * since the last sync, and the view can only lag (counts never go down within a window), so a
 * refusal is always right and an admission is at most `2 × localBudget` hits per process late.
 *
 * While Redis is unreachable the hits stay pending and the limit holds per process (fail open to a
 * local limit); they are sent when Redis is back. A batch that timed out is sent again, so a hit
 * may be counted twice (stricter, never looser).
 */
export class BatchedStore implements Store {
  readonly localKeys = false;
  private readonly counters = new Map<string, Counter>();
  private windowMs = 60_000;
  private limit = Infinity;
  private budget = 1;
  private readonly syncMs: number;
  private timer?: NodeJS.Timeout;
  private inFlight = false;

  constructor(
    private readonly kv: KeyValue,
    readonly prefix: string,
    private readonly opts: BatchedStoreOptions = {},
  ) {
    this.syncMs = opts.syncMs ?? 100;
  }

  init(options: Options): void {
    this.windowMs = options.windowMs;
    if (typeof options.limit === 'number') this.limit = options.limit;
    this.budget = this.opts.localBudget ?? Math.max(1, Math.floor(this.limit / 20));
  }

  increment(key: string): IncrementResponse | Promise<IncrementResponse> {
    const c = this.counter(key, Date.now());
    const resetTime = new Date(c.windowEnd);
    c.pending++;
    const view = c.seen + c.sending + c.pending;
    // Within budget, over the limit already (the view never exceeds the truth), or Redis known
    // down: answered here, now.
    if (c.pending <= this.budget || view > this.limit || !this.kv.available) {
      this.schedule();
      return { totalHits: view, resetTime };
    }
    return new Promise<IncrementResponse>((resolve) => {
      c.waiters.push({ pos: c.pending, resolve: (totalHits) => resolve({ totalHits, resetTime }) });
      this.syncSoon();
    });
  }

  decrement(key: string): void {
    const c = this.counters.get(this.idOf(key, Date.now()));
    if (c) c.pending--;
    this.schedule();
  }

  async resetKey(key: string): Promise<void> {
    const id = this.idOf(key, Date.now());
    const c = this.counters.get(id);
    this.counters.delete(id);
    await this.kv.del(c?.redisKey ?? id).catch(() => {});
  }

  /** Sends what is pending now (tests, shutdown). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.inFlight) await new Promise((r) => setImmediate(r));
    await this.sync();
  }

  private idOf(key: string, now: number): string {
    return `${this.prefix}${key}:${Math.floor(now / this.windowMs)}`;
  }

  private counter(key: string, now: number): Counter {
    const id = this.idOf(key, now);
    let c = this.counters.get(id);
    if (!c) {
      c = { redisKey: id, windowEnd: (Math.floor(now / this.windowMs) + 1) * this.windowMs, seen: 0, sending: 0, pending: 0, waiters: [] };
      this.counters.set(id, c);
    }
    return c;
  }

  private schedule(): void {
    if (!this.timer && !this.inFlight) this.timer = setTimeout(() => void this.sync(), this.syncMs).unref();
  }

  private syncSoon(): void {
    if (this.inFlight) return; // sync() looks for waiters when the batch in flight is answered
    clearTimeout(this.timer);
    this.timer = undefined;
    void this.sync();
  }

  private async sync(): Promise<void> {
    this.timer = undefined;
    const now = Date.now();
    const batch: Array<{ c: Counter; n: number; waiters: Counter['waiters'] }> = [];
    for (const [id, c] of this.counters) {
      if (c.pending !== 0) {
        batch.push({ c, n: c.pending, waiters: c.waiters });
        c.sending += c.pending;
        c.pending = 0;
        c.waiters = [];
      } else if (c.windowEnd < now && c.sending === 0) {
        this.counters.delete(id);
      }
    }
    if (!batch.length) return;
    this.inFlight = true;
    try {
      if (!this.kv.available) throw new Error('Redis is unreachable');
      // Kept a window past its end: a process whose clock is a little behind still adds to it.
      const totals = await this.kv.incrByMany(
        batch.map(({ c, n }) => ({ key: c.redisKey, by: n })),
        this.windowMs * 2,
      );
      batch.forEach(({ c, n, waiters }, i) => {
        const total = totals[i]!;
        c.sending -= n;
        c.seen = Math.max(c.seen, total);
        for (const w of waiters) w.resolve(total - n + w.pos);
      });
    } catch {
      // Not counted (or not known to be): sent again with the next batch; meanwhile the view is local.
      for (const { c, n, waiters } of batch) {
        c.sending -= n;
        c.pending += n;
        for (const w of waiters) w.resolve(c.seen + c.sending + c.pending);
      }
    } finally {
      this.inFlight = false;
    }
    let pending = false;
    for (const c of this.counters.values()) {
      if (c.waiters.length) return void this.sync();
      pending ||= c.pending !== 0;
    }
    if (pending) this.schedule();
  }
}
