import { describe, expect, it } from 'vitest';
import { TokenBucket, retryAfterSeconds } from './rate-limit.ts';

/** A bucket on a fake clock whose sleeps advance it. */
function fakeBucket(qps: number, burst: number) {
  let now = 0;
  const sent: number[] = [];
  const bucket = new TokenBucket({ qps, burst, now: () => now, sleep: async (ms) => void (now += ms) });
  return { bucket, sent, take: async () => (await bucket.take(), sent.push(now)), now: () => now };
}

describe('TokenBucket', () => {
  it('lets the burst go at once, then QPS: 30 at t=0, the next 20 within the following second', async () => {
    const b = fakeBucket(20, 30);
    for (let i = 0; i < 50; i++) await b.take();
    expect(b.sent.filter((t) => t === 0)).toHaveLength(30);
    expect(b.sent[49]).toBeCloseTo(1000, 5);
    for (let i = 30; i < 50; i++) expect(b.sent[i] - b.sent[i - 1]).toBeCloseTo(50, 5);
  });

  it('queues concurrent callers in order, each reservation 1/QPS after the previous one', async () => {
    let now = 0;
    const sleeps: number[] = [];
    const bucket = new TokenBucket({ qps: 10, burst: 1, now: () => now, sleep: async (ms) => void sleeps.push(ms) });
    await Promise.all([bucket.take(), bucket.take(), bucket.take()]);
    expect(sleeps).toEqual([100, 200]);
    now = 10_000;
    expect(await bucket.take()).toBe(0);
  });

  it('is off at qps 0', async () => {
    const bucket = new TokenBucket({ qps: 0, burst: 1 });
    for (let i = 0; i < 1000; i++) expect(await bucket.take()).toBe(0);
  });
});

describe('retryAfterSeconds', () => {
  it('reads the header, else the Status details, for 429 and 503 only', () => {
    expect(retryAfterSeconds(429, '3')).toBe(3);
    expect(retryAfterSeconds(503, undefined, { details: { retryAfterSeconds: 5 } })).toBe(5);
    expect(retryAfterSeconds(429, undefined)).toBe(1);
    expect(retryAfterSeconds(429, '0')).toBe(1);
    expect(retryAfterSeconds(429, '3600')).toBe(60);
    expect(retryAfterSeconds(500, '3')).toBeUndefined();
  });
});
