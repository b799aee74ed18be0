import { afterAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { MemoryKeyValue } from './memory.ts';
import { RedisKeyValue } from './redis.ts';
import type { KeyValue } from './port.ts';
import { REDIS_URL } from '../../../tests/support/env.ts';

const prefix = `test:${randomUUID().slice(0, 8)}:`;
const adapters: [string, () => KeyValue][] = [
  ['memory', () => new MemoryKeyValue()],
  ['redis', () => new RedisKeyValue(REDIS_URL, prefix)],
];

describe.each(adapters)('KeyValue contract (%s)', (kind, make) => {
  const kv = make();
  afterAll(() => kv.close());

  it('gets what was set and nothing after delete', async () => {
    await kv.set('a', '1');
    expect(await kv.get('a')).toBe('1');
    expect(await kv.del('a', 'never-set')).toBe(1);
    expect(await kv.get('a')).toBeNull();
  });

  it('expires values after their ttl', async () => {
    await kv.set('short', 'x', 30);
    expect(await kv.get('short')).toBe('x');
    await new Promise((r) => setTimeout(r, 60));
    expect(await kv.get('short')).toBeNull();
  });

  it('setIfAbsent sets once', async () => {
    expect(await kv.setIfAbsent('lock', 'me', 1000)).toBe(true);
    expect(await kv.setIfAbsent('lock', 'you', 1000)).toBe(false);
    expect(await kv.get('lock')).toBe('me');
  });

  it('counts in a window that starts with the first increment', async () => {
    const key = `ctr:${randomUUID()}`;
    const first = await kv.incr(key, 10_000);
    const second = await kv.incr(key, 10_000);
    expect(first.count).toBe(1);
    expect(second.count).toBe(2);
    expect(second.resetInMs).toBeGreaterThan(0);
    expect(second.resetInMs).toBeLessThanOrEqual(10_000);
    await new Promise((r) => setTimeout(r, 5));
    const fresh = await kv.incr(`${key}:short`, 20);
    expect(fresh.count).toBe(1);
    await new Promise((r) => setTimeout(r, 50));
    expect((await kv.incr(`${key}:short`, 20)).count).toBe(1);
  });

  it('adds to many counters in one call, returning their totals in order', async () => {
    const a = `many:${randomUUID()}`;
    const b = `many:${randomUUID()}`;
    expect(await kv.incrByMany([{ key: a, by: 3 }, { key: b, by: 1 }], 10_000)).toEqual([3, 1]);
    expect(await kv.incrByMany([{ key: b, by: 4 }, { key: a, by: 2 }], 10_000)).toEqual([5, 5]);
    expect(await kv.incrByMany([], 10_000)).toEqual([]);
  });

  it('delivers published messages to subscribers until they unsubscribe', async () => {
    const got: string[] = [];
    const unsubscribe = await kv.subscribe('chan', (m) => got.push(m));
    await kv.publish('chan', 'hello');
    await expect.poll(() => got).toEqual(['hello']);
    await unsubscribe();
    await kv.publish('chan', 'after');
    await new Promise((r) => setTimeout(r, 50));
    expect(got).toEqual(['hello']);
  });

  it('rate-limit store counts hits per key and resets', async () => {
    const store = kv.rateLimitStore('rl:');
    store.init?.({ windowMs: 60_000 } as never);
    const key = `ip-${randomUUID()}`;
    expect((await store.increment(key)).totalHits).toBe(1);
    const second = await store.increment(key);
    expect(second.totalHits).toBe(2);
    expect(second.resetTime!.getTime()).toBeGreaterThan(Date.now());
    await store.resetKey(key);
    expect((await store.increment(key)).totalHits).toBe(1);
  });

  if (kind === 'redis') {
    it('keeps every key under the configured prefix', async () => {
      const raw = new Redis(REDIS_URL);
      const store = kv.rateLimitStore('rl:');
      store.init?.({ windowMs: 60_000 } as never);
      // Unique names: keys of earlier runs (with other prefixes) may still be alive in this Redis.
      const id = randomUUID();
      await store.increment(`prefix-check-${id}`);
      await kv.set(`plain-${id}`, 'v');
      const keys = await raw.keys(`*prefix-check-${id}*`);
      const plain = await raw.keys(`*plain-${id}`);
      await raw.quit();
      expect(keys).toEqual([`${prefix}rl:prefix-check-${id}`]);
      expect(plain).toEqual([`${prefix}plain-${id}`]);
    });
  }
});
