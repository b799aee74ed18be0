import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { adminToken, signUp, startTestAcademy, type Api, type TestAcademy } from '../support/academy.ts';
import { shardOfId } from '../../services/kit/db/ids.ts';
import { buildCourse, nextTs, RIGHT_ANSWERS, WRONG_ANSWERS, userWithRole, type BuiltCourse } from './learning-support.ts';

// Two physical databases, eight logical shards: learners' rows must land in their own database.
let academy: TestAcademy;
let api: Api;
let instructor: string;
let course: BuiltCourse;
let learners: Awaited<ReturnType<typeof signUp>>[] = [];
let clients: pg.Client[] = [];

/** Index of the physical database holding a learner's shard. */
const dbIndexOf = (userId: string) => academy.ctx.dbs.shardMap.clusters.findIndex((c) => c.ranges.some(([a, b]) => shardOfId(userId) >= a && shardOfId(userId) <= b));

beforeAll(async () => {
  // The outbox drainer's background poll reads every database once a second; slowed here so the
  // query count below sees only what the learner's requests ask (an emit still drains at once).
  academy = await startTestAcademy({ physicalShards: 2, logicalShards: 8, env: { OUTBOX_POLL_MS: '60000' } });
  api = academy.api;
  const admin = await adminToken(api);
  instructor = (await userWithRole(api, admin, 'instructor')).accessToken;
  course = await buildCourse(api, instructor, { title: 'Sharded course' });
  // Learners pick a random logical shard: sign up until both databases hold some.
  while (learners.length < 4 || new Set(learners.map((l) => dbIndexOf(l.id))).size < 2) learners.push(await signUp(api, { name: `Learner ${learners.length}` }));
  clients = await Promise.all(
    academy.databaseUrls.map(async (url) => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      return c;
    }),
  );
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.end()));
  await academy?.stop();
});

const as = (token: string) => api.as(token);
const count = async (db: number, table: string, userId: string) =>
  Number((await clients[db].query(`select count(*) from ${table} where user_id = $1`, [userId])).rows[0].count);

describe('learner rows live in the learner\'s shard', () => {
  it('writes enrollments, progress, attempts and certificates only to the database of the learner\'s shard', async () => {
    for (const l of learners) {
      expect((await as(l.accessToken).post(`/api/v1/courses/${course.id}/enrollments`)).status).toBe(201);
      await as(l.accessToken).put(`/api/v1/progress/lessons/${course.video}`, { positionSeconds: 95, clientTs: nextTs() });
      await as(l.accessToken).put(`/api/v1/progress/lessons/${course.article}`, { positionSeconds: 1, completed: true, clientTs: nextTs() });
      expect((await as(l.accessToken).post(`/api/v1/quizzes/${course.quiz}/attempts`, { answers: RIGHT_ANSWERS })).body.passed).toBe(true);
    }
    for (const l of learners) {
      const home = dbIndexOf(l.id);
      const away = 1 - home;
      for (const table of ['enrollments', 'lesson_progress', 'quiz_attempts', 'certificates']) {
        expect(await count(home, table, l.id), `${table} in home db`).toBeGreaterThan(0);
        expect(await count(away, table, l.id), `${table} in the other db`).toBe(0);
      }
      // Row ids are minted in the learner's logical shard, so they name it without a lookup.
      const { rows } = await clients[home].query('select e.id as e, c.code as c from enrollments e join certificates c using (user_id, course_id) where e.user_id = $1', [l.id]);
      expect(shardOfId(rows[0].e)).toBe(shardOfId(l.id));
      expect(shardOfId(rows[0].c)).toBe(shardOfId(l.id));
    }
  });

  it('serves a learner\'s own reads and writes from their shard only', async () => {
    const l = learners.find((x) => dbIndexOf(x.id) === 1)!; // database 1 is not the control database
    const homePool = academy.ctx.dbs.cluster(shardOfId(l.id)).primary;
    const otherPool = academy.ctx.dbs.control;
    expect(homePool).not.toBe(otherPool);
    const me = as(l.accessToken);
    const calls = async () => {
      await me.put(`/api/v1/progress/lessons/${course.video}`, { positionSeconds: 10, clientTs: nextTs() });
      await me.get(`/api/v1/progress/courses/${course.id}`);
      await me.get('/api/v1/me/enrollments');
      await me.get('/api/v1/me/certificates');
    };
    await calls(); // warm the per-process caches (outline, lesson index, certificate key)
    const seen = { home: 0, other: 0 };
    const onHome = () => seen.home++;
    const onOther = () => seen.other++;
    homePool.on('query', onHome);
    otherPool.on('query', onOther);
    try {
      await calls();
    } finally {
      homePool.off('query', onHome);
      otherPool.off('query', onOther);
    }
    expect(seen.home).toBeGreaterThanOrEqual(4);
    expect(seen.other).toBe(0);
  });
});

describe('instructor views fan out over every shard', () => {
  it('lists a course\'s learners from both databases, merged in enrollment order, page by page', async () => {
    const all = await as(instructor).get(`/api/v1/courses/${course.id}/enrollments?limit=200`);
    expect(all.status).toBe(200);
    const ids = all.body.items.map((i: { userId: string }) => i.userId);
    expect(new Set(ids)).toEqual(new Set(learners.map((l) => l.id)));
    const enrollmentIds = all.body.items.map((i: { id: string }) => i.id);
    expect(enrollmentIds).toEqual([...enrollmentIds].sort());
    expect(all.body.items[0]).toMatchObject({ courseId: course.id, completedLessons: 3, completedAt: expect.any(String), name: expect.stringMatching(/^Learner /) });

    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { items: { id: string }[]; nextCursor: string | null } } = await as(instructor).get(`/api/v1/courses/${course.id}/enrollments?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      paged.push(...page.body.items.map((i) => i.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(paged).toEqual(enrollmentIds);
  });

  it('sums enrolled and completed counts over both databases', async () => {
    const late = await signUp(api, { name: 'Late learner' });
    await as(late.accessToken).post(`/api/v1/courses/${course.id}/enrollments`);
    await as(late.accessToken).put(`/api/v1/progress/lessons/${course.video}`, { positionSeconds: 99, clientTs: nextTs() });
    const stats = await as(instructor).get(`/api/v1/courses/${course.id}/stats`);
    expect(stats.status).toBe(200);
    expect(stats.body).toMatchObject({ enrolled: learners.length + 1, completed: learners.length });
    const perDb = [0, 1].map((i) => learners.filter((l) => dbIndexOf(l.id) === i).length + (dbIndexOf(late.id) === i ? 1 : 0));
    expect(stats.body.clusters.map((c: { enrolled: number }) => c.enrolled)).toEqual(perDb);
    const byLesson = Object.fromEntries(stats.body.lessons.map((l: { lessonId: string; completed: number }) => [l.lessonId, l.completed]));
    expect(byLesson).toEqual({ [course.video]: learners.length + 1, [course.article]: learners.length, [course.quiz]: learners.length });
    const learnerToken = learners[0].accessToken;
    expect((await as(learnerToken).get(`/api/v1/courses/${course.id}/stats`)).status).toBe(403);
  });
});

describe('concurrency', () => {
  it('keeps the newest of 50 concurrent heartbeats for one lesson', async () => {
    const l = await signUp(api);
    await as(l.accessToken).post(`/api/v1/courses/${course.id}/enrollments`);
    const base = nextTs();
    for (let i = 0; i < 60; i++) nextTs();
    const beats = Array.from({ length: 50 }, (_, i) => ({ positionSeconds: i + 1, clientTs: base + i * 1000 }));
    beats.sort(() => Math.random() - 0.5);
    const results = await Promise.all(beats.map((b) => as(l.accessToken).put(`/api/v1/progress/lessons/${course.video}`, b)));
    expect(results.every((r) => r.status === 200)).toBe(true);
    const p = await as(l.accessToken).get(`/api/v1/progress/courses/${course.id}`);
    expect(p.body.lessons[0]).toMatchObject({ lessonId: course.video, positionSeconds: 50, completed: false });
    expect(p.body.resume).toEqual({ lessonId: course.video, positionSeconds: 50 });
  });

  it('issues exactly one certificate when two completions race', async () => {
    const racers = await Promise.all([0, 1, 2].map(() => signUp(api)));
    for (const l of racers) {
      const me = as(l.accessToken);
      await me.post(`/api/v1/courses/${course.id}/enrollments`);
      await me.post(`/api/v1/quizzes/${course.quiz}/attempts`, { answers: RIGHT_ANSWERS });
      // The last two lessons complete at the same moment, from two devices, twice each.
      const ts = nextTs();
      await Promise.all([
        me.put(`/api/v1/progress/lessons/${course.video}`, { positionSeconds: 100, clientTs: ts }),
        me.put(`/api/v1/progress/lessons/${course.article}`, { positionSeconds: 1, completed: true, clientTs: ts }),
        me.put(`/api/v1/progress/lessons/${course.video}`, { positionSeconds: 95, clientTs: ts + 1 }),
        me.put(`/api/v1/progress/lessons/${course.article}`, { positionSeconds: 2, completed: true, clientTs: ts + 1 }),
      ]);
      expect((await me.get('/api/v1/me/certificates')).body.items).toHaveLength(1);
      expect(await count(dbIndexOf(l.id), 'certificates', l.id)).toBe(1);
    }
  });

  it('makes one enrollment of concurrent enrollments, and never more attempts than allowed', async () => {
    const l = await signUp(api);
    const me = as(l.accessToken);
    const results = await Promise.all(Array.from({ length: 10 }, () => me.post(`/api/v1/courses/${course.id}/enrollments`)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(await count(dbIndexOf(l.id), 'enrollments', l.id)).toBe(1);

    const attempts = await Promise.all(Array.from({ length: 6 }, () => me.post(`/api/v1/quizzes/${course.quiz}/attempts`, { answers: WRONG_ANSWERS })));
    expect(attempts.filter((r) => r.status === 201)).toHaveLength(2);
    expect(attempts.filter((r) => r.status === 409).every((r) => r.body.code === 'attempts_exhausted')).toBe(true);
    expect(await count(dbIndexOf(l.id), 'quiz_attempts', l.id)).toBe(2);
  });
});
