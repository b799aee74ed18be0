/**
 * A shard move's copy rate and freeze time on this machine (docs/scale.md): two real databases,
 * `--learners N` synthetic learners (default 20,000) over 8 logical shards, each with a user row,
 * 2 enrollments, 5 lesson-progress rows and 2 quiz attempts; half the shards moved while
 * `--writers W` loops (default 4) update lesson progress of the moving range as fast as they can,
 * retrying writes the freeze refuses.
 */
import { parseArgs } from 'node:util';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrateShardDatabase } from '../services/kit/db/migrate.ts';
import { Databases } from '../services/kit/db/databases.ts';
import { shardMigrations } from '../services/shards/cli.ts';
import { fileMapStore } from '../services/shards/map-store.ts';
import { moveRange } from '../services/shards/mover.ts';
import type { MoveRecord } from '../services/shards/state.ts';
import { createTestDatabases } from '../tests/support/databases.ts';
import { machine } from './lib.ts';

const { values } = parseArgs({ options: { learners: { type: 'string', default: '20000' }, writers: { type: 'string', default: '4' } } });
const N = Number(values.learners);
const TENANT = '01a00000-0000-7000-8000-000000000001';
/** A UUIDv7-shaped id whose rand_a carries the logical shard (kit/db/ids.ts), minted in SQL. */
const sharded = (shard: string) => `overlay(gen_random_uuid()::text placing '7' || lpad(to_hex(${shard}), 3, '0') from 15 for 4)::uuid`;

const dbs = await createTestDatabases(2, 'movebench');
const dir = mkdtempSync(join(tmpdir(), 'academy-movebench-'));
try {
  for (const url of dbs.urls) {
    const one = new Databases({ controlUrl: url, poolMax: 1, shardMap: { logicalShards: 1, clusters: [{ name: 'x', primary: url, replicas: [], ranges: [[0, 0]] }] } });
    await migrateShardDatabase(one.control, shardMigrations());
    await one.close();
  }
  const src = new pg.Client({ connectionString: dbs.urls[0] });
  src.on('error', () => {});
  await src.connect();
  await src.query(`insert into users (id, tenant_id, email, name, password_hash)
    select ${sharded('g % 8')}, $1, 'l' || g || '@example.com', 'Learner ' || g, repeat('h', 97) from generate_series(1, $2) g`, [TENANT, N]);
  await src.query(`insert into enrollments (id, tenant_id, user_id, course_id, enrolled_by)
    select ${sharded(`('x' || substr(u.id::text, 16, 3))::bit(12)::int`)}, u.tenant_id, u.id, c, u.id from users u, (values (gen_random_uuid()), (gen_random_uuid())) v(c)`);
  await src.query(`insert into lesson_progress (user_id, lesson_id, tenant_id, course_id, position_seconds, client_ts)
    select e.user_id, gen_random_uuid(), e.tenant_id, e.course_id, 30, 1 from enrollments e, generate_series(1, 2) g union all
    select id, gen_random_uuid(), tenant_id, gen_random_uuid(), 10, 1 from users`);
  await src.query(`insert into quiz_attempts (id, tenant_id, user_id, course_id, lesson_id, attempt_no, score, passed, answers, course_version)
    select ${sharded(`('x' || substr(e.user_id::text, 16, 3))::bit(12)::int`)}, e.tenant_id, e.user_id, e.course_id, gen_random_uuid(), 1, 75, true, '[1, [0, 2], true, "Paris"]', 1 from enrollments e`);
  await src.query('vacuum analyze');
  const mapFile = join(dir, 'map.json');
  writeFileSync(mapFile, JSON.stringify({ logicalShards: 8, clusters: [{ name: 'a', primary: dbs.urls[0], ranges: [[0, 7]] }, { name: 'b', primary: dbs.urls[1], ranges: [] }] }));

  // Writers: lesson progress of learners in the moving range, one row per statement.
  const targets = (await src.query(`select user_id, lesson_id from lesson_progress where ('x' || substr(user_id::text, 16, 3))::bit(12)::int between 4 and 7 limit 2000`)).rows;
  let running = true;
  // Writers follow the map as the pods do: once it names b, they write there.
  let cutOver = false;
  const stats = { writes: 0, retried: 0, longestPauseMs: 0 };
  const writers = Array.from({ length: Number(values.writers) }, async (_, w) => {
    const clients = [new pg.Client({ connectionString: dbs.urls[0] }), new pg.Client({ connectionString: dbs.urls[1] })];
    for (const c of clients) {
      c.on('error', () => {});
      await c.connect();
    }
    let i = w;
    while (running) {
      const t = targets[i++ % targets.length];
      let pausedAt: number | undefined;
      for (;;) {
        try {
          await clients[cutOver ? 1 : 0].query('update lesson_progress set position_seconds = position_seconds + 1, client_ts = client_ts + 1 where user_id = $1 and lesson_id = $2', [t.user_id, t.lesson_id]);
          stats.writes++;
          if (pausedAt) stats.longestPauseMs = Math.max(stats.longestPauseMs, Date.now() - pausedAt);
          break;
        } catch (err) {
          if ((err as { code?: string }).code !== 'AS503' || !running) throw err;
          pausedAt ??= Date.now();
          stats.retried++;
          await new Promise((r) => setTimeout(r, 20));
        }
      }
    }
    for (const c of clients) await c.end();
  });

  const phases: Record<string, number> = {};
  let last: MoveRecord | undefined;
  const started = Date.now();
  const { outcome } = await moveRange(
    { mapStore: fileMapStore(mapFile), shardMigrations: shardMigrations(), graceMs: 0, onProgress: (m) => void ((phases[m.phase] ??= Date.now() - started), (last = m), (cutOver ||= m.phase === 'clean-up')) },
    [4, 7],
    'b',
  );
  const total = Date.now() - started;
  running = false;
  await Promise.allSettled(writers);
  await src.end();
  const s = last!.stats;
  const copyMs = phases['catch-up'] - (phases.copy ?? 0);
  console.log(`machine: ${machine()}`);
  console.log(`${N} learners, ${s.rowsCopied} rows of shards 4-7 moved (${outcome}) in ${(total / 1000).toFixed(1)} s`);
  console.log(`copy: ${(copyMs / 1000).toFixed(1)} s, ${Math.round(s.rowsCopied / (copyMs / 1000))} rows/s; ${s.changesApplied} changes caught up; refreezes ${s.refreezes}`);
  console.log(`verify: ${s.verified?.reduce((n, t) => n + t.rows, 0)} rows compared in ${s.verifyMs} ms, writes refused ${s.verifyFreezeMs} ms of it (to pin the snapshots)`);
  console.log(`cut-over freeze (lock to map written): ${s.freezeMs} ms`);
  console.log(`writers: ${stats.writes} writes, ${stats.retried} retries, longest pause ${stats.longestPauseMs} ms`);
  console.log(`phase start times (ms): ${JSON.stringify(phases)}`);
} catch (err) {
  console.error('move bench failed:', err);
  process.exitCode = 1;
} finally {
  await dbs.drop();
  rmSync(dir, { recursive: true, force: true });
}
