/**
 * What the learning events cost the heartbeat writer (docs/analytics.md): the group-commit writer
 * straight against one real PostgreSQL database (no HTTP), `--writers W` concurrent loops (32) for
 * `--seconds S` (4) per round, three modes alternated over `--rounds R` (3):
 *   - `plain`: no event hook (one statement per batch, as before #12);
 *   - `events, steady`: the hook, rows this process wrote earlier today: no event possible, so the
 *     writer skips the transaction (one statement per batch, as `plain`);
 *   - `plain, new rows` / `events, new rows`: every heartbeat starts a lesson, so with the hook every
 *     one is a transaction with an outbox row (the worst case), against the same rows without it.
 * The outbox is not drained here (its rows pile up): draining is the same cost as for any event.
 * With one batch in flight and the database the wait, a batch holds about W rows: CPU per heartbeat
 * at two values of W gives the writer's cost per batch and per row (docs/benchmarks.md).
 *
 *   npx tsx bench/heartbeat-events.ts            (taskset -c 0 npx tsx … for CPU figures on one core)
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Databases } from '../services/kit/db/databases.ts';
import { migrateShardDatabase } from '../services/kit/db/migrate.ts';
import { newId } from '../services/kit/db/ids.ts';
import { Outbox } from '../services/kit/outbox/index.ts';
import { createLogger } from '../services/kit/logger.ts';
import { shardMigrations } from '../services/shards/cli.ts';
import { HeartbeatWriter, type Heartbeat } from '../services/progress/heartbeat-writer.ts';
import { heartbeatEvents } from '../services/progress/domain/learning-events.ts';
import { createTestDatabases } from '../tests/support/databases.ts';
import { machine } from './lib.ts';

const { values } = parseArgs({ options: { writers: { type: 'string', default: '32' }, seconds: { type: 'string', default: '4' }, rounds: { type: 'string', default: '3' } } });
const WRITERS = Number(values.writers);
const SECONDS = Number(values.seconds);
const TENANT = randomUUID();
const COURSE = randomUUID();

const created = await createTestDatabases(1, 'hbevents');
const dbs = new Databases({ controlUrl: created.urls[0], poolMax: 10, shardMap: { logicalShards: 1, clusters: [{ name: 'a', primary: created.urls[0], replicas: [], ranges: [[0, 0]] }] } });
try {
  const db = dbs.control;
  await migrateShardDatabase(db, shardMigrations());
  const learners = Array.from({ length: 64 }, () => newId(0));
  await db('enrollments').insert(learners.map((u) => ({ id: newId(0), tenant_id: TENANT, user_id: u, course_id: COURSE, enrolled_by: u })));
  const steadyLessons = learners.map(() => randomUUID());
  const outbox = new Outbox({ primaries: () => [db], queues: undefined as never, logger: createLogger('silent'), consumers: {}, pollMs: 60_000 });
  let clock = Date.now() - 3_600_000;

  /** Heartbeats/s, and this process's CPU per heartbeat (µs): the writer's cost (run pinned to one core: `taskset -c 0`). */
  async function run(writer: HeartbeatWriter, lessonOf: (i: number) => string): Promise<{ rate: number; cpu: number }> {
    let n = 0;
    const end = Date.now() + SECONDS * 1000;
    const cpu0 = process.cpuUsage();
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, w) => {
        for (let i = w; Date.now() < end; i += WRITERS) {
          const hb: Heartbeat = { tenantId: TENANT, userId: learners[i % 64], lessonId: lessonOf(i), courseId: COURSE, positionSeconds: 10, clientTs: ++clock, completed: false, lessonCount: 12 };
          const out = await writer.write(db, hb);
          if (out.kind !== 'stored') throw new Error('not stored');
          n++;
        }
      }),
    );
    const cpu = process.cpuUsage(cpu0);
    return { rate: n / SECONDS, cpu: (cpu.user + cpu.system) / n };
  }

  const modes = {
    plain: () => run(new HeartbeatWriter(1), (i) => steadyLessons[i % 64]),
    'events, steady': () => run(new HeartbeatWriter(1, heartbeatEvents(outbox)), (i) => steadyLessons[i % 64]),
    'plain, new rows': () => run(new HeartbeatWriter(1), () => randomUUID()),
    'events, new rows': () => run(new HeartbeatWriter(1, heartbeatEvents(outbox)), () => randomUUID()),
  };
  await modes.plain(); // creates the steady rows and warms the pool
  const results: Record<string, { rate: number; cpu: number }[]> = {};
  for (let r = 0; r < Number(values.rounds); r++) {
    for (const [name, fn] of Object.entries(modes)) (results[name] ??= []).push(await fn());
  }
  const outboxRows = Number((await db('outbox').count({ n: '*' }).first())?.n);
  console.log(`machine: ${machine()}; ${WRITERS} writers, ${SECONDS} s a round, one database, group commit (1 batch in flight)`);
  for (const [name, runs] of Object.entries(results)) {
    console.log(`${name}: ${runs.map((r) => Math.round(r.rate)).join(' / ')} heartbeats/s; ${runs.map((r) => r.cpu.toFixed(1)).join(' / ')} µs CPU per heartbeat`);
  }
  console.log(`outbox rows written: ${outboxRows}`);
} finally {
  await dbs.close();
  await created.drop();
}
