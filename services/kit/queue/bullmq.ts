import { Queue, Worker, type Job as BullJob } from 'bullmq';
import { Redis } from 'ioredis';
import type { DeadJob, JobOptions, Processor, QueueDefaults, Queues, WorkerOptions } from './port.ts';

/** Shutdown waits this long for BullMQ to close (Redis may be unreachable), then drops the connections. */
const CLOSE_WAIT_MS = 1000;
const bounded = (p: Promise<unknown>) => {
  let timer: NodeJS.Timeout;
  return Promise.race([p.catch(() => {}), new Promise<void>((r) => (timer = setTimeout(r, CLOSE_WAIT_MS)))]).finally(() => clearTimeout(timer));
};

/** Completed jobs are kept this long, so an `add` with a delivered job's id stays a no-op. */
const KEEP_COMPLETED = { age: 7 * 24 * 3600, count: 100_000 };

// BullMQ reserves ':' in custom ids; ours (`${eventId}:${consumer}`) use it, so it is escaped.
const encodeId = (id: string) => id.replace(/%/g, '%25').replace(/:/g, '%3A');
const decodeId = (id: string) => id.replace(/%3A/g, ':').replace(/%25/g, '%');

/** The queue port on Redis (BullMQ): jobs survive restarts and are shared by every process. */
export class BullQueues implements Queues {
  readonly kind = 'bullmq' as const;
  private readonly connection: Redis;
  private readonly queues = new Map<string, Queue>();
  private readonly workers = new Set<Worker>();
  private readonly prefix: string;

  constructor(private readonly url: string, keyPrefix: string, private readonly defaults: QueueDefaults) {
    // BullMQ needs commands to wait for a reconnection rather than fail after N retries.
    this.connection = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: true });
    this.connection.on('error', () => {});
    this.prefix = `${keyPrefix}bull`;
  }

  private queue(name: string): Queue {
    let q = this.queues.get(name);
    if (!q) {
      q = new Queue(name, { connection: this.connection, prefix: this.prefix });
      q.on('error', () => {});
      this.queues.set(name, q);
    }
    return q;
  }

  async add<T>(queue: string, data: T, opts: JobOptions = {}): Promise<void> {
    await this.queue(queue).add(queue, data, {
      jobId: opts.jobId === undefined ? undefined : encodeId(opts.jobId),
      attempts: opts.attempts ?? this.defaults.attempts,
      backoff: { type: 'exponential', delay: opts.backoffMs ?? this.defaults.backoffMs },
      removeOnComplete: KEEP_COMPLETED,
      removeOnFail: false,
    });
  }

  async process<T>(queue: string, processor: Processor<T>, opts: WorkerOptions = {}) {
    const connection = new Redis(this.url, { maxRetriesPerRequest: null });
    connection.on('error', () => {});
    const worker = new Worker(
      queue,
      async (job: BullJob) => processor({ id: decodeId(job.id!), queue, data: job.data as T, attemptsMade: job.attemptsMade }),
      { connection, prefix: this.prefix, concurrency: opts.concurrency ?? 1 },
    );
    worker.on('error', () => {});
    this.workers.add(worker);
    await worker.waitUntilReady();
    return async () => {
      this.workers.delete(worker);
      await bounded(worker.close());
      connection.disconnect();
    };
  }

  async deadLetters(queue: string, limit = 100): Promise<DeadJob[]> {
    const jobs = await this.queue(queue).getFailed(0, limit - 1);
    return jobs.map((j) => ({
      id: decodeId(j.id!),
      queue,
      data: j.data,
      attemptsMade: j.attemptsMade,
      failedReason: j.failedReason ?? '',
      failedAt: j.finishedOn ? new Date(j.finishedOn).toISOString() : null,
    }));
  }

  async retry(queue: string, jobId: string): Promise<boolean> {
    const job = await this.queue(queue).getJob(encodeId(jobId));
    if (!job || !(await job.isFailed())) return false;
    await job.retry('failed', { resetAttemptsMade: true });
    return true;
  }

  async close(): Promise<void> {
    await bounded(Promise.allSettled([...this.workers].map((w) => w.close())));
    await bounded(Promise.allSettled([...this.queues.values()].map((q) => q.close())));
    this.connection.disconnect();
  }
}
