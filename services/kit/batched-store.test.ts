import { describe, expect, it } from 'vitest';
import type { Options } from 'express-rate-limit';
import { BatchedStore } from './batched-store.ts';
import { MemoryKeyValue } from './redis/index.ts';

const LIMIT = 20;
const init = (store: BatchedStore) => (store.init({ windowMs: 60_000, limit: LIMIT } as Options), store);

describe('BatchedStore (counted per process, synced in batches)', () => {
  it('counts exactly in one process, and the synced total reaches the shared counter', async () => {
    const kv = new MemoryKeyValue();
    const store = init(new BatchedStore(kv, 'rl:t:', { syncMs: 1000 }));
    const totals = [];
    for (let i = 0; i < LIMIT + 2; i++) totals.push((await store.increment('u:1')).totalHits);
    expect(totals).toEqual(Array.from({ length: LIMIT + 2 }, (_, i) => i + 1));
    await store.flush();
    const window = Math.floor(Date.now() / 60_000);
    expect(await kv.get(`rl:t:u:1:${window}`)).toBe(String(LIMIT + 2));
  });

  it('two processes on one store: never refuses early, admits at most 2 × budget × 2 over the limit', async () => {
    const kv = new MemoryKeyValue();
    const budget = Math.max(1, Math.floor(LIMIT / 20));
    const pods = [init(new BatchedStore(kv, 'rl:t:', { syncMs: 5 })), init(new BatchedStore(kv, 'rl:t:', { syncMs: 5 }))];
    const answers = await Promise.all(Array.from({ length: 3 * LIMIT }, (_, i) => pods[i % 2]!.increment('u:2')));
    const admitted = answers.filter((a) => a.totalHits <= LIMIT).length;
    expect(admitted).toBeGreaterThanOrEqual(LIMIT);
    expect(admitted).toBeLessThanOrEqual(LIMIT + 2 * budget * 2);
    await Promise.all(pods.map((p) => p.flush()));
    // Synced: both refuse (a view lags by at most the other's unsent hits, never below the limit now).
    for (const p of pods) expect((await p.increment('u:2')).totalHits).toBeGreaterThan(LIMIT);
    const window = Math.floor(Date.now() / 60_000);
    expect(Number(await kv.get(`rl:t:u:2:${window}`))).toBe(3 * LIMIT);
  });

  it('answers from its local count, without waiting, while the shared store is unreachable', async () => {
    const kv = new MemoryKeyValue();
    Object.defineProperty(kv, 'available', { value: false });
    const store = init(new BatchedStore(kv, 'rl:t:', { syncMs: 5 }));
    const totals = [];
    for (let i = 0; i < LIMIT + 1; i++) totals.push((await store.increment('u:3')).totalHits);
    expect(totals.at(-1)).toBe(LIMIT + 1);
    await store.flush();
    expect(await kv.get(`rl:t:u:3:${Math.floor(Date.now() / 60_000)}`)).toBeNull();
  });
});
