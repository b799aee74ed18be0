/**
 * Inputs of the capacity model (docs/scale.md), measured on the real code: bytes per row and per
 * learner of every shard table (heap + TOAST + indexes, after VACUUM), and Redis bytes per active
 * learner (rate-limit counters and whatever else the requests leave). Learners are made through
 * the HTTP API, each doing a fixed, named amount of work. `--learners N` (default 300).
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { Redis } from 'ioredis';
import { adminToken, signUp, startTestAcademy } from '../tests/support/academy.ts';
import { buildCourse, nextTs, RIGHT_ANSWERS, userWithRole } from '../tests/e2e/learning-support.ts';
import { REDIS_URL } from '../tests/support/env.ts';

const { values } = parseArgs({ options: { learners: { type: 'string', default: '300' } } });
const N = Number(values.learners);

const academy = await startTestAcademy({ physicalShards: 1, logicalShards: 64 });
try {
  const api = academy.api;
  const instructor = (await userWithRole(api, await adminToken(api), 'instructor')).accessToken;
  const courses = [await buildCourse(api, instructor, { title: 'Footprint A' }), await buildCourse(api, instructor, { title: 'Footprint B' })];
  const work = async () => {
    const u = await signUp(api);
    const as = api.as(u.accessToken);
    for (const c of courses) {
      await as.post(`/api/v1/courses/${c.id}/enrollments`);
      await as.put(`/api/v1/progress/lessons/${c.video}`, { positionSeconds: 40, clientTs: nextTs() });
      await as.put(`/api/v1/progress/lessons/${c.article}`, { positionSeconds: 1, completed: true, clientTs: nextTs() });
    }
    // Finish course A (video watched, quiz passed on the second attempt: a certificate); B stays half done.
    await as.put(`/api/v1/progress/lessons/${courses[0].video}`, { positionSeconds: 100, clientTs: nextTs() });
    await as.post(`/api/v1/quizzes/${courses[0].quiz}/attempts`, { answers: [0, [0], false, 'Lyon'] });
    await as.post(`/api/v1/quizzes/${courses[0].quiz}/attempts`, { answers: RIGHT_ANSWERS });
  };
  for (let i = 0; i < N; i += 8) await Promise.all(Array.from({ length: Math.min(8, N - i) }, work));

  const db = new pg.Client({ connectionString: academy.databaseUrls[0] });
  await db.connect();
  const tables = ['users', 'refresh_tokens', 'enrollments', 'lesson_progress', 'quiz_attempts', 'certificates'];
  await db.query(`vacuum analyze ${tables.join(', ')}`);
  console.log(`| table | rows | rows / learner | heap+toast bytes / row | index bytes / row | bytes / learner |`);
  console.log(`| --- | ---: | ---: | ---: | ---: | ---: |`);
  let perLearner = 0;
  for (const t of tables) {
    const { rows } = await db.query(
      `select (select count(*) from ${t})::int as n, pg_table_size('${t}')::bigint as heap, pg_indexes_size('${t}')::bigint as idx`,
    );
    const { n, heap, idx } = rows[0];
    const b = (Number(heap) + Number(idx)) / N;
    perLearner += b;
    console.log(`| ${t} | ${n} | ${(n / N).toFixed(1)} | ${Math.round(Number(heap) / n)} | ${Math.round(Number(idx) / n)} | ${Math.round(b)} |`);
  }
  console.log(`| **all shard tables** | | | | | **${Math.round(perLearner)}** |`);
  const dir = await db.query(`select pg_total_relation_size('user_directory')::bigint as b, (select count(*) from user_directory)::int as n`);
  console.log(`control: user_directory ${Math.round(Number(dir.rows[0].b) / dir.rows[0].n)} bytes / learner (with indexes)`);
  await db.end();

  const redis = new Redis(REDIS_URL);
  const prefix = academy.ctx.config.REDIS_PREFIX;
  let bytes = 0;
  let keys = 0;
  const byKind = new Map<string, number>();
  for (let cursor = '0'; ; ) {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    for (const k of batch) {
      const m = Number(await redis.memory('USAGE', k));
      bytes += m;
      keys++;
      const kind = k.slice(prefix.length).split(':').slice(0, 2).join(':');
      byKind.set(kind, (byKind.get(kind) ?? 0) + m);
    }
    cursor = next;
    if (cursor === '0') break;
  }
  console.log(`redis: ${keys} keys, ${bytes} bytes, ${Math.round(bytes / N)} bytes / active learner; by kind ${JSON.stringify([...byKind])}`);
  redis.disconnect();
} finally {
  await academy.stop();
}
