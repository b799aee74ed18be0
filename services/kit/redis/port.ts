import type { Store } from 'express-rate-limit';

/**
 * What the services need from Redis. Served by real Redis (`REDIS_URL`) or, locally, by an
 * in-process adapter; `contract.test.ts` runs the same suite against both.
 * Keys are given without the configured prefix; adapters add it.
 */
export interface KeyValue {
  readonly kind: 'redis' | 'memory';
  get(key: string): Promise<string | null>;
  /** Sets a value, with a time-to-live when ttlMs is given. */
  set(key: string, value: string, ttlMs?: number): Promise<void>;
  /** Sets only when absent (locks, idempotency keys). True when this call set it. */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  del(...keys: string[]): Promise<number>;
  /** Increments a counter; the window (ttl) starts with the first increment. */
  incr(key: string, windowMs: number): Promise<{ count: number; resetInMs: number }>;
  publish(channel: string, message: string): Promise<void>;
  /** Returns an unsubscribe function. */
  subscribe(channel: string, onMessage: (message: string) => void): Promise<() => Promise<void>>;
  /** A store for express-rate-limit (rate-limit-redis on Redis, its MemoryStore in-process). */
  rateLimitStore(prefix: string): Store;
  ping(): Promise<void>;
  close(): Promise<void>;
}
