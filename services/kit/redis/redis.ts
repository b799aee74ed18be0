import { Redis } from 'ioredis';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import type { KeyValue } from './port.ts';

/** KeyValue on a real Redis. One command connection, plus one subscriber connection made on first use. */
export class RedisKeyValue implements KeyValue {
  readonly kind = 'redis' as const;
  private readonly client: Redis;
  private subscriber?: Redis;
  private handlers = new Map<string, Set<(m: string) => void>>();

  constructor(
    private readonly url: string,
    private readonly prefix: string,
  ) {
    this.client = new Redis(url, { keyPrefix: prefix, maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: false });
    // Connection errors surface on the commands that fail (and in /readyz); avoid unhandled 'error' events.
    this.client.on('error', () => {});
  }

  async get(key: string) {
    return this.client.get(key);
  }

  async set(key: string, value: string, ttlMs?: number) {
    if (ttlMs) await this.client.set(key, value, 'PX', ttlMs);
    else await this.client.set(key, value);
  }

  async setIfAbsent(key: string, value: string, ttlMs: number) {
    return (await this.client.set(key, value, 'PX', ttlMs, 'NX')) === 'OK';
  }

  async del(...keys: string[]) {
    return keys.length ? this.client.del(...keys) : 0;
  }

  async incr(key: string, windowMs: number) {
    const [[, count], [, pttl]] = (await this.client
      .multi()
      .incr(key)
      .pexpire(key, windowMs, 'NX')
      .pttl(key)
      .exec()) as [[null, number], [null, number], [null, number]];
    return { count, resetInMs: pttl > 0 ? pttl : windowMs };
  }

  async publish(channel: string, message: string) {
    await this.client.publish(this.prefix + channel, message);
  }

  async subscribe(channel: string, onMessage: (m: string) => void) {
    const full = this.prefix + channel;
    if (!this.subscriber) {
      this.subscriber = new Redis(this.url, { maxRetriesPerRequest: null });
      this.subscriber.on('error', () => {});
      this.subscriber.on('message', (ch: string, msg: string) => this.handlers.get(ch)?.forEach((h) => h(msg)));
    }
    let set = this.handlers.get(full);
    if (!set) {
      set = new Set();
      this.handlers.set(full, set);
      await this.subscriber.subscribe(full);
    }
    set.add(onMessage);
    return async () => {
      set!.delete(onMessage);
      if (set!.size === 0) {
        this.handlers.delete(full);
        await this.subscriber?.unsubscribe(full);
      }
    };
  }

  rateLimitStore(prefix: string) {
    return new RedisStore({
      // ioredis applies its keyPrefix to the KEYS of EVAL/EVALSHA too, so only our part here.
      prefix,
      sendCommand: (command: string, ...args: string[]) => this.client.call(command, ...args) as Promise<RedisReply>,
    });
  }

  async ping() {
    await this.client.ping();
  }

  async close() {
    await Promise.allSettled([this.client.quit(), this.subscriber?.quit()]);
  }
}
