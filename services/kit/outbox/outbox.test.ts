import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { createRuntime, migrate, type Runtime } from '../../runtime.ts';
import { createTestDatabases } from '../../../tests/support/databases.ts';
import { REDIS_URL } from '../../../tests/support/env.ts';
import { Outbox, eventQueue, type Event } from './index.ts';
import { newId, shardOfId } from '../db/ids.ts';

/**
 * The outbox on real Postgres (two physical shard clusters) and BullMQ on real Redis: an event
 * committed by a process that stops before draining is delivered by the next one, once.
 */
describe('outbox', () => {
  let dbs: Awaited<ReturnType<typeof createTestDatabases>>;
  const prefix = `test:${randomUUID().slice(0, 8)}:`;
  const config = () =>
    loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: dbs.urls[0],
      SHARD_MAP: JSON.stringify({
        logicalShards: 4,
        clusters: [
          { name: 'a', primary: dbs.urls[0], replicas: [], ranges: [[0, 1]] },
          { name: 'b', primary: dbs.urls[1], replicas: [], ranges: [[2, 3]] },
        ],
      }),
      REDIS_URL,
      REDIS_PREFIX: prefix,
      DB_STRICT_TRANSACTIONS: 'true',
      LOG_LEVEL: 'silent',
    });
  const tenantId = randomUUID();
  const logger = createLogger('silent');

  beforeAll(async () => {
    dbs = await createTestDatabases(2, 'outbox');
  });
  afterAll(() => dbs.drop());

  /** Emits one event in a transaction on the primary of `shard` (the change's database). */
  async function emitOn(rt: Runtime, shard: number, userId: string) {
    const db = rt.ctx.dbs.cluster(shard).primary;
    return db.transaction((trx) => rt.ctx.outbox.emit(trx, { type: 'course.enrolled', tenantId, data: { userId, courseId: 'c1' } }));
  }

  it('has the table on the control database and on every shard cluster', async () => {
    const rt = await createRuntime(config(), logger);
    await migrate(rt.ctx);
    for (const db of rt.ctx.dbs.primaries()) expect(await db.schema.hasTable('outbox')).toBe(true);
    expect(rt.ctx.dbs.primaries()).toHaveLength(2);
    await rt.close();
  });

  it('a process stopped between commit and drain: the next process delivers the event once', async () => {
    // Process 1 commits two changes with their events (one per cluster) and stops without draining
    // (its drainer never ran: the same state as a kill right after the commit).
    const first = await createRuntime(config(), logger);
    await migrate(first.ctx);
    const users = [newId(0), newId(3)];
    const ids = [await emitOn(first, shardOfId(users[0]), users[0]), await emitOn(first, shardOfId(users[1]), users[1])];
    await first.close();

    // Process 2 (and a third, draining at the same time) with a consumer "probe".
    const second = await createRuntime(config(), logger);
    const third = await createRuntime(config(), logger);
    const seen: Event[] = [];
    let waiters: (() => void)[] = [];
    const seenWhen = (pred: () => boolean) => new Promise<void>((r) => waiters.push(() => pred() && r()));
    const delivered = seenWhen(() => seen.length >= 2);
    const stopWorker = await second.ctx.queues.process<Event>(eventQueue('probe'), async (job) => {
      seen.push(job.data);
      waiters.forEach((w) => w());
    });
    const outboxes = [second, third].map(
      (rt) => new Outbox({ primaries: () => rt.ctx.dbs.primaries(), queues: rt.ctx.queues, logger, consumers: { 'course.enrolled': ['probe'] }, pollMs: 60_000 }),
    );
    await Promise.all(outboxes.map((o) => o.drain()));
    await delivered;
    // Drained rows are gone: a later pass finds nothing more to send.
    for (const db of second.ctx.dbs.primaries()) expect(await db('outbox').count({ n: '*' }).first()).toEqual({ n: 0 });

    // A redelivery of the same row (a drainer that crashed after enqueueing, before deleting) is the same job.
    const db = second.ctx.dbs.cluster(shardOfId(users[0])).primary;
    await db('outbox').insert({ id: ids[0], type: 'course.enrolled', tenant_id: tenantId, payload: JSON.stringify({ userId: users[0], courseId: 'c1' }) });
    await outboxes[0].drain();
    // A new event after it is delivered: the worker has had the chance to run a duplicate before.
    const tail = newId(1);
    waiters = [];
    const after = seenWhen(() => seen.some((e) => (e.data as { userId: string }).userId === tail));
    await db.transaction((trx) => second.ctx.outbox.emit(trx, { type: 'course.enrolled', tenantId, data: { userId: tail, courseId: 'c1' } }));
    await outboxes[1].drain();
    await after;
    await stopWorker();
    await Promise.all([second.close(), third.close()]);

    expect(seen.filter((e) => ids.includes(e.id)).map((e) => e.id).sort()).toEqual([...ids].sort());
    expect(seen).toHaveLength(3);
    expect(seen[0]).toMatchObject({ type: 'course.enrolled', tenantId, data: { courseId: 'c1' } });
  });

  it('refuses a payload that does not match its event type, and an emit outside a transaction', async () => {
    const rt = await createRuntime(config(), logger);
    const db = rt.ctx.dbs.cluster(0).primary;
    await expect(db.transaction((trx) => rt.ctx.outbox.emit(trx, { type: 'course.enrolled', tenantId, data: { userId: 1 } as never }))).rejects.toThrow();
    await expect(rt.ctx.outbox.emit(db as never, { type: 'course.enrolled', tenantId, data: { userId: 'u', courseId: 'c' } })).rejects.toThrow(/transaction/);
    await rt.close();
  });
});
