import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { adminToken, signUp, startTestAcademy, type Api, type TestAcademy } from '../support/academy.ts';
import { shardOfId, newId } from '../../services/kit/db/ids.ts';
import { Databases } from '../../services/kit/db/databases.ts';
import type { Event } from '../../services/kit/outbox/index.ts';
import { analyticsService } from '../../services/analytics/index.ts';
import { startRollUps } from '../../services/analytics/domain/jobs.ts';
import { HeartbeatWriter } from '../../services/progress/heartbeat-writer.ts';
import { heartbeatEvents } from '../../services/progress/domain/learning-events.ts';
import { computeDay, queueRollUps, recordEvents, rollUpDay, ROLLUP_QUEUE } from '../../services/analytics/api.ts';
import { createQueues } from '../../services/kit/queue/index.ts';
import { REDIS_URL } from '../support/env.ts';
import { buildCourse, nextTs, problem, RIGHT_ANSWERS, WRONG_ANSWERS, userWithRole, type BuiltCourse } from './learning-support.ts';

// Two physical databases, eight logical shards, real Redis (BullMQ carries the events and the roll-up jobs).
let academy: TestAcademy;
let api: Api;
let admin: string;
let author: Awaited<ReturnType<typeof userWithRole>>;
let otherInstructor: Awaited<ReturnType<typeof userWithRole>>;
let course: BuiltCourse;
let learners: Awaited<ReturnType<typeof signUp>>[] = [];
let partial: Awaited<ReturnType<typeof signUp>>;
let idle: Awaited<ReturnType<typeof signUp>>;
let clients: pg.Client[] = [];
const today = new Date().toISOString().slice(0, 10);
const TITLE = 'Data, "Quoted" & more';

const dbIndexOf = (userId: string) => academy.ctx.dbs.shardMap.clusters.findIndex((c) => c.ranges.some(([a, b]) => shardOfId(userId) >= a && shardOfId(userId) <= b));
const sumOver = async (sql: string, params: unknown[]) => (await Promise.all(clients.map((c) => c.query(sql, params)))).reduce((s, r) => s + Number(r.rows[0].n), 0);

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until every learning event the outbox holds has been drained and recorded. */
const eventsSettled = (expected: number) =>
  until(`${expected} analytics events`, async () => {
    const n = await sumOver('select count(*) as n from analytics_events where course_id = $1', [course.id]);
    const pending = await sumOver('select count(*) as n from outbox', []);
    return n >= expected && pending === 0 ? n : undefined;
  });

beforeAll(async () => {
  academy = await startTestAcademy({ physicalShards: 2, logicalShards: 8, env: { ANALYTICS_ROLLUP_EVERY_MS: '0', OUTBOX_POLL_MS: '200' } });
  api = academy.api;
  admin = await adminToken(api);
  author = await userWithRole(api, admin, 'instructor');
  otherInstructor = await userWithRole(api, admin, 'instructor');
  course = await buildCourse(api, author.accessToken, { title: TITLE });
  while (learners.length < 4 || new Set(learners.map((l) => dbIndexOf(l.id))).size < 2) learners.push(await signUp(api, { name: `Learner ${learners.length}` }));
  partial = await signUp(api, { name: 'Halfway learner' });
  idle = await signUp(api, { name: 'Enrolled only' });
  clients = await Promise.all(
    academy.databaseUrls.map(async (url) => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      return c;
    }),
  );
  // Every learner completes the course (the first after failing the quiz once); one more only watches the video.
  for (const [i, l] of learners.entries()) {
    const as = api.as(l.accessToken);
    expect((await as.post(`/api/v1/courses/${course.id}/enrollments`)).status).toBe(201);
    expect((await as.put(`/api/v1/progress/lessons/${course.video}`, { positionSeconds: 95, clientTs: nextTs() })).status).toBe(200);
    expect((await as.put(`/api/v1/progress/lessons/${course.article}`, { positionSeconds: 1, completed: true, clientTs: nextTs() })).status).toBe(200);
    if (i === 0) expect((await as.post(`/api/v1/quizzes/${course.quiz}/attempts`, { answers: WRONG_ANSWERS })).body.passed).toBe(false);
    expect((await as.post(`/api/v1/quizzes/${course.quiz}/attempts`, { answers: RIGHT_ANSWERS })).body.passed).toBe(true);
  }
  const half = api.as(partial.accessToken);
  expect((await half.post(`/api/v1/courses/${course.id}/enrollments`)).status).toBe(201);
  expect((await half.put(`/api/v1/progress/lessons/${course.video}`, { positionSeconds: 99, clientTs: nextTs() })).status).toBe(200);
  expect((await api.as(idle.accessToken).post(`/api/v1/courses/${course.id}/enrollments`)).status).toBe(201);
  // Per completing learner: enrolled, 2 lessons started, 3 completed, 1-2 attempts, a certificate; the halfway one: enrolled, started, completed; the idle one: enrolled.
  await eventsSettled(learners.length * 8 + 1 + 3 + 1);
}, 120_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.end()));
  await academy?.stop();
});

describe('learning events', () => {
  it('are recorded in the learner\'s shard only, one row per event', async () => {
    for (const l of [...learners, partial, idle]) {
      const home = dbIndexOf(l.id);
      const { rows } = await clients[home].query('select type, count(*)::int as n from analytics_events where user_id = $1 group by type order by type', [l.id]);
      const away = await clients[1 - home].query('select count(*)::int as n from analytics_events where user_id = $1', [l.id]);
      expect(away.rows[0].n).toBe(0);
      const byType = Object.fromEntries(rows.map((r) => [r.type, r.n]));
      if (l === partial) expect(byType).toEqual({ 'course.enrolled': 1, 'lesson.started': 1, 'lesson.completed': 1 });
      else if (l === idle) expect(byType).toEqual({ 'course.enrolled': 1 });
      else {
        expect(byType).toEqual({
          'course.enrolled': 1, 'lesson.started': 2, 'lesson.completed': 3, 'quiz.attempted': l === learners[0] ? 2 : 1, 'certificate.issued': 1,
        });
      }
      const shards = await clients[home].query('select distinct shard from analytics_events where user_id = $1', [l.id]);
      expect(shards.rows).toEqual([{ shard: shardOfId(l.id) }]);
    }
  });

  it('the first heartbeat of a day in a started lesson is a lesson.progressed event (one per day, not per heartbeat)', async () => {
    const l = learners[1];
    const db = clients[dbIndexOf(l.id)];
    await db.query(`update lesson_progress set updated_at = now() - interval '1 day' where user_id = $1 and lesson_id = $2`, [l.id, course.video]);
    // A process that has not written this row yet (another replica, or after a restart).
    const writer = new HeartbeatWriter(1, heartbeatEvents(academy.ctx.outbox));
    const hb = { tenantId: (await academy.ctx.dbs.control('tenants').where({ slug: 'demo' }).first('id')).id, userId: l.id, lessonId: course.video, courseId: course.id, positionSeconds: 97, completed: false, lessonCount: 3 };
    const home = academy.ctx.dbs.primaryFor(l.id);
    expect(await writer.write(home, { ...hb, clientTs: nextTs() })).toMatchObject({ kind: 'stored', applied: true });
    expect(await writer.write(home, { ...hb, clientTs: nextTs() })).toMatchObject({ kind: 'stored', applied: true });
    const progressed = await until('lesson.progressed', async () => {
      const { rows } = await db.query(`select lesson_id from analytics_events where user_id = $1 and type = 'lesson.progressed'`, [l.id]);
      return rows.length ? rows : undefined;
    });
    await new Promise((r) => setTimeout(r, 500));
    expect((await db.query(`select count(*)::int as n from analytics_events where user_id = $1 and type = 'lesson.progressed'`, [l.id])).rows[0].n).toBe(1);
    expect(progressed).toEqual([{ lesson_id: course.video }]);
  });

  it('a replayed event adds nothing (idempotent by event id)', async () => {
    const l = learners[0];
    const db = clients[dbIndexOf(l.id)];
    const count = async () => Number((await db.query('select count(*) from analytics_events where user_id = $1', [l.id])).rows[0].count);
    const before = await count();
    const { rows } = await db.query("select id, tenant_id, occurred_at from analytics_events where user_id = $1 and type = 'course.enrolled'", [l.id]);
    const event: Event<'course.enrolled'> = { id: rows[0].id, type: 'course.enrolled', tenantId: rows[0].tenant_id, occurredAt: new Date(rows[0].occurred_at).toISOString(), data: { userId: l.id, courseId: course.id } };
    // Through the service's consumer, as the queue would redeliver it, twice; and straight to the domain.
    await analyticsService.consumes!['course.enrolled']!(event, academy.ctx);
    await analyticsService.consumes!['course.enrolled']!(event, academy.ctx);
    expect(await recordEvents(academy.ctx.dbs, [event])).toBe(0);
    expect(await count()).toBe(before);
  });
});

describe('roll-ups', () => {
  const report = (token = admin, q = `from=${today}&to=${today}`) => api.as(token).get(`/api/v1/analytics/courses/${course.id}?${q}`);

  /** The day's numbers straight from the progress service's own tables, over both databases. */
  async function directCounts() {
    const q = (sql: string) => sumOver(sql, [course.id]);
    const enrolled = await q('select count(*) as n from enrollments where course_id = $1');
    const completedLessons = await q('select count(*) as n from lesson_progress where course_id = $1 and completed_at is not null');
    return {
      enrollments: enrolled,
      enrolledTotal: enrolled,
      completions: await q('select count(*) as n from certificates where course_id = $1'),
      completedTotal: await q('select count(*) as n from certificates where course_id = $1'),
      activeLearners: enrolled,
      quizAttempts: await q('select count(*) as n from quiz_attempts where course_id = $1'),
      quizPassed: await q('select count(*) as n from quiz_attempts where course_id = $1 and passed'),
      averageProgress: Math.round((completedLessons / 3 / enrolled) * 10_000) / 10_000,
    };
  }

  it('a roll-up run on demand across both databases equals a direct count', async () => {
    const queued = await api.as(admin).post('/api/v1/analytics/rollups', { from: today });
    expect(queued.status, queued.text).toBe(202);
    expect(queued.body.days).toEqual([today]);
    const day = await until('the roll-up', async () => ((await report()).body.days?.[0] as Record<string, number> | undefined));
    const direct = await directCounts();
    expect(direct.enrollments).toBe(learners.length + 2);
    expect(day).toMatchObject(direct);
    expect(day.quizPassRate).toBe(Math.round((direct.quizPassed / direct.quizAttempts) * 10_000) / 10_000);
    expect(day.completionRate).toBe(Math.round((learners.length / (learners.length + 2)) * 10_000) / 10_000);
    // Learners who completed nothing count as 0, not as missing (the halfway learner: 1 of 3 lessons).
    expect(day.averageProgress).toBe(Math.round(((learners.length + 1 / 3) / (learners.length + 2)) * 10_000) / 10_000);
  });

  it('re-running a day replaces it: same numbers, one row, never doubled', async () => {
    const first = (await report()).body.days[0];
    await rollUpDay(academy.ctx.dbs, { day: today });
    const demo = await academy.ctx.dbs.control('tenants').where({ slug: 'demo' }).first('id');
    await rollUpDay(academy.ctx.dbs, { day: today, tenantId: demo.id });
    const rows = await academy.ctx.dbs.control('analytics_course_days').where({ course_id: course.id });
    expect(rows).toHaveLength(1);
    const again = (await report()).body.days[0];
    expect({ ...again, computedAt: 0 }).toEqual({ ...first, computedAt: 0 });
    expect(again.computedAt > first.computedAt).toBe(true);
    expect(again).toMatchObject(await directCounts());
  });

  it('with one database down the job fails and publishes nothing; the next run completes the day', async () => {
    const [good] = academy.databaseUrls;
    const broken = new Databases({
      controlUrl: good,
      poolMax: 2,
      shardMap: { logicalShards: 8, clusters: [{ name: 'pg0', primary: good, replicas: [], ranges: [[0, 3]] }, { name: 'pg1', primary: 'postgres://postgres@127.0.0.1:1/nowhere', replicas: [], ranges: [[4, 7]] }] },
    });
    const before = await academy.ctx.dbs.control('analytics_course_days').where({ course_id: course.id });
    try {
      await expect(rollUpDay(broken, { day: today })).rejects.toThrow();
    } finally {
      await broken.close();
    }
    expect(await academy.ctx.dbs.control('analytics_course_days').where({ course_id: course.id })).toEqual(before);
    await rollUpDay(academy.ctx.dbs, { day: today });
    expect((await report()).body.days[0]).toMatchObject(await directCounts());
  });

  it('counts a learner once while a shard move has copied their rows to the other database', async () => {
    const l = learners[0];
    const home = dbIndexOf(l.id);
    const { rows } = await clients[home].query('select * from analytics_events where user_id = $1', [l.id]);
    const cols = Object.keys(rows[0]);
    // The move's copy phase: the rows exist on the target too, while the map still names the source.
    for (const r of rows) await clients[1 - home].query(`insert into analytics_events (${cols.join(',')}) values (${cols.map((_, i) => `$${i + 1}`).join(',')})`, cols.map((c) => r[c]));
    try {
      await rollUpDay(academy.ctx.dbs, { day: today });
      expect((await report()).body.days[0]).toMatchObject(await directCounts());
    } finally {
      await clients[1 - home].query('delete from analytics_events where user_id = $1', [l.id]);
    }
  });

  it('through the queue: a job with a database down is retried, then dead-lettered with its reason; retried once the database is back, it publishes the day', async () => {
    const queues = createQueues(REDIS_URL, `test:${randomUUID().slice(0, 8)}:`, { attempts: 3, backoffMs: 20 });
    const [good] = academy.databaseUrls;
    const broken = new Databases({
      controlUrl: good,
      poolMax: 2,
      shardMap: { logicalShards: 8, clusters: [{ name: 'pg0', primary: good, replicas: [], ranges: [[0, 3]] }, { name: 'pg1', primary: 'postgres://postgres@127.0.0.1:1/nowhere', replicas: [], ranges: [[4, 7]] }] },
    });
    const config = { ...academy.ctx.config, ANALYTICS_ROLLUP_EVERY_MS: 0 };
    const before = await academy.ctx.dbs.control('analytics_course_days').where({ course_id: course.id });
    let stop = await startRollUps({ ...academy.ctx, queues, dbs: broken, config });
    try {
      const [jobId] = await queueRollUps({ ...academy.ctx, queues }, { days: [today] });
      const dead = await until('the dead letter', async () => (await queues.deadLetters(ROLLUP_QUEUE)).find((j) => j.id === jobId));
      expect(dead.attemptsMade).toBe(3);
      expect(dead.failedReason).toMatch(/ECONNREFUSED|connect/);
      expect(await academy.ctx.dbs.control('analytics_course_days').where({ course_id: course.id })).toEqual(before);
      await stop();
      stop = await startRollUps({ ...academy.ctx, queues, config });
      expect(await queues.retry(ROLLUP_QUEUE, jobId)).toBe(true);
      const after = await until('the retried roll-up', async () => {
        const [row] = await academy.ctx.dbs.control('analytics_course_days').where({ course_id: course.id });
        return row && row.computed_at > before[0].computed_at ? row : undefined;
      });
      expect(after.enrolled_total).toBe(learners.length + 2);
    } finally {
      await stop();
      await broken.close();
      await queues.close();
    }
  });

  it('the schedule rolls up today by itself (every ANALYTICS_ROLLUP_EVERY_MS, without being asked)', async () => {
    const before = (await report()).body.days[0].computedAt;
    const stop = await startRollUps({ ...academy.ctx, config: { ...academy.ctx.config, ANALYTICS_ROLLUP_EVERY_MS: 300 } });
    try {
      const after = await until('a scheduled roll-up', async () => {
        const day = (await report()).body.days[0];
        return day.computedAt > before ? day : undefined;
      });
      expect(after).toMatchObject(await directCounts());
    } finally {
      await stop();
    }
  });

  it('sums revenue per currency from paid orders minus refunds', async () => {
    const tenantId = randomUUID();
    const courseId = randomUUID();
    const buyer = newId(5);
    const at = new Date().toISOString();
    const ev = <T extends Event['type']>(type: T, data: Event<T>['data']) => ({ id: randomUUID(), type, tenantId, occurredAt: at, data }) as Event<never>;
    const order = { userId: buyer, courseId, courseTitle: 'x', currency: 'EUR', discount: 0, couponCode: null, paidAt: at };
    await recordEvents(academy.ctx.dbs, [
      ev('order.paid', { ...order, orderId: 'o1', amount: 1000 }),
      ev('order.paid', { ...order, orderId: 'o2', amount: 500, currency: 'USD' }),
      ev('order.paid', { ...order, orderId: 'o3', amount: 700 }),
      ev('order.refunded', { orderId: 'o3', userId: buyer, courseId, amount: 700, currency: 'EUR' }),
    ]);
    const [row] = await computeDay(academy.ctx.dbs, { day: today, tenantId });
    expect(row).toMatchObject({ course_id: courseId, revenue: { EUR: 1000, USD: 500 }, active_learners: 1, enrollments: 0 });
  });
});

describe('reports', () => {
  it('exports CSV: a header, a line per day, the title escaped, as an attachment', async () => {
    const res = await api.as(author.accessToken).get(`/api/v1/analytics/courses/${course.id}/csv?from=${today}&to=${today}`);
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="analytics-Data-Quoted-more-${today}-${today}.csv"`);
    const lines = res.text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('course_id,course_title,day,enrollments,active_learners,completions,quiz_attempts,quiz_passed,quiz_pass_rate,enrolled_total,completed_total,completion_rate,average_progress');
    const json = (await api.as(author.accessToken).get(`/api/v1/analytics/courses/${course.id}?from=${today}&to=${today}`)).body.days[0];
    expect(lines[1]).toBe(
      `${course.id},"Data, ""Quoted"" & more",${today},${json.enrollments},${json.activeLearners},${json.completions},${json.quizAttempts},${json.quizPassed},${json.quizPassRate},${json.enrolledTotal},${json.completedTotal},${json.completionRate},${json.averageProgress}`,
    );
  });

  it('gives admins an overview of every course', async () => {
    const res = await api.as(admin).get(`/api/v1/analytics/overview?from=${today}`);
    expect(res.status, res.text).toBe(200);
    const mine = res.body.courses.find((c: { courseId: string }) => c.courseId === course.id);
    expect(mine).toMatchObject({ title: TITLE, enrollments: learners.length + 2, completions: learners.length, enrolledTotal: learners.length + 2 });
  });

  it('keeps academies apart: another academy\'s roll-up of the same course id is never shown', async () => {
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await academy.ctx.dbs.control('analytics_course_days').insert({
      tenant_id: randomUUID(), course_id: course.id, day: yesterday, enrollments: 99, active_learners: 99, completions: 99, quiz_attempts: 0, quiz_passed: 0,
      revenue: '{}', enrolled_total: 99, completed_total: 99, progress_sum: 99, computed_at: new Date(),
    });
    const res = await api.as(admin).get(`/api/v1/analytics/courses/${course.id}?from=${yesterday}&to=${today}`);
    expect(res.body.days.map((d: { day: string }) => d.day)).toEqual([today]);
    const overview = await api.as(admin).get(`/api/v1/analytics/overview?from=${yesterday}&to=${yesterday}`);
    expect(overview.body.courses).toEqual([]);
  });

  it('admits admins and the course author; learners get 403, other instructors 403, strangers 401', async () => {
    expect((await api.as(author.accessToken).get(`/api/v1/analytics/courses/${course.id}`)).status).toBe(200);
    problem(await api.as(learners[0].accessToken).get(`/api/v1/analytics/courses/${course.id}`), 403, 'role_required');
    problem(await api.as(learners[0].accessToken).get(`/api/v1/analytics/courses/${course.id}/csv`), 403, 'role_required');
    problem(await api.as(learners[0].accessToken).get('/api/v1/analytics/overview'), 403, 'role_required');
    problem(await api.as(author.accessToken).get('/api/v1/analytics/overview'), 403, 'role_required');
    problem(await api.as(author.accessToken).post('/api/v1/analytics/rollups', { from: today }), 403, 'role_required');
    problem(await api.as(otherInstructor.accessToken).get(`/api/v1/analytics/courses/${course.id}`), 403, 'not_course_author');
    problem(await api.as(admin).get(`/api/v1/analytics/courses/${randomUUID()}`), 404, 'course_not_found');
    problem(await api.as(undefined).get(`/api/v1/analytics/courses/${course.id}`), 401, 'unauthorized');
  });

  it('answers bad input with 400 naming the field', async () => {
    const fields = (res: { body: { errors: { field: string }[] } }) => res.body.errors.map((e) => e.field);
    const bad = async (q: string, field: string) => {
      const res = await api.as(admin).get(`/api/v1/analytics/courses/${course.id}?${q}`);
      problem(res, 400, 'validation_failed');
      expect(fields(res)).toEqual([field]);
    };
    await bad('from=2026-02-30', 'query.from');
    await bad('from=yesterday', 'query.from');
    await bad('to=2026-13-01', 'query.to');
    await bad('from=2026-05-02&to=2026-05-01', 'query.to');
    await bad('from=2020-01-01&to=2026-01-01', 'query.to');
    await bad('from=2020-01-01', 'query.from');
    await bad('format=xml', 'query.format');
    const csv = await api.as(admin).get(`/api/v1/analytics/courses/${course.id}/csv?from=nope`);
    problem(csv, 400, 'validation_failed');
    problem(await api.as(admin).get('/api/v1/analytics/courses/not-a-uuid'), 400, 'validation_failed');
    const body = await api.as(admin).post('/api/v1/analytics/rollups', { from: '2026-01-01', to: '2026-03-01' });
    problem(body, 400, 'validation_failed');
    expect(fields(body)).toEqual(['to']);
  });

  it('is in the OpenAPI document, the CSV as text/csv', async () => {
    const doc = (await api.get('/api/v1/openapi.json')).body;
    expect(Object.keys(doc.paths).filter((p) => p.startsWith('/api/v1/analytics')).sort()).toEqual([
      '/api/v1/analytics/courses/{id}', '/api/v1/analytics/courses/{id}/csv', '/api/v1/analytics/overview', '/api/v1/analytics/rollups',
    ]);
    expect(Object.keys(doc.paths['/api/v1/analytics/courses/{id}/csv'].get.responses['200'].content)).toEqual(['text/csv']);
    expect(doc.paths['/api/v1/analytics/courses/{id}'].get.responses['400']).toBeDefined();
  });
});
