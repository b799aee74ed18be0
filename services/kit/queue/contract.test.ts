import { afterAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { AsyncLocalStorage } from 'node:async_hooks';
import { MemoryQueues } from './memory.ts';
import { BullQueues } from './bullmq.ts';
import type { Job, Queues } from './port.ts';
import { REDIS_URL } from '../../../tests/support/env.ts';

const defaults = { attempts: 3, backoffMs: 20 };
const adapters: [string, () => Queues][] = [
  ['memory', () => new MemoryQueues(defaults)],
  ['bullmq', () => new BullQueues(REDIS_URL, `test:${randomUUID().slice(0, 8)}:`, defaults)],
];

/** Resolves when `predicate` holds, checking after each processed job (no sleeps). */
function until(predicate: () => boolean): { check(): void; done: Promise<void> } {
  let resolve!: () => void;
  const done = new Promise<void>((r) => (resolve = r));
  const check = () => predicate() && resolve();
  return { check, done };
}

describe.each(adapters)('Queues contract (%s)', (_kind, make) => {
  const queues = make();
  afterAll(() => queues.close());

  it('runs each job once; an add with a known jobId is the same job', async () => {
    const q = `q-${randomUUID().slice(0, 8)}`;
    const seen: string[] = [];
    let wait = until(() => seen.length >= 3);
    await queues.add(q, { n: 1 }, { jobId: 'a:one' });
    await queues.add(q, { n: 1 }, { jobId: 'a:one' });
    await queues.add(q, { n: 2 }, { jobId: 'a:two' });
    await queues.add(q, { n: 3 });
    const stop = await queues.process<{ n: number }>(q, async (job) => {
      seen.push(`${job.id.startsWith('a:') || job.id === 'last' ? job.id : 'generated'}=${job.data.n}`);
      wait.check();
    });
    await wait.done;
    // An add of a completed id is still nothing new; the job after it shows the queue moved on.
    wait = until(() => seen.includes('last=4'));
    await queues.add(q, { n: 1 }, { jobId: 'a:one' });
    await queues.add(q, { n: 4 }, { jobId: 'last' });
    await wait.done;
    await stop();
    expect(seen.filter((s) => s === 'a:one=1')).toHaveLength(1);
    expect(seen).toContain('a:two=2');
    expect(seen).toContain('generated=3');
  });

  it('runs up to `concurrency` jobs at once', async () => {
    const q = `q-${randomUUID().slice(0, 8)}`;
    let running = 0;
    let peak = 0;
    let finished = 0;
    const releases: (() => void)[] = [];
    const wait = until(() => finished === 6);
    const stop = await queues.process(q, async () => {
      running++;
      peak = Math.max(peak, running);
      // Hold each job until three are running (or the last ones arrive), so the peak is observed.
      await new Promise<void>((r) => {
        releases.push(r);
        if (releases.length >= 3 || finished >= 3) releases.splice(0).forEach((f) => f());
      });
      running--;
      finished++;
      wait.check();
    }, { concurrency: 3 });
    for (let i = 0; i < 6; i++) await queues.add(q, { i });
    await wait.done;
    await stop();
    expect(peak).toBe(3);
  });

  it('retries a failing job, then dead-letters it; a retried dead job runs again', async () => {
    const q = `q-${randomUUID().slice(0, 8)}`;
    const attempts: number[] = [];
    let fail = true;
    let succeeded = false;
    const dead = until(() => attempts.length === 3);
    const ok = until(() => succeeded);
    const stop = await queues.process(q, async (job: Job) => {
      attempts.push(job.attemptsMade);
      dead.check();
      if (fail) throw new Error('smtp down');
      succeeded = true;
      ok.check();
    });
    await queues.add(q, { to: 'x' }, { jobId: 'mail:1' });
    await dead.done;
    let letters = await queues.deadLetters(q);
    while (!letters.length) letters = await queues.deadLetters(q); // the last failure is being recorded
    expect(attempts).toEqual([0, 1, 2]);
    expect(letters).toEqual([expect.objectContaining({ id: 'mail:1', data: { to: 'x' }, attemptsMade: 3, failedReason: 'smtp down' })]);
    expect(await queues.retry(q, 'nope')).toBe(false);
    fail = false;
    expect(await queues.retry(q, 'mail:1')).toBe(true);
    await ok.done;
    await stop();
    expect(await queues.deadLetters(q)).toEqual([]);
  });

  it("runs jobs outside the async context of the caller of add (the outbox adds inside a transaction)", async () => {
    const q = `q-${randomUUID().slice(0, 8)}`;
    const als = new AsyncLocalStorage<string>();
    let seen: string | undefined = 'not run';
    const ran = until(() => seen !== 'not run');
    const stop = await queues.process(q, async () => {
      seen = als.getStore();
      ran.check();
    });
    await als.run('holding a transaction', () => queues.add(q, {}));
    await ran.done;
    await stop();
    expect(seen).toBeUndefined();
  });
});
