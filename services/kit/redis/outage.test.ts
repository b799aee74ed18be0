import { afterAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { RedisKeyValue } from './redis.ts';
import { KeyValueUnavailableError } from './port.ts';
import { REDIS_URL } from '../../../tests/support/env.ts';
import { closedPort, TcpProxy } from '../../../tests/support/tcp-proxy.ts';

const redis = new URL(REDIS_URL);
const proxy = new TcpProxy({ host: redis.hostname, port: Number(redis.port || 6379) });
afterAll(() => proxy.stop());

describe('RedisKeyValue when Redis is unreachable', () => {
  it('connect() gives up after its timeout, naming the connection error', async () => {
    const kv = new RedisKeyValue(`redis://127.0.0.1:${await closedPort()}`, 'x:');
    await expect(kv.connect(300)).rejects.toThrow(/no connection within 300 ms \(ECONNREFUSED\)/);
    await kv.close();
  });

  it('fails commands at once while down, never throws on publish, renews subscriptions and reports the gap', async () => {
    await proxy.start();
    const kv = new RedisKeyValue(`redis://127.0.0.1:${proxy.port}`, `test:${randomUUID().slice(0, 8)}:`);
    await kv.connect();
    const got: string[] = [];
    let gaps = 0;
    kv.onMissedMessages(() => gaps++);
    await kv.subscribe('chan', (m) => got.push(m));
    await kv.publish('chan', 'before');
    await expect.poll(() => got).toEqual(['before']);

    await proxy.stop();
    await expect.poll(() => kv.available).toBe(false);
    await expect(kv.get('k')).rejects.toBeInstanceOf(KeyValueUnavailableError);
    await expect(kv.incr('k', 1000)).rejects.toBeInstanceOf(KeyValueUnavailableError);
    await expect(kv.publish('chan', 'lost')).resolves.toBeUndefined();

    await proxy.start();
    await expect.poll(() => kv.available, { timeout: 10_000 }).toBe(true);
    await expect.poll(() => gaps, { timeout: 10_000 }).toBe(1);
    await kv.publish('chan', 'after');
    await expect.poll(() => got).toEqual(['before', 'after']);
    await kv.close();
  });

  it('a Redis that stops answering costs one command timeout, then commands are refused at once', async () => {
    await proxy.start();
    const kv = new RedisKeyValue(`redis://127.0.0.1:${proxy.port}`, 'x:', { commandTimeoutMs: 200, suspectMs: 60_000 });
    await kv.connect();
    proxy.freeze();
    await expect(kv.get('k')).rejects.toThrow(/Redis: Command timed out/);
    expect(kv.available).toBe(false);
    // Not sent at all (a second timeout would say "timed out" again).
    await expect(kv.get('k')).rejects.toThrow(/^Redis is unreachable$/);
    await proxy.stop();
    await kv.close();
  });

  it('closes promptly while Redis is down', async () => {
    await proxy.start();
    const kv = new RedisKeyValue(`redis://127.0.0.1:${proxy.port}`, 'x:');
    await kv.subscribe('chan', () => {});
    await proxy.stop();
    await expect.poll(() => kv.available).toBe(false);
    await kv.close(); // used to wait forever on the subscriber's queued QUIT
  });
});
