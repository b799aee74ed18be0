/**
 * The analytics roll-up over many events (docs/analytics.md): two real databases, 8 logical shards
 * (0-3 on the first, 4-7 on the second), `--events N` synthetic learning events (default
 * 1,000,000) spread over `--days D` days (30), `--courses C` courses (50) and `--learners L`
 * learners (50,000), generated in SQL. Times the roll-up of one day (what the scheduled job does)
 * and of every day (a backfill), and samples this process's memory while it runs: the aggregation
 * happens in the databases, so memory should follow the number of courses, not of events.
 *
 *   npm run bench:analytics -- --events 1000000
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { Databases } from '../services/kit/db/databases.ts';
import { migrateAll } from '../services/kit/db/migrate.ts';
import { analyticsMigrations } from '../services/analytics/migrations.ts';
import { rollUpDay } from '../services/analytics/api.ts';
import { addDays, dayOf } from '../services/analytics/domain/days.ts';
import { createTestDatabases } from '../tests/support/databases.ts';
import { machine } from './lib.ts';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    days: { type: 'string', default: '30' },
    courses: { type: 'string', default: '50' },
    learners: { type: 'string', default: '50000' },
    keep: { type: 'boolean', default: false },
  },
});
const EVENTS = Number(values.events);
const DAYS = Number(values.days);
const COURSES = Number(values.courses);
const LEARNERS = Number(values.learners);
const TENANT = '01a00000-0000-7000-8000-000000000001';

/** A UUIDv7-shaped id whose rand_a carries the logical shard (kit/db/ids.ts), minted in SQL. */
const sharded = (shard: string) => `overlay(gen_random_uuid()::text placing '7' || lpad(to_hex(${shard}), 3, '0') from 15 for 4)::uuid`;

/** Event types in rough proportion to a real academy's. */
const MIX = `(array['course.enrolled','lesson.started','lesson.started','lesson.progressed','lesson.progressed','lesson.progressed','lesson.completed','lesson.completed','quiz.attempted','quiz.attempted','certificate.issued','order.paid'])[1 + floor(random() * 12)::int]`;

const dbs = await createTestDatabases(2, 'analyticsbench');
const map = { logicalShards: 8, clusters: dbs.urls.map((url, i) => ({ name: `pg${i}`, primary: url, replicas: [], ranges: [[i * 4, i * 4 + 3]] as [number, number][] })) };
const databases = new Databases({ controlUrl: dbs.urls[0], poolMax: 4, shardMap: map });
const mb = (n: number) => Math.round(n / 1024 / 1024);
try {
  await migrateAll(databases, [analyticsMigrations]);
  const today = dayOf(Date.now());
  const courseIds = Array.from({ length: COURSES }, () => randomUUID());
  const t0 = performance.now();
  await Promise.all(
    dbs.urls.map(async (url, i) => {
      const c = new pg.Client({ connectionString: url });
      c.on('error', () => {});
      await c.connect();
      // Learners of this database's shards, then events: each names a learner, a course, a time in the last DAYS days.
      await c.query(`create temporary table learners as select row_number() over () as n, ${sharded(`${i * 4} + (g % 4)`)} as id, ${i * 4} + (g % 4) as shard from generate_series(1, $1) g`, [LEARNERS / 2]);
      await c.query(`create temporary table courses as select row_number() over () as n, id from unnest($1::uuid[]) id`, [courseIds]);
      await c.query('create index on learners (n); create index on courses (n)');
      await c.query(
        `insert into analytics_events (id, tenant_id, user_id, course_id, shard, type, occurred_at, lesson_id, passed, amount, currency, lesson_count)
         select gen_random_uuid(), $1, l.id, co.id, l.shard, e.type, now() - random() * ($3 || ' days')::interval,
                case when e.type like 'lesson.%' or e.type = 'quiz.attempted' then gen_random_uuid() end,
                case when e.type = 'quiz.attempted' then random() < 0.7 end,
                case when e.type = 'order.paid' then 4900 end, case when e.type = 'order.paid' then 'EUR' end,
                case when e.type = 'lesson.completed' then 12 end
           from (select g, ${MIX} as type, 1 + (random() * ($4 - 1))::int as ln, 1 + (random() * ($5 - 1))::int as cn from generate_series(1, $2) g) e
           join learners l on l.n = e.ln join courses co on co.n = e.cn`,
        [TENANT, Math.floor(EVENTS / 2), DAYS, LEARNERS / 2, COURSES],
      );
      await c.query('vacuum analyze analytics_events');
      await c.end();
    }),
  );
  const loadMs = performance.now() - t0;
  const counted = (await Promise.all(databases.clusters().map((c) => c.primary('analytics_events').count({ n: '*' }).first()))).reduce((s, r) => s + Number(r?.n), 0);

  let peakRss = 0;
  let peakHeap = 0;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 20);
  global.gc?.();
  const before = process.memoryUsage();

  const one = performance.now();
  const { courses } = await rollUpDay(databases, { day: today });
  const oneMs = performance.now() - one;
  const again = performance.now();
  await rollUpDay(databases, { day: today });
  const againMs = performance.now() - again;

  const all = performance.now();
  for (let d = 0; d <= DAYS; d++) await rollUpDay(databases, { day: addDays(today, -d) });
  const allMs = performance.now() - all;
  clearInterval(sampler);
  const rows = Number((await databases.control('analytics_course_days').count({ n: '*' }).first())?.n);
  const check = await databases.control('analytics_course_days').sum({ e: 'enrollments' }).first();
  const directEnrollments = (await Promise.all(databases.clusters().map((c) => c.primary('analytics_events').where({ type: 'course.enrolled' }).count({ n: '*' }).first()))).reduce((s, r) => s + Number(r?.n), 0);

  console.log(`machine: ${machine()}`);
  console.log(`events: ${counted.toLocaleString('en')} over 2 databases, 8 logical shards, ${COURSES} courses, ${LEARNERS.toLocaleString('en')} learners, ${DAYS} days; generated in ${(loadMs / 1000).toFixed(1)} s`);
  console.log(`roll-up of one day (every course, both databases in parallel): ${(oneMs / 1000).toFixed(2)} s, ${courses} course rows; again (replaces): ${(againMs / 1000).toFixed(2)} s`);
  console.log(`roll-up of all ${DAYS + 1} days one after another: ${(allMs / 1000).toFixed(1)} s (${(allMs / (DAYS + 1) / 1000).toFixed(2)} s a day); ${rows} course-day rows`);
  console.log(`check: enrollments summed over the roll-ups ${Number(check?.e)} = direct count ${directEnrollments}: ${Number(check?.e) === directEnrollments}`);
  console.log(`memory of this process: rss ${mb(before.rss)} MB before, peak ${mb(peakRss)} MB; heap used ${mb(before.heapUsed)} MB before, peak ${mb(peakHeap)} MB`);
} catch (err) {
  console.error(err);
  process.exitCode = 1;
} finally {
  await databases.close();
  if (!values.keep) await dbs.drop();
}
