/**
 * The job-queue port: named queues, jobs idempotent by id, workers with concurrency, retries with
 * exponential backoff, and a dead-letter list (jobs that failed their last attempt) that can be
 * listed and retried. BullMQ on Redis (`REDIS_URL`), or an in-process queue for `make dev`;
 * `contract.test.ts` runs the same suite against both.
 */
export interface JobOptions {
  /** A second `add` with the same id (while the job is kept) is the same job: nothing is added. */
  jobId?: string;
  /** Attempts in all, the first included. @default QUEUE_ATTEMPTS */
  attempts?: number;
  /** First retry delay; doubles on each retry. @default QUEUE_BACKOFF_MS */
  backoffMs?: number;
}

export interface Job<T = unknown> {
  readonly id: string;
  readonly queue: string;
  readonly data: T;
  /** Attempts already made before this one (0 on the first). */
  readonly attemptsMade: number;
}

export interface DeadJob<T = unknown> {
  id: string;
  queue: string;
  data: T;
  attemptsMade: number;
  failedReason: string;
  failedAt: string | null;
}

export type Processor<T = unknown> = (job: Job<T>) => Promise<void>;

export interface WorkerOptions {
  /** Jobs this worker runs at once. @default 1 */
  concurrency?: number;
}

export interface Queues {
  readonly kind: 'bullmq' | 'memory';
  add<T>(queue: string, data: T, opts?: JobOptions): Promise<void>;
  /** Starts a worker on `queue`; the returned function stops it (waiting for running jobs). */
  process<T>(queue: string, processor: Processor<T>, opts?: WorkerOptions): Promise<() => Promise<void>>;
  /** Jobs that failed their last attempt, newest first. */
  deadLetters(queue: string, limit?: number): Promise<DeadJob[]>;
  /** Puts a dead job back to run again with its attempts reset. False when no such dead job. */
  retry(queue: string, jobId: string): Promise<boolean>;
  close(): Promise<void>;
}

export interface QueueDefaults {
  attempts: number;
  backoffMs: number;
}

/** Delay before retry number `retry` (1-based): backoff, then doubling. */
export function backoffDelay(backoffMs: number, retry: number): number {
  return backoffMs * 2 ** (retry - 1);
}
