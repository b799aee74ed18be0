import { EventEmitter } from 'node:events';
import { MemoryStore } from 'express-rate-limit';
import type { KeyValue } from './port.ts';

interface Entry {
  value: string;
  expiresAt: number;
}

/** The in-process KeyValue: one process, no persistence; for local use and small installs. */
export class MemoryKeyValue implements KeyValue {
  readonly kind = 'memory' as const;
  readonly available = true;
  private data = new Map<string, Entry>();
  private bus = new EventEmitter().setMaxListeners(0);
  private sweeper = setInterval(() => this.sweep(), 30_000).unref();

  async get(key: string) {
    return this.live(key)?.value ?? null;
  }

  async set(key: string, value: string, ttlMs?: number) {
    this.data.set(key, { value, expiresAt: ttlMs ? Date.now() + ttlMs : Infinity });
  }

  async setIfAbsent(key: string, value: string, ttlMs: number) {
    if (this.live(key)) return false;
    await this.set(key, value, ttlMs);
    return true;
  }

  async del(...keys: string[]) {
    let n = 0;
    for (const k of keys) if (this.live(k) && this.data.delete(k)) n++;
    return n;
  }

  async incr(key: string, windowMs: number) {
    const now = Date.now();
    const e = this.live(key);
    if (!e) {
      this.data.set(key, { value: '1', expiresAt: now + windowMs });
      return { count: 1, resetInMs: windowMs };
    }
    e.value = String(Number(e.value) + 1);
    return { count: Number(e.value), resetInMs: e.expiresAt - now };
  }

  async incrByMany(items: ReadonlyArray<{ key: string; by: number }>, ttlMs: number) {
    const now = Date.now();
    return items.map(({ key, by }) => {
      const e = this.live(key) ?? { value: '0', expiresAt: now + ttlMs };
      e.value = String(Number(e.value) + by);
      this.data.set(key, e);
      return Number(e.value);
    });
  }

  async publish(channel: string, message: string) {
    // Delivered asynchronously, as Redis would.
    setImmediate(() => this.bus.emit(channel, message));
  }

  async subscribe(channel: string, onMessage: (m: string) => void) {
    this.bus.on(channel, onMessage);
    return async () => {
      this.bus.off(channel, onMessage);
    };
  }

  rateLimitStore(prefix: string) {
    const store = new MemoryStore();
    (store as { prefix?: string }).prefix = prefix;
    return store;
  }

  onMissedMessages() {
    // In one process no message is ever missed.
    return () => {};
  }

  async connect() {}

  async ping() {}

  async close() {
    clearInterval(this.sweeper);
    this.data.clear();
    this.bus.removeAllListeners();
  }

  private live(key: string): Entry | undefined {
    const e = this.data.get(key);
    if (e && e.expiresAt <= Date.now()) {
      this.data.delete(key);
      return undefined;
    }
    return e;
  }

  private sweep() {
    const now = Date.now();
    for (const [k, e] of this.data) if (e.expiresAt <= now) this.data.delete(k);
  }
}
