import { BullQueues } from './bullmq.ts';
import { MemoryQueues } from './memory.ts';
import type { QueueDefaults, Queues } from './port.ts';

export type { Queues, Job, JobOptions, DeadJob, Processor, WorkerOptions, QueueDefaults } from './port.ts';
export { BullQueues, MemoryQueues };

/** BullMQ on Redis when a URL is configured, else the in-process queue (`make dev`). */
export function createQueues(url: string | undefined, prefix: string, defaults: QueueDefaults): Queues {
  return url ? new BullQueues(url, prefix, defaults) : new MemoryQueues(defaults);
}
