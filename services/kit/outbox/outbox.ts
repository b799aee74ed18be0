import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { Logger } from '../logger.ts';
import type { Queues } from '../queue/port.ts';
import type { Migration } from '../db/migrate.ts';
import { EventSchemas, isEventType, type Event, type EventData, type EventType } from './events.ts';

/** The queue a consuming service reads its events from. */
export const eventQueue = (service: string) => `events.${service}`;

/** The job id of one event for one consumer: a redelivery of the event is the same job. */
export const eventJobId = (eventId: string, consumer: string) => `${eventId}:${consumer}`;

export interface OutboxOptions {
  /** Every primary that may hold outbox rows (control database and shard clusters). */
  primaries: () => Knex[];
  queues: Queues;
  logger: Logger;
  /** Event type → the services that consume it, from the whole registry (not only this process's services). */
  consumers: Partial<Record<EventType, string[]>>;
  /** How often every primary is polled for rows a crash or another process left. */
  pollMs: number;
  batch?: number;
}

/** Longest wait for the queue while the outbox rows of a batch are locked. */
const ENQUEUE_TIMEOUT_MS = 5000;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([p, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`queue did not answer within ${ms} ms`)), ms)))]).finally(() => clearTimeout(timer));
}

interface Row {
  id: string;
  type: string;
  tenant_id: string;
  payload: unknown;
  created_at: Date | string;
}

/**
 * The transactional outbox. `emit(trx, event)` writes the event in the caller's transaction (same
 * database as the change), so the event exists exactly when the change does. A drainer in every
 * process moves rows to the queue of each consumer (job id `${eventId}:${consumer}`: a row
 * drained twice — a crash after enqueue, before delete — is still one job) and deletes them.
 * Rows are claimed with FOR UPDATE SKIP LOCKED, so several processes drain side by side.
 */
export class Outbox {
  private timer?: NodeJS.Timeout;
  private draining?: Promise<void>;
  private again = false;
  private stopped = true;

  constructor(private readonly opts: OutboxOptions) {}

  /** Writes the event in `trx`; after commit, this process drains at once. Returns the event id. */
  async emit<T extends EventType>(trx: Knex.Transaction, event: { type: T; tenantId: string; data: EventData<T> }): Promise<string> {
    const [id] = await this.emitMany(trx, [event as never]);
    return id;
  }

  /** Writes several events in `trx` as one insert (a batch of heartbeats); returns their ids. */
  async emitMany(trx: Knex.Transaction, events: { [T in EventType]: { type: T; tenantId: string; data: EventData<T> } }[EventType][]): Promise<string[]> {
    if (!trx.isTransaction) throw new Error('outbox.emit needs the transaction of the change');
    if (!events.length) return [];
    const rows = events.map((e) => ({ id: randomUUID(), type: e.type, tenant_id: e.tenantId, payload: JSON.stringify(EventSchemas[e.type].parse(e.data)) }));
    await trx('outbox').insert(rows);
    (trx as Knex.Transaction & { executionPromise?: Promise<unknown> }).executionPromise?.then(
      () => this.nudge(),
      () => {},
    );
    return rows.map((r) => r.id);
  }

  /** Drains soon (coalesced with a drain already running). */
  nudge(): void {
    if (this.stopped) return;
    void this.drain().catch((err) => this.opts.logger.warn({ err }, 'outbox drain failed; the next poll retries'));
  }

  /** One pass over every primary until no rows are left. Concurrent calls share one pass plus one more. */
  drain(): Promise<void> {
    if (this.draining) {
      this.again = true;
      return this.draining;
    }
    this.draining = (async () => {
      try {
        do {
          this.again = false;
          for (const db of this.opts.primaries()) while ((await this.drainBatch(db)) === (this.opts.batch ?? 100));
        } while (this.again);
      } finally {
        this.draining = undefined;
      }
    })();
    return this.draining;
  }

  private async drainBatch(db: Knex): Promise<number> {
    const batch = this.opts.batch ?? 100;
    return db.transaction(async (trx) => {
      const rows: Row[] = await trx('outbox').select('*').orderBy('seq').limit(batch).forUpdate().skipLocked();
      for (const row of rows) {
        if (!isEventType(row.type)) {
          this.opts.logger.error({ type: row.type, id: row.id }, 'outbox: unknown event type; dropped');
          continue;
        }
        const event: Event = {
          id: row.id,
          type: row.type,
          tenantId: row.tenant_id,
          occurredAt: new Date(row.created_at).toISOString(),
          data: (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload) as never,
        };
        for (const consumer of this.opts.consumers[row.type] ?? []) {
          // Redis unreachable: give up this pass (rows stay, locks released) rather than hold them.
          await withTimeout(this.opts.queues.add(eventQueue(consumer), event, { jobId: eventJobId(row.id, consumer) }), ENQUEUE_TIMEOUT_MS);
        }
      }
      if (rows.length) await trx('outbox').whereIn('id', rows.map((r) => r.id)).del();
      return rows.length;
    });
  }

  start(): () => Promise<void> {
    this.stopped = false;
    this.timer = setInterval(() => this.nudge(), this.opts.pollMs);
    this.timer.unref();
    this.nudge();
    return async () => {
      this.stopped = true;
      clearInterval(this.timer);
      // A pass stuck on an unreachable queue is not waited for: closing the pools rolls it back.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([this.draining?.catch(() => {}), new Promise<void>((r) => (timer = setTimeout(r, 1000)))]);
      clearTimeout(timer);
    };
  }
}

const createOutboxTable = async (knex: Knex) => {
  // Local databases are control and shard at once: the second set finds the table there.
  if (await knex.schema.hasTable('outbox')) return;
  await knex.schema.createTable('outbox', (t) => {
    t.bigIncrements('seq').primary();
    t.uuid('id').notNullable().unique();
    t.string('type', 64).notNullable();
    t.uuid('tenant_id').notNullable();
    t.jsonb('payload').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
};

/** The outbox table, on the control database and on every shard cluster. */
export const outboxMigrations: { control: Migration[]; shard: Migration[] } = {
  control: [{ name: 'kit_003_outbox', up: createOutboxTable }],
  // Not moved with a learner's range: rows are drained from the cluster that wrote them, and a
  // random id's bits would put ~1 in 1,000 of them (and the writes making them) inside any range.
  shard: [{ name: 'kit_shard_001_outbox', up: createOutboxTable, clusterTables: ['outbox'] }],
};
