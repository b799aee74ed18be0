import { afterAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { MemoryKeyValue, RedisKeyValue, type KeyValue } from './redis/index.ts';
import { etagMatches, ResponseCache } from './response-cache.ts';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const stores: KeyValue[] = [];
afterAll(async () => {
  for (const s of stores) await s.close();
});

describe.each([
  ['redis', () => new RedisKeyValue(REDIS_URL, `test:rc:${randomUUID().slice(0, 8)}:`)],
  ['memory', () => new MemoryKeyValue()],
])('ResponseCache on %s', (_name, make) => {
  it('loads once, serves copies with a stable ETag, and reloads after invalidation in every process', async () => {
    const kv = make();
    stores.push(kv);
    const a = new ResponseCache(kv, { name: 't' });
    const b = new ResponseCache(kv, { name: 't' }); // another process sharing the Redis
    const stopA = await a.start();
    const stopB = await b.start();
    let version = 1;
    let loads = 0;
    const load = async () => (loads++, { version });
    const first = await a.get('tenant1', 'k', load);
    expect(JSON.parse(first!.body)).toEqual({ version: 1 });
    expect((await b.get('tenant1', 'k', load))!.etag).toBe(first!.etag);
    expect(loads).toBe(1);
    expect(await a.get('tenant1', 'missing', async () => undefined)).toBeUndefined();

    version = 2;
    await a.invalidate('tenant1');
    // b's own copy is dropped by the pub/sub message; wait until it has arrived.
    for (let i = 0; i < 100 && JSON.parse((await b.get('tenant1', 'k', load))!.body).version !== 2; i++) await new Promise((r) => setTimeout(r, 20));
    expect(JSON.parse((await b.get('tenant1', 'k', load))!.body)).toEqual({ version: 2 });
    expect(JSON.parse((await a.get('tenant1', 'k', load))!.body)).toEqual({ version: 2 });
    await stopA();
    await stopB();
  });

  it('calls onInvalidate for the namespace here and in every other process', async () => {
    const kv = make();
    stores.push(kv);
    const dropped = { a: [] as string[], b: [] as string[] };
    const a = new ResponseCache(kv, { name: 'hook', onInvalidate: (ns) => dropped.a.push(ns) });
    const b = new ResponseCache(kv, { name: 'hook', onInvalidate: (ns) => dropped.b.push(ns) });
    const stopA = await a.start();
    const stopB = await b.start();
    await a.invalidate('tenant1');
    expect(dropped.a).toContain('tenant1');
    for (let i = 0; i < 100 && !dropped.b.length; i++) await new Promise((r) => setTimeout(r, 20));
    expect(dropped.b).toContain('tenant1');
    expect([...dropped.a, ...dropped.b].every((ns) => ns === 'tenant1')).toBe(true);
    await stopA();
    await stopB();
  });
});

describe('etagMatches', () => {
  it('accepts the tag, its weak form, lists and *', () => {
    expect(etagMatches('"x"', '"x"')).toBe(true);
    expect(etagMatches('"y", W/"x"', '"x"')).toBe(true);
    expect(etagMatches('*', '"x"')).toBe(true);
    expect(etagMatches('"y"', '"x"')).toBe(false);
    expect(etagMatches(undefined, '"x"')).toBe(false);
  });
});
