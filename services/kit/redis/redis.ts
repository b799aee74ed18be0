import { Redis, ReplyError, type RedisOptions } from 'ioredis';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import { KeyValueUnavailableError, type KeyValue } from './port.ts';

export interface RedisKeyValueOptions {
  /** Longest wait for one command; past it Redis counts as unavailable. @default 500 */
  commandTimeoutMs?: number;
  /** Longest wait for the first connection (start-up, or the first command). @default 5000 */
  connectTimeoutMs?: number;
  /** After a command timed out, how long no command is sent (each would wait the timeout again). @default 1000 */
  suspectMs?: number;
}

/**
 * Both connections fail fast instead of queueing: a request must never wait for Redis to come
 * back (ioredis's default offline queue made every call wait, then fail, for seconds). They keep
 * reconnecting in the background, at most 2 s apart.
 */
const connectionOptions = (commandTimeoutMs: number): RedisOptions => ({
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  commandTimeout: commandTimeoutMs,
  connectTimeout: 2000,
  retryStrategy: (attempt) => Math.min(100 * 2 ** attempt, 2000),
});

/** KeyValue on a real Redis. One command connection, plus one subscriber connection made on first use. */
export class RedisKeyValue implements KeyValue {
  readonly kind = 'redis' as const;
  private readonly client: Redis;
  private subscriber?: Redis;
  private handlers = new Map<string, Set<(m: string) => void>>();
  private gapListeners = new Set<() => void>();
  private readonly commandTimeoutMs: number;
  private readonly connectTimeoutMs: number;
  private readonly suspectMs: number;
  private suspectUntil = 0;
  private everReady = false;

  constructor(
    private readonly url: string,
    private readonly prefix: string,
    opts: RedisKeyValueOptions = {},
  ) {
    this.commandTimeoutMs = opts.commandTimeoutMs ?? 500;
    this.connectTimeoutMs = opts.connectTimeoutMs ?? 5000;
    this.suspectMs = opts.suspectMs ?? 1000;
    this.client = new Redis(url, { ...connectionOptions(this.commandTimeoutMs), keyPrefix: prefix });
    // Connection errors surface as KeyValueUnavailableError on the commands (and in /readyz).
    this.client.on('error', () => {});
    this.client.on('ready', () => {
      this.everReady = true;
      this.suspectUntil = 0;
    });
  }

  /** Before the first connection nothing is known yet: true, and the first command waits for it. */
  get available(): boolean {
    if (!this.everReady) return this.client.status !== 'end';
    return this.client.status === 'ready' && Date.now() >= this.suspectUntil;
  }

  async connect(timeoutMs = this.connectTimeoutMs): Promise<void> {
    if (this.client.status === 'ready') return;
    await whenReady(this.client, timeoutMs);
  }

  async get(key: string) {
    return this.run(() => this.client.get(key));
  }

  async set(key: string, value: string, ttlMs?: number) {
    await this.run(() => (ttlMs ? this.client.set(key, value, 'PX', ttlMs) : this.client.set(key, value)));
  }

  async setIfAbsent(key: string, value: string, ttlMs: number) {
    return (await this.run(() => this.client.set(key, value, 'PX', ttlMs, 'NX'))) === 'OK';
  }

  async del(...keys: string[]) {
    return keys.length ? this.run(() => this.client.del(...keys)) : 0;
  }

  async incr(key: string, windowMs: number) {
    const [[, count], [, pttl]] = (await this.run(() => this.client.multi().incr(key).pexpire(key, windowMs, 'NX').pttl(key).exec())) as [
      [null, number],
      [null, number],
      [null, number],
    ];
    return { count, resetInMs: pttl > 0 ? pttl : windowMs };
  }

  async incrByMany(items: ReadonlyArray<{ key: string; by: number }>, ttlMs: number) {
    if (!items.length) return [];
    const replies = await this.run(() => {
      const p = this.client.pipeline();
      for (const { key, by } of items) p.incrby(key, by).pexpire(key, ttlMs, 'NX');
      return p.exec();
    });
    return items.map((_, i) => {
      const [err, total] = replies![2 * i]!;
      if (err) throw new KeyValueUnavailableError(`Redis: ${err.message}`, { cause: err });
      return total as number;
    });
  }

  async publish(channel: string, message: string) {
    try {
      await this.run(() => this.client.publish(this.prefix + channel, message));
    } catch {
      // Best effort by contract (port.ts): subscribers bound their staleness with TTLs.
    }
  }

  async subscribe(channel: string, onMessage: (m: string) => void) {
    const full = this.prefix + channel;
    const sub = this.subscriberConnection();
    let set = this.handlers.get(full);
    if (!set) {
      set = new Set();
      this.handlers.set(full, set);
      // Only the first connection is waited for (so a publish right after start-up is heard);
      // later, a lost connection renews every subscription when it is back ('ready' below).
      if (!this.subscriberEverReady) await whenReady(sub, this.connectTimeoutMs).catch(() => {});
      if (sub.status === 'ready') await sub.subscribe(full).catch(() => {});
    }
    set.add(onMessage);
    return async () => {
      set!.delete(onMessage);
      if (set!.size === 0 && this.handlers.get(full) === set) {
        this.handlers.delete(full);
        if (sub.status === 'ready') await sub.unsubscribe(full).catch(() => {});
      }
    };
  }

  onMissedMessages(listener: () => void) {
    this.gapListeners.add(listener);
    return () => void this.gapListeners.delete(listener);
  }

  rateLimitStore(prefix: string) {
    return new RedisStore({
      // ioredis applies its keyPrefix to the KEYS of EVAL/EVALSHA too, so only our part here.
      prefix,
      sendCommand: (command: string, ...args: string[]) => this.run(() => this.client.call(command, ...args) as Promise<RedisReply>),
    });
  }

  async ping() {
    await this.run(() => this.client.ping());
  }

  async close() {
    // QUIT when connected (bounded), then drop the connection and stop reconnecting: shutdown
    // must not wait for a Redis that is gone.
    const end = async (r?: Redis) => {
      if (!r) return;
      if (r.status === 'ready') await Promise.race([r.quit().catch(() => {}), sleep(this.commandTimeoutMs)]);
      r.disconnect();
    };
    await Promise.all([end(this.client), end(this.subscriber)]);
  }

  private subscriberEverReady = false;

  private subscriberConnection(): Redis {
    if (this.subscriber) return this.subscriber;
    // Subscriptions are renewed by hand on every 'ready' (ioredis only renews those it confirmed).
    const sub = new Redis(this.url, { ...connectionOptions(this.commandTimeoutMs), autoResubscribe: false });
    let lost = false;
    sub.on('error', () => {});
    sub.on('message', (ch: string, msg: string) => this.handlers.get(ch)?.forEach((h) => h(msg)));
    sub.on('close', () => {
      if (this.subscriberEverReady) lost = true;
    });
    sub.on('ready', () => {
      this.subscriberEverReady = true;
      const channels = [...this.handlers.keys()];
      if (channels.length) sub.subscribe(...channels).catch(() => {});
      if (lost) {
        lost = false;
        for (const listener of this.gapListeners) listener();
      }
    });
    this.subscriber = sub;
    return sub;
  }

  /**
   * Every command goes through here: refused at once while Redis is known to be unreachable,
   * bounded by the command timeout, and failures other than Redis's own replies (a ReplyError
   * is a bug of ours, or NOSCRIPT, which rate-limit-redis handles) become KeyValueUnavailableError.
   */
  private async run<T>(command: () => Promise<T>): Promise<T> {
    if (!this.everReady) await this.connect();
    if (!this.available) throw new KeyValueUnavailableError('Redis is unreachable');
    try {
      return await command();
    } catch (err) {
      if (err instanceof ReplyError) throw err;
      if (/timed out/i.test((err as Error).message)) this.suspectUntil = Date.now() + this.suspectMs;
      throw new KeyValueUnavailableError(`Redis: ${(err as Error).message}`, { cause: err });
    }
  }
}

/** Resolves when `r` is ready; rejects with KeyValueUnavailableError (and the last connection error) after `timeoutMs`. */
function whenReady(r: Redis, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (r.status === 'ready') return resolve();
    let lastError = '';
    const onError = (e: Error & { code?: string }) => (lastError = e.code ?? e.message);
    const done = () => {
      clearTimeout(timer);
      r.off('ready', onReady);
      r.off('error', onError);
    };
    const onReady = () => (done(), resolve());
    const timer = setTimeout(() => {
      done();
      reject(new KeyValueUnavailableError(`no connection within ${timeoutMs} ms${lastError ? ` (${lastError})` : ''}`));
    }, timeoutMs);
    r.on('ready', onReady);
    r.on('error', onError);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms).unref());
