import type { Queues } from '../queue/port.ts';
import type { Logger } from '../logger.ts';
import { isEventType, type Consumes, type Event, type EventType } from './events.ts';
import { eventQueue } from './outbox.ts';

export { Outbox, outboxMigrations, eventQueue, eventJobId, type OutboxOptions } from './outbox.ts';
export { EventSchemas, isEventType, type Event, type EventType, type EventData, type EventHandler, type Consumes } from './events.ts';

/** Event type → every service that consumes it, from the service descriptors (the whole registry). */
export function consumersOf(modules: { name: string; consumes?: Consumes<never> }[]): Partial<Record<EventType, string[]>> {
  const out: Partial<Record<EventType, string[]>> = {};
  for (const m of modules) for (const type of Object.keys(m.consumes ?? {})) if (isEventType(type)) (out[type] ??= []).push(m.name);
  return out;
}

/**
 * Runs a service's event handlers on its queue. A handler that throws is retried with backoff,
 * then dead-lettered; handlers must be effect-once per `event.id` (delivery is at least once).
 */
export async function consumeEvents<C>(queues: Queues, service: string, consumes: Consumes<C>, ctx: C, logger: Logger, concurrency = 4) {
  return queues.process<Event>(
    eventQueue(service),
    async (job) => {
      const handler = consumes[job.data.type] as ((e: Event, c: C) => Promise<void>) | undefined;
      if (!handler) return;
      try {
        await handler(job.data, ctx);
      } catch (err) {
        logger.warn({ err, service, event: job.data.type, eventId: job.data.id, attempt: job.attemptsMade + 1 }, 'event handler failed; it will be retried');
        throw err;
      }
    },
    { concurrency },
  );
}
