import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { backoffDelay, type DeadJob, type Job, type JobOptions, type Processor, type QueueDefaults, type Queues, type WorkerOptions } from './port.ts';

interface Entry {
  id: string;
  queue: string;
  data: unknown;
  attempts: number;
  backoffMs: number;
  attemptsMade: number;
  state: 'waiting' | 'delayed' | 'active' | 'completed' | 'failed';
  failedReason: string;
  failedAt: string | null;
}

interface Worker {
  processor: Processor;
  concurrency: number;
  running: Set<Promise<void>>;
  stopped: boolean;
}

/** How many completed job ids are remembered per queue (a later `add` with one of them is a no-op). */
const KEEP_COMPLETED = 10_000;

/**
 * The in-process queue (`make dev`, no Redis): same semantics as the BullMQ adapter, lost with the
 * process — the outbox (kit/outbox) is what makes events survive a restart.
 */
export class MemoryQueues implements Queues {
  readonly kind = 'memory' as const;
  private jobs = new Map<string, Map<string, Entry>>();
  private waiting = new Map<string, string[]>();
  private completed = new Map<string, string[]>();
  private workers = new Map<string, Worker[]>();
  private timers = new Set<NodeJS.Timeout>();
  private closed = false;

  /**
   * Jobs run in the async context the queue was made in, not the caller's of `add`: the outbox
   * adds inside its transaction, and a job run there would look like a second connection asked
   * for while holding it (kit/db/transaction-guard.ts) — as with BullMQ, where workers are apart.
   */
  private readonly detached = AsyncLocalStorage.snapshot();

  constructor(private readonly defaults: QueueDefaults) {}

  private byId(queue: string) {
    let m = this.jobs.get(queue);
    if (!m) this.jobs.set(queue, (m = new Map()));
    return m;
  }

  async add<T>(queue: string, data: T, opts: JobOptions = {}): Promise<void> {
    if (this.closed) throw new Error('queue closed');
    const id = opts.jobId ?? randomUUID();
    const jobs = this.byId(queue);
    if (jobs.has(id)) return;
    jobs.set(id, {
      id, queue, data: structuredClone(data),
      attempts: opts.attempts ?? this.defaults.attempts,
      backoffMs: opts.backoffMs ?? this.defaults.backoffMs,
      attemptsMade: 0, state: 'waiting', failedReason: '', failedAt: null,
    });
    this.enqueue(queue, id);
  }

  private enqueue(queue: string, id: string) {
    let list = this.waiting.get(queue);
    if (!list) this.waiting.set(queue, (list = []));
    list.push(id);
    this.pump(queue);
  }

  private pump(queue: string) {
    const list = this.waiting.get(queue);
    for (const w of this.workers.get(queue) ?? []) {
      while (!w.stopped && list?.length && w.running.size < w.concurrency) {
        const entry = this.jobs.get(queue)?.get(list.shift()!);
        if (!entry || entry.state !== 'waiting') continue;
        entry.state = 'active';
        const run = this.detached(() => this.run(w, entry)).finally(() => {
          w.running.delete(run);
          this.pump(queue);
        });
        w.running.add(run);
      }
    }
  }

  private async run(w: Worker, entry: Entry) {
    const job: Job = { id: entry.id, queue: entry.queue, data: structuredClone(entry.data), attemptsMade: entry.attemptsMade };
    try {
      await w.processor(job);
      entry.attemptsMade++;
      entry.state = 'completed';
      let done = this.completed.get(entry.queue);
      if (!done) this.completed.set(entry.queue, (done = []));
      done.push(entry.id);
      if (done.length > KEEP_COMPLETED) this.jobs.get(entry.queue)?.delete(done.shift()!);
    } catch (err) {
      entry.attemptsMade++;
      entry.failedReason = (err as Error)?.message ?? String(err);
      if (entry.attemptsMade >= entry.attempts) {
        entry.state = 'failed';
        entry.failedAt = new Date().toISOString();
        return;
      }
      entry.state = 'delayed';
      const t = setTimeout(() => {
        this.timers.delete(t);
        if (this.closed) return;
        entry.state = 'waiting';
        this.enqueue(entry.queue, entry.id);
      }, backoffDelay(entry.backoffMs, entry.attemptsMade));
      this.timers.add(t);
    }
  }

  async process<T>(queue: string, processor: Processor<T>, opts: WorkerOptions = {}) {
    const w: Worker = { processor: processor as Processor, concurrency: opts.concurrency ?? 1, running: new Set(), stopped: false };
    let list = this.workers.get(queue);
    if (!list) this.workers.set(queue, (list = []));
    list.push(w);
    this.pump(queue);
    return async () => {
      w.stopped = true;
      this.workers.set(queue, (this.workers.get(queue) ?? []).filter((x) => x !== w));
      await Promise.allSettled([...w.running]);
    };
  }

  async deadLetters(queue: string, limit = 100): Promise<DeadJob[]> {
    return [...this.byId(queue).values()]
      .filter((e) => e.state === 'failed')
      .sort((a, b) => (b.failedAt ?? '').localeCompare(a.failedAt ?? ''))
      .slice(0, limit)
      .map((e) => ({ id: e.id, queue, data: structuredClone(e.data), attemptsMade: e.attemptsMade, failedReason: e.failedReason, failedAt: e.failedAt }));
  }

  async retry(queue: string, jobId: string): Promise<boolean> {
    const entry = this.byId(queue).get(jobId);
    if (!entry || entry.state !== 'failed') return false;
    entry.state = 'waiting';
    entry.attemptsMade = 0;
    entry.failedAt = null;
    this.enqueue(queue, jobId);
    return true;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    const running = [...this.workers.values()].flat().flatMap((w) => ((w.stopped = true), [...w.running]));
    await Promise.allSettled(running);
  }
}
