/**
 * A keyed, de-duplicating work queue (client-go's workqueue, in small): a key waits at most once;
 * a key being processed is never handed out twice — added meanwhile, it comes back once the
 * current run ends; failures come back after exponential backoff with jitter.
 */
export interface WorkQueueOptions {
  /** First retry delay. @default 500 */
  baseDelayMs?: number;
  /** @default 60_000 */
  maxDelayMs?: number;
  /** Random spread of each delay, as a fraction (0.2 -> ±20%). @default 0.2 */
  jitter?: number;
  random?: () => number;
}

export class WorkQueue {
  private readonly order: string[] = [];
  private readonly waiting = new Set<string>();
  private readonly processing = new Set<string>();
  /** Keys added while processing: re-queued when done. */
  private readonly dirty = new Set<string>();
  private readonly failures = new Map<string, number>();
  private readonly timers = new Map<string, { at: number; timer: NodeJS.Timeout }>();
  private readonly getters: ((key: string | undefined) => void)[] = [];
  private shuttingDown = false;
  private readonly opts: Required<WorkQueueOptions>;

  constructor(opts: WorkQueueOptions = {}) {
    this.opts = { baseDelayMs: 500, maxDelayMs: 60_000, jitter: 0.2, random: Math.random, ...opts };
  }

  /** Keys waiting (not those in flight or delayed). */
  get depth(): number {
    return this.order.length;
  }

  get inFlight(): number {
    return this.processing.size;
  }

  get delayed(): number {
    return this.timers.size;
  }

  /** Whether nothing is waiting, in flight or delayed. */
  get idle(): boolean {
    return this.order.length === 0 && this.processing.size === 0 && this.timers.size === 0;
  }

  add(key: string): void {
    if (this.shuttingDown) return;
    if (this.processing.has(key)) {
      this.dirty.add(key);
      return;
    }
    if (this.waiting.has(key)) return;
    const pending = this.timers.get(key);
    if (pending) {
      clearTimeout(pending.timer);
      this.timers.delete(key);
    }
    const getter = this.getters.shift();
    if (getter) {
      this.processing.add(key);
      getter(key);
      return;
    }
    this.waiting.add(key);
    this.order.push(key);
  }

  /** Adds `key` after `ms` (an earlier pending add wins; an immediate add cancels the delay). */
  addAfter(key: string, ms: number): void {
    if (this.shuttingDown) return;
    if (ms <= 0) return this.add(key);
    const at = Date.now() + ms;
    const pending = this.timers.get(key);
    if (pending && pending.at <= at) return;
    if (pending) clearTimeout(pending.timer);
    const timer = setTimeout(() => {
      this.timers.delete(key);
      this.add(key);
    }, ms);
    timer.unref();
    this.timers.set(key, { at, timer });
  }

  /** Adds `key` after its backoff delay (which grows with each call until `forget`), and not before `atLeastMs` (a server's Retry-After). */
  addRateLimited(key: string, atLeastMs = 0): number {
    const delay = Math.max(atLeastMs, this.backoff(key));
    this.addAfter(key, delay);
    return delay;
  }

  /** The next backoff delay of `key`: base·2^failures, capped, with jitter. */
  backoff(key: string): number {
    const n = this.failures.get(key) ?? 0;
    this.failures.set(key, n + 1);
    const raw = Math.min(this.opts.maxDelayMs, this.opts.baseDelayMs * 2 ** Math.min(n, 30));
    const spread = 1 + this.opts.jitter * (2 * this.opts.random() - 1);
    return Math.round(raw * spread);
  }

  failuresOf(key: string): number {
    return this.failures.get(key) ?? 0;
  }

  /** Clears the backoff of `key` (after a success). */
  forget(key: string): void {
    this.failures.delete(key);
  }

  /** The next key to process; undefined once shut down. */
  get(): Promise<string | undefined> {
    const key = this.order.shift();
    if (key !== undefined) {
      this.waiting.delete(key);
      this.processing.add(key);
      return Promise.resolve(key);
    }
    if (this.shuttingDown) return Promise.resolve(undefined);
    return new Promise((resolve) => this.getters.push(resolve));
  }

  /** Marks `key` processed; if it was added meanwhile, it waits again. */
  done(key: string): void {
    this.processing.delete(key);
    if (this.dirty.delete(key)) this.add(key);
  }

  shutDown(): void {
    this.shuttingDown = true;
    for (const { timer } of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const getter of this.getters.splice(0)) getter(undefined);
  }
}
