import { describe, expect, it } from 'vitest';
import { WorkQueue } from './queue.ts';

describe('WorkQueue', () => {
  it('hands out a key once however often it is added, and never while it is in flight', async () => {
    const q = new WorkQueue();
    q.add('a');
    q.add('a');
    q.add('b');
    expect(q.depth).toBe(2);
    expect(await q.get()).toBe('a');
    q.add('a'); // in flight: comes back after done
    expect(q.depth).toBe(1);
    expect(await q.get()).toBe('b');
    q.done('a');
    expect(await q.get()).toBe('a');
    q.done('a');
    q.done('b');
    expect(q.idle).toBe(true);
  });

  it('backs off exponentially within the jitter bounds, capped, and forgets on success', () => {
    const q = new WorkQueue({ baseDelayMs: 100, maxDelayMs: 1000, jitter: 0.2, random: () => 1 });
    expect([1, 2, 3, 4, 5].map(() => q.backoff('k'))).toEqual([120, 240, 480, 960, 1200]);
    const low = new WorkQueue({ baseDelayMs: 100, jitter: 0.2, random: () => 0 });
    expect(low.backoff('k')).toBe(80);
    q.forget('k');
    expect(q.failuresOf('k')).toBe(0);
  });

  it('returns undefined to waiting workers on shutdown', async () => {
    const q = new WorkQueue();
    const waiting = q.get();
    q.shutDown();
    expect(await waiting).toBeUndefined();
  });
});
