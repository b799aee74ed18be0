import type { Store } from 'express-rate-limit';

/**
 * Redis could not answer (down, unreachable, or slower than the command timeout). Callers with a
 * declared fallback catch it; anywhere else kit/errors.ts answers 503 with Retry-After, never 500.
 */
export class KeyValueUnavailableError extends Error {
  override readonly name = 'KeyValueUnavailableError';
}

/**
 * What the services need from Redis. Served by real Redis (`REDIS_URL`) or, locally, by an
 * in-process adapter; `contract.test.ts` runs the same suite against both.
 * Keys are given without the configured prefix; adapters add it.
 *
 * When Redis is lost, commands fail at once (or after the short command timeout) with
 * KeyValueUnavailableError; nothing waits for a reconnection. docs/spine.md, "Redis down", says
 * what each use does then.
 */
export interface KeyValue {
  readonly kind: 'redis' | 'memory';
  /** False while Redis is known to be unreachable: callers may skip straight to their fallback. */
  readonly available: boolean;
  get(key: string): Promise<string | null>;
  /** Sets a value, with a time-to-live when ttlMs is given. */
  set(key: string, value: string, ttlMs?: number): Promise<void>;
  /** Sets only when absent (locks, idempotency keys). True when this call set it. */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  del(...keys: string[]): Promise<number>;
  /** Increments a counter; the window (ttl) starts with the first increment. */
  incr(key: string, windowMs: number): Promise<{ count: number; resetInMs: number }>;
  /**
   * Adds `by` to each counter in one round trip (pipelined on Redis) and returns the new totals, in
   * order. A counter's time-to-live is set by the first add only (`ttlMs`). The batched rate-limit
   * store syncs its per-process counts with this.
   */
  incrByMany(items: ReadonlyArray<{ key: string; by: number }>, ttlMs: number): Promise<number[]>;
  /**
   * Best effort, never throws: Redis pub/sub delivers at most once anyway (a subscriber that is
   * reconnecting misses messages too), so every consumer bounds its staleness with a TTL and
   * listens to `onMissedMessages`.
   */
  publish(channel: string, message: string): Promise<void>;
  /**
   * Returns an unsubscribe function. The subscription outlives connection losses: it is renewed
   * whenever the connection comes back.
   */
  subscribe(channel: string, onMessage: (message: string) => void): Promise<() => Promise<void>>;
  /**
   * Calls `listener` when published messages may have been missed (the subscription connection was
   * lost and is back): drop what those messages would have invalidated. Returns a remover.
   */
  onMissedMessages(listener: () => void): () => void;
  /** A store for express-rate-limit (rate-limit-redis on Redis, its MemoryStore in-process). */
  rateLimitStore(prefix: string): Store;
  /** Waits until connected, or throws KeyValueUnavailableError after `timeoutMs` (start-up). */
  connect(timeoutMs: number): Promise<void>;
  ping(): Promise<void>;
  /** Closes promptly even when Redis is unreachable (shutdown must not wait for it). */
  close(): Promise<void>;
}
