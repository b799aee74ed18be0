import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublicKey, verify } from 'node:crypto';
import { Redis } from 'ioredis';
import { adminToken, createTenant, signUp, startTestAcademy, type Api, type TestAcademy } from '../support/academy.ts';
import { REDIS_URL } from '../support/env.ts';
import { profileCacheFor } from '../../services/users/profile-cache.ts';
import { buildCourse, nextTs, problem, QUIZ, RIGHT_ANSWERS, userWithRole, WRONG_ANSWERS, type BuiltCourse } from './learning-support.ts';

const SERVICE_TOKEN = 'test-service-token-0123456789';
let academy: TestAcademy;
let api: Api;
let admin: string;
let instructor: Awaited<ReturnType<typeof userWithRole>>;
let course: BuiltCourse;

beforeAll(async () => {
  academy = await startTestAcademy({ physicalShards: 2, logicalShards: 8, env: { SERVICE_TOKEN } });
  api = academy.api;
  admin = await adminToken(api);
  instructor = await userWithRole(api, admin, 'instructor');
  course = await buildCourse(api, instructor.accessToken, { title: 'Practical PostgreSQL indexing', description: 'B-trees, GIN and when to use which.' });
});
afterAll(() => academy?.stop());

const learner = () => signUp(api, { name: 'Lena Learner' });
const enroll = (token: string, courseId: string, body: unknown = {}) => api.as(token).post(`/api/v1/courses/${courseId}/enrollments`, body);
const beat = (token: string, lessonId: string, body: Record<string, unknown>) => api.as(token).put(`/api/v1/progress/lessons/${lessonId}`, { clientTs: nextTs(), ...body });

describe('authoring', () => {
  it('creates a course with a slug from its title, and refuses a taken slug with 409', async () => {
    const as = api.as(instructor.accessToken);
    const c = await as.post('/api/v1/courses', { title: 'Ünïcode & Friends!', description: 'x' });
    expect(c.status).toBe(201);
    expect(c.body).toMatchObject({ id: expect.any(String), slug: 'unicode-friends', publishedVersion: null, managedBy: null });
    problem(await as.post('/api/v1/courses', { title: 'Other', slug: 'unicode-friends' }), 409, 'slug_taken');
  });

  it('refuses learners on every authoring route with 403', async () => {
    const l = await learner();
    const as = api.as(l.accessToken);
    problem(await as.post('/api/v1/courses', { title: 'Mine' }), 403, 'role_required');
    problem(await as.patch(`/api/v1/courses/${course.id}`, { title: 'Hacked' }), 403, 'role_required');
    problem(await as.post(`/api/v1/courses/${course.id}/modules`, { title: 'M' }), 403, 'role_required');
    problem(await as.post(`/api/v1/modules/${course.moduleId}/lessons`, { title: 'L', type: 'article', body: 'x' }), 403, 'role_required');
    problem(await as.post(`/api/v1/courses/${course.id}/publish`), 403, 'role_required');
    problem(await as.get(`/api/v1/courses/${course.id}/enrollments`), 403, 'role_required');
  });

  it('lets only the author or an admin edit; another academy\'s course is a 404', async () => {
    const other = await userWithRole(api, admin, 'instructor');
    problem(await api.as(other.accessToken).patch(`/api/v1/courses/${course.id}`, { description: 'mine now' }), 403, 'not_course_author');
    expect((await api.as(admin).patch(`/api/v1/courses/${course.id}`, { description: 'B-trees, GIN and when to use which.' })).status).toBe(200);

    await createTenant(academy.ctx, 'elsewhere');
    const elsewhere = api.at('elsewhere');
    const ownerThere = await signUp(elsewhere);
    const res = await academy.api.as(ownerThere.accessToken, 'elsewhere').patch(`/api/v1/courses/${course.id}`, { title: 'x' });
    // A learner there is refused by role first; an admin there must not learn the course exists.
    expect([403, 404]).toContain(res.status);
    problem(res, 403, 'role_required');
    const adminThere = await academy.ctx.dbs.primaryFor(ownerThere.id)('users').where({ id: ownerThere.id }).update({ roles: ['learner', 'admin'] });
    expect(adminThere).toBe(1);
    // Written behind the users service's back: drop the cached profile (and roles) it would serve.
    await profileCacheFor(academy.ctx).invalidate(ownerThere.id);
    const relogin = await elsewhere.post('/api/v1/auth/login', { email: ownerThere.email, password: ownerThere.password });
    const asAdminThere = elsewhere.as(relogin.body.accessToken, 'elsewhere');
    problem(await asAdminThere.patch(`/api/v1/courses/${course.id}`, { title: 'x' }), 404, 'course_not_found');
    problem(await asAdminThere.post(`/api/v1/courses/${course.id}/publish`), 404, 'course_not_found');
    problem(await asAdminThere.get(`/api/v1/courses/${course.slug}`), 404, 'course_not_found');
    expect((await asAdminThere.get('/api/v1/courses')).body.items).toEqual([]);
  });

  it('shows the draft, answer keys included, to its author and admins only', async () => {
    const draft = await api.as(instructor.accessToken).get(`/api/v1/courses/${course.id}/draft`);
    expect(draft.status, draft.text).toBe(200);
    expect(draft.headers.get('cache-control')).toBe('private, no-store');
    expect(draft.body).toMatchObject({ id: course.id, slug: course.slug, modules: [{ id: course.moduleId }] });
    const lessons = draft.body.modules[0].lessons;
    expect(lessons.map((l: { id: string }) => l.id)).toEqual([course.video, course.article, course.quiz]);
    expect(lessons[2].content.questions.map((q: { answer: unknown }) => q.answer)).toEqual(QUIZ.questions.map((q) => q.answer));
    expect((await api.as(admin).get(`/api/v1/courses/${course.id}/draft`)).body).toEqual(draft.body);

    const other = await userWithRole(api, admin, 'instructor');
    problem(await api.as(other.accessToken).get(`/api/v1/courses/${course.id}/draft`), 404, 'course_not_found');
    problem(await api.as((await learner()).accessToken).get(`/api/v1/courses/${course.id}/draft`), 403, 'role_required');
  });

  it('validates lessons and names unknown fields', async () => {
    const as = api.as(instructor.accessToken);
    const unknown = await as.post('/api/v1/courses', { title: 'T', colour: 'red' });
    problem(unknown, 400, 'validation_failed');
    expect(unknown.body.errors).toEqual([{ field: 'colour', message: 'unknown field' }]);
    const badQuiz = await as.post(`/api/v1/modules/${course.moduleId}/lessons`, { ...QUIZ, questions: [{ kind: 'single', prompt: 'p', options: ['a', 'b'], answer: 5 }] });
    problem(badQuiz, 400, 'validation_failed');
    expect(badQuiz.body.errors[0].field).toBe('questions.0.answer');
    problem(await as.post(`/api/v1/modules/${course.moduleId}/lessons`, { title: 'v', type: 'video', durationSeconds: 10 }), 400, 'validation_failed');
    problem(await as.post(`/api/v1/modules/${course.moduleId}/lessons`, { title: 'v', type: 'podcast' }), 400, 'validation_failed');
    problem(await as.post('/api/v1/modules/01a221fd-e579-7000-9b2e-556782f1bb1a/lessons', { title: 'a', type: 'article', body: 'x' }), 404, 'module_not_found');
    problem(await as.post('/api/v1/courses', { title: 'T', price: { amount: 10.5, currency: 'eur' } }), 400, 'validation_failed');
  });

  it('freezes a version on publish: draft edits change nothing for learners until the next publish', async () => {
    const c = await buildCourse(api, instructor.accessToken, { title: 'Versioned course' });
    const as = api.as(instructor.accessToken);
    const v1 = await api.get(`/api/v1/courses/${c.slug}`);
    expect(v1.body).toMatchObject({ id: c.id, version: 1, title: 'Versioned course', lessonCount: 3 });

    expect((await as.patch(`/api/v1/courses/${c.id}`, { title: 'Versioned course, revised' })).status).toBe(200);
    const extra = await as.post(`/api/v1/modules/${c.moduleId}/lessons`, { title: 'Bonus', type: 'article', body: 'more' });
    expect(extra.status).toBe(201);
    const still = await api.get(`/api/v1/courses/${c.slug}`);
    expect(still.body).toMatchObject({ version: 1, title: 'Versioned course', lessonCount: 3 });
    const l = await learner();
    expect((await enroll(l.accessToken, c.id)).status).toBe(201);
    problem(await beat(l.accessToken, extra.body.id, { positionSeconds: 1 }), 404, 'lesson_not_found');

    const pub = await as.post(`/api/v1/courses/${c.id}/publish`);
    expect(pub.body).toMatchObject({ version: 2, created: true, publishedVersion: 2 });
    expect((await api.get(`/api/v1/courses/${c.slug}`)).body).toMatchObject({ version: 2, title: 'Versioned course, revised', lessonCount: 4 });
    // Publishing an unchanged draft makes no new version.
    expect((await as.post(`/api/v1/courses/${c.id}/publish`)).body).toMatchObject({ version: 2, created: false });
    expect((await beat(l.accessToken, extra.body.id, { positionSeconds: 1 })).status).toBe(200);
  });

  it('refuses to publish an empty course', async () => {
    const as = api.as(instructor.accessToken);
    const c = await as.post('/api/v1/courses', { title: 'Empty' });
    problem(await as.post(`/api/v1/courses/${c.body.id}/publish`), 400, 'course_empty');
    problem(await api.get(`/api/v1/courses/${c.body.slug}`), 404, 'course_not_found');
  });

  it('renders articles safely and never sends the answer key to learners', async () => {
    const as = api.as(instructor.accessToken);
    const c = await as.post('/api/v1/courses', { title: 'Safety' });
    const m = await as.post(`/api/v1/courses/${c.body.id}/modules`, { title: 'M' });
    const art = await as.post(`/api/v1/modules/${m.body.id}/lessons`, {
      title: 'XSS', type: 'article', body: '# Hi\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[link](javascript:alert(3)) **bold** [ok](https://example.com)',
    });
    const quiz = await as.post(`/api/v1/modules/${m.body.id}/lessons`, QUIZ);
    await as.post(`/api/v1/courses/${c.body.id}/publish`);
    const l = await learner();
    await enroll(l.accessToken, c.body.id);
    const lesson = await api.as(l.accessToken).get(`/api/v1/lessons/${art.body.id}`);
    expect(lesson.status).toBe(200);
    expect(lesson.body.html).toContain('<strong>bold</strong>');
    expect(lesson.body.html).toContain('<a href="https://example.com" rel="noopener noreferrer nofollow">ok</a>');
    expect(lesson.body.html).not.toMatch(/<script|onerror|href="javascript:/i);
    const q = await api.as(l.accessToken).get(`/api/v1/lessons/${quiz.body.id}`);
    expect(q.body.quiz.questions).toHaveLength(4);
    expect(q.text).not.toMatch(/"answer"/);
    expect((await api.get(`/api/v1/courses/${c.body.slug}`)).text).not.toMatch(/"answer"|Paris/);
    // Content is for enrolled learners only.
    const stranger = await learner();
    problem(await api.as(stranger.accessToken).get(`/api/v1/lessons/${art.body.id}`), 403, 'not_enrolled');
  });
});

describe('catalog and search', () => {
  it('ranks full-text matches (title above description) and pages with a cursor', async () => {
    const tok = instructor.accessToken;
    await buildCourse(api, tok, { title: 'Cooking pasta at home', description: 'No databases involved.' });
    await buildCourse(api, tok, { title: 'Team leadership', description: 'Running a team that also maintains PostgreSQL servers.' });
    await buildCourse(api, tok, { title: 'A draft about PostgreSQL', publish: false });
    const res = await api.get('/api/v1/courses?q=postgresql');
    expect(res.status).toBe(200);
    expect(res.body.items.map((c: { title: string }) => c.title)).toEqual(['Practical PostgreSQL indexing', 'Team leadership']);
    expect((await api.get('/api/v1/courses?q=' + encodeURIComponent('cook'))).body.items[0].title).toBe('Cooking pasta at home');
    // websearch syntax never breaks the query.
    expect((await api.get('/api/v1/courses?q=' + encodeURIComponent('"unbalanced & | !(('))).status).toBe(200);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await api.get(`/api/v1/courses?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.body.items.map((i) => i.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    const all = (await api.get('/api/v1/courses?limit=50')).body.items.map((i: { id: string }) => i.id);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(seen.length);
    expect(all.length).toBeGreaterThanOrEqual(4);
    problem(await api.get('/api/v1/courses?cursor=bm9wZQ'), 400, 'invalid_cursor');
    problem(await api.get('/api/v1/courses?limit=5000'), 400, 'validation_failed');
  });

  it('serves the catalog from Redis with an ETag, revalidates with 304, and invalidates on publish', async () => {
    const first = await api.get('/api/v1/courses?q=invalidation');
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect((await api.get('/api/v1/courses?q=invalidation', { 'if-none-match': etag })).status).toBe(304);

    const redis = new Redis(REDIS_URL);
    try {
      const keys = await redis.keys(`${academy.ctx.config.REDIS_PREFIX}rc:catalog:*`);
      expect(keys.some((k) => k.endsWith(':list:20:0:invalidation'))).toBe(true);
    } finally {
      redis.disconnect();
    }

    await buildCourse(api, instructor.accessToken, { title: 'Cache invalidation explained' });
    const after = await api.get('/api/v1/courses?q=invalidation', { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.body.items.map((c: { title: string }) => c.title)).toEqual(['Cache invalidation explained']);
    const outline = await api.get(`/api/v1/courses/${course.slug}`);
    expect((await api.get(`/api/v1/courses/${course.id}`, { 'if-none-match': outline.headers.get('etag')! })).status).toBe(304);
  });
});

describe('enrollments', () => {
  it('enrolls once: a second enrollment answers the same one', async () => {
    const l = await learner();
    const a = await enroll(l.accessToken, course.id);
    expect(a.status).toBe(201);
    const b = await enroll(l.accessToken, course.id);
    expect(b.status).toBe(200);
    expect(b.body.id).toBe(a.body.id);
    expect(b.body).toEqual(a.body);
    expect(a.body).toMatchObject({ courseId: course.id, userId: l.id, completedAt: null });
    const mine = await api.as(l.accessToken).get('/api/v1/me/enrollments');
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0]).toMatchObject({ courseId: course.id, percent: 0, course: { slug: course.slug, version: 1 } });
  });

  it('refuses self-enrollment in a priced course; an admin may enroll others; learners may not', async () => {
    const priced = await buildCourse(api, instructor.accessToken, { title: 'Premium course', price: { amount: 4900, currency: 'EUR' } });
    const l = await learner();
    const refused = await enroll(l.accessToken, priced.id);
    problem(refused, 402, 'payment_required');
    expect(refused.body.price).toEqual({ amount: 4900, currency: 'EUR' });
    const other = await learner();
    problem(await enroll(other.accessToken, priced.id, { userId: l.id }), 403, 'role_required');
    const byAdmin = await enroll(admin, priced.id, { userId: l.id });
    expect(byAdmin.status).toBe(201);
    expect(byAdmin.body.userId).toBe(l.id);
    problem(await enroll(admin, priced.id, { userId: '01a221fd-e579-7003-9b2e-556782f1bb1a' }), 404, 'user_not_found');
    problem(await enroll(l.accessToken, '01a221fd-e579-7000-9b2e-556782f1bb1a'), 404, 'course_not_found');
    problem(await enroll(l.accessToken, 'not-an-id'), 400, 'validation_failed');
  });

  it('checks prerequisites', async () => {
    const first = await buildCourse(api, instructor.accessToken, { title: 'Prereq A' });
    const second = await buildCourse(api, instructor.accessToken, { title: 'Needs A', publish: false });
    const as = api.as(instructor.accessToken);
    problem(await as.patch(`/api/v1/courses/${second.id}`, { prerequisites: [second.id] }), 400, 'prerequisite_cycle');
    expect((await as.patch(`/api/v1/courses/${second.id}`, { prerequisites: [first.id] })).status).toBe(200);
    problem(await as.patch(`/api/v1/courses/${first.id}`, { prerequisites: [second.id] }), 400, 'prerequisite_cycle');
    await as.post(`/api/v1/courses/${second.id}/publish`);

    const l = await learner();
    const refused = await enroll(l.accessToken, second.id);
    problem(refused, 403, 'prerequisites_not_met');
    expect(refused.body.missing).toEqual([first.id]);
    await completeCourse(l.accessToken, first);
    expect((await enroll(l.accessToken, second.id)).status).toBe(201);
  });
});

/** Enrolls (if needed) and completes every lesson of a built course. */
async function completeCourse(token: string, c: BuiltCourse) {
  await enroll(token, c.id);
  expect((await beat(token, c.video, { positionSeconds: 95 })).body.completed).toBe(true);
  expect((await beat(token, c.article, { positionSeconds: 3, completed: true })).body.completed).toBe(true);
  const pass = await api.as(token).post(`/api/v1/quizzes/${c.quiz}/attempts`, { answers: RIGHT_ANSWERS });
  expect(pass.body).toMatchObject({ passed: true, score: 100 });
}

describe('progress', () => {
  it('refuses heartbeats for unknown lessons, courses not enrolled in, and bad positions', async () => {
    const l = await learner();
    problem(await beat(l.accessToken, '01a221fd-e579-7000-9b2e-556782f1bb1a', { positionSeconds: 1 }), 404, 'lesson_not_found');
    problem(await beat(l.accessToken, course.video, { positionSeconds: 1 }), 403, 'not_enrolled');
    await enroll(l.accessToken, course.id);
    for (const bad of [{ positionSeconds: -1 }, { positionSeconds: 1e9 }, { positionSeconds: 'ten' }, { positionSeconds: 1, clientTs: 'yesterday' }, { positionSeconds: 1, extra: 1 }]) {
      problem(await beat(l.accessToken, course.video, bad), 400, 'validation_failed');
    }
    problem(await api.as(l.accessToken).put(`/api/v1/progress/lessons/${course.video}`, { positionSeconds: 1 }), 400, 'validation_failed');
    problem(await beat(l.accessToken, course.quiz, { positionSeconds: 0, completed: true }), 400, 'quiz_completes_by_passing');
    problem(await api.get(`/api/v1/progress/courses/${course.id}`), 401, 'unauthorized');
  });

  it('clamps positions, ignores late heartbeats, is idempotent and resumes on another device', async () => {
    const l = await learner();
    await enroll(l.accessToken, course.id);
    const t1 = nextTs();
    const t2 = nextTs();
    const newer = await beat(l.accessToken, course.video, { positionSeconds: 40, clientTs: t2 });
    expect(newer.body).toMatchObject({ positionSeconds: 40, completed: false, applied: true, clientTs: t2 });
    const late = await beat(l.accessToken, course.video, { positionSeconds: 10, clientTs: t1 });
    expect(late.body).toMatchObject({ positionSeconds: 40, applied: false, clientTs: t2 });
    const again = await beat(l.accessToken, course.video, { positionSeconds: 40, clientTs: t2 });
    expect(again.body).toMatchObject({ positionSeconds: 40, applied: false });
    const iso = await beat(l.accessToken, course.article, { positionSeconds: 9999, clientTs: new Date(nextTs()).toISOString() });
    expect(iso.body.positionSeconds).toBeLessThanOrEqual(60); // clamped to the article's reading time
    const articleDuration = (await api.get(`/api/v1/courses/${course.slug}`)).body.modules[0].lessons[1].durationSeconds;
    expect(iso.body).toMatchObject({ positionSeconds: articleDuration, applied: true, completed: false });

    // A second "device": a fresh sign-in.
    const login = await api.post('/api/v1/auth/login', { email: l.email, password: l.password });
    const second = api.as(login.body.accessToken);
    await beat(login.body.accessToken, course.video, { positionSeconds: 55 });
    const p = await api.as(l.accessToken).get(`/api/v1/progress/courses/${course.id}`);
    expect(p.status).toBe(200);
    expect(p.body).toMatchObject({ courseId: course.id, percent: 0, completed: false, resume: { lessonId: course.video, positionSeconds: 55 } });
    expect(p.body.lessons.map((x: { lessonId: string }) => x.lessonId)).toEqual([course.video, course.article, course.quiz]);
    expect((await second.get(`/api/v1/progress/courses/${course.id}`)).body).toEqual(p.body);
    expect(p.headers.get('cache-control')).toBe('private, no-store');

    const clamp = await beat(l.accessToken, course.video, { positionSeconds: 5000 });
    expect(clamp.body).toMatchObject({ positionSeconds: 100, completed: true });
  });

  it('completes a video at 90% and never un-completes; articles by marking', async () => {
    const l = await learner();
    await enroll(l.accessToken, course.id);
    expect((await beat(l.accessToken, course.video, { positionSeconds: 89 })).body.completed).toBe(false);
    expect((await beat(l.accessToken, course.video, { positionSeconds: 90 })).body.completed).toBe(true);
    expect((await beat(l.accessToken, course.video, { positionSeconds: 3 })).body).toMatchObject({ positionSeconds: 3, completed: true });
    expect((await beat(l.accessToken, course.article, { positionSeconds: 3 })).body.completed).toBe(false);
    expect((await beat(l.accessToken, course.article, { positionSeconds: 3, completed: true })).body.completed).toBe(true);
    const p = await api.as(l.accessToken).get(`/api/v1/progress/courses/${course.id}`);
    expect(p.body.percent).toBe(66);
    expect((await api.as(l.accessToken).get('/api/v1/me/enrollments')).body.items[0].percent).toBe(66);
  });
});

describe('quizzes and certificates', () => {
  it('grades on the server, limits attempts, and issues one verifiable certificate on completion', async () => {
    const l = await learner();
    const as = api.as(l.accessToken);
    problem(await as.post(`/api/v1/quizzes/${course.quiz}/attempts`, { answers: RIGHT_ANSWERS }), 403, 'not_enrolled');
    await enroll(l.accessToken, course.id);
    const shape = await as.post(`/api/v1/quizzes/${course.quiz}/attempts`, { answers: [1, 1, true, 'x'] });
    problem(shape, 400, 'validation_failed');
    expect(shape.body.errors).toEqual([{ field: 'answers.1', message: 'must be an array of distinct option indexes 0..2' }]);
    problem(await as.post(`/api/v1/quizzes/${course.quiz}/attempts`, { answers: [1] }), 400, 'validation_failed');
    problem(await as.post(`/api/v1/quizzes/${course.video}/attempts`, { answers: [] }), 404, 'quiz_not_found');

    const fail = await as.post(`/api/v1/quizzes/${course.quiz}/attempts`, { answers: WRONG_ANSWERS });
    expect(fail.status).toBe(201);
    expect(fail.body).toMatchObject({ attempt: 1, attemptsLeft: 1, score: 0, passed: false, correct: 0, total: 4 });
    const partly = await as.post(`/api/v1/quizzes/${course.quiz}/attempts`, { answers: [1, [0, 2], true, 'Lyon'] });
    expect(partly.body).toMatchObject({ attempt: 2, attemptsLeft: 0, score: 75, passed: true });
    problem(await as.post(`/api/v1/quizzes/${course.quiz}/attempts`, { answers: RIGHT_ANSWERS }), 409, 'attempts_exhausted');
    expect((await as.get('/api/v1/me/certificates')).body.items).toEqual([]);

    await beat(l.accessToken, course.video, { positionSeconds: 100 });
    await beat(l.accessToken, course.article, { positionSeconds: 1, completed: true });
    const progress = await as.get(`/api/v1/progress/courses/${course.id}`);
    expect(progress.body).toMatchObject({ percent: 100, completed: true });
    const certs = await as.get('/api/v1/me/certificates');
    expect(certs.body.items).toHaveLength(1);
    const cert = certs.body.items[0];
    expect(cert).toMatchObject({ courseId: course.id, courseTitle: 'Practical PostgreSQL indexing', learnerName: 'Lena Learner', tenant: 'demo' });
    // Completing again (another heartbeat) issues nothing new.
    await beat(l.accessToken, course.article, { positionSeconds: 2, completed: true });
    expect((await as.get('/api/v1/me/certificates')).body.items).toHaveLength(1);
    // The certificate's event (written in its transaction) reaches the learner's notifications, once.
    const kinds = async () => (await as.get('/api/v1/notifications')).body.items.map((n: { kind: string }) => n.kind) as string[];
    await expect.poll(kinds, { timeout: 10_000 }).toContain('certificate_issued');
    expect((await kinds()).filter((k) => k === 'certificate_issued')).toHaveLength(1);
    expect(await kinds()).toContain('enrollment');

    // Public verification, no sign-in.
    const v = await api.get(`/api/v1/certificates/${cert.code}`);
    expect(v.status).toBe(200);
    expect(v.body).toMatchObject({ valid: true, code: cert.code, learnerName: 'Lena Learner', courseTitle: 'Practical PostgreSQL indexing', tenant: 'demo', algorithm: 'Ed25519' });
    const key = await api.get('/api/v1/certificates/public-key');
    expect(key.body.jwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519' });
    expect(key.body.jwk.d).toBeUndefined();
    const payload = JSON.stringify({ code: v.body.code, courseTitle: v.body.courseTitle, issuedAt: v.body.issuedAt, learnerName: v.body.learnerName, tenant: v.body.tenant });
    expect(v.body.signedPayload).toBe(payload);
    const sig = Buffer.from(v.body.signature, 'base64url');
    expect(verify(null, Buffer.from(payload), createPublicKey({ key: key.body.jwk, format: 'jwk' }), sig)).toBe(true);
    expect(verify(null, Buffer.from(payload), createPublicKey(key.body.pem), sig)).toBe(true);
    expect(verify(null, Buffer.from(payload.replace('Lena', 'Evil')), createPublicKey(key.body.pem), sig)).toBe(false);

    problem(await api.get('/api/v1/certificates/01a221fd-e579-7003-9b2e-556782f1bb1a'), 404, 'certificate_not_found');
    problem(await api.at('elsewhere').get(`/api/v1/certificates/${cert.code}`), 404, 'certificate_not_found');
    problem(await api.get('/api/v1/certificates/nope'), 400, 'validation_failed');
  });
});

describe('Course resources: the operator\'s service-to-service upsert', () => {
  const doc = (over: Record<string, unknown> = {}) => ({
    title: 'GitOps course',
    description: 'Published from Git',
    modules: [{ title: 'Only module', lessons: [{ title: 'Intro', type: 'video', videoUrl: 'https://media.example.com/i.m3u8', durationSeconds: 60 }, QUIZ] }],
    published: true,
    managedBy: 'academy-demo/gitops-course',
    ...over,
  });
  const svc = (token = SERVICE_TOKEN) => ({ authorization: `Bearer ${token}`, 'x-tenant': 'demo' });

  it('refuses calls without the service token', async () => {
    problem(await api.put('/api/v1/internal/courses/gitops', doc(), { 'x-tenant': 'demo' }), 401, 'service_token_invalid');
    problem(await api.put('/api/v1/internal/courses/gitops', { bad: true }, svc('wrong-token-wrong-token')), 401, 'service_token_invalid');
    problem(await api.put('/api/v1/internal/courses/gitops', doc(), { authorization: `Bearer ${admin}` }), 401, 'service_token_invalid');
    // The service token is no user: user routes refuse it.
    problem(await api.get('/api/v1/users/me', svc()), 401, 'unauthorized');
  });

  it('upserts and publishes idempotently, and locks the course against the authoring API', async () => {
    const first = await api.put('/api/v1/internal/courses/gitops', doc(), svc());
    expect(first.status, first.text).toBe(200);
    expect(first.body).toMatchObject({ id: expect.any(String), slug: 'gitops', publishedVersion: 1 });
    const outline = await api.get('/api/v1/courses/gitops');
    const same = await api.put('/api/v1/internal/courses/gitops', doc(), svc());
    expect(same.body).toEqual(first.body);
    expect((await api.get('/api/v1/courses/gitops')).body.modules).toEqual(outline.body.modules);

    const changed = await api.put('/api/v1/internal/courses/gitops', doc({ title: 'GitOps course, 2nd edition' }), svc());
    expect(changed.body).toMatchObject({ id: first.body.id, publishedVersion: 2 });
    const v2 = await api.get('/api/v1/courses/gitops');
    expect(v2.body).toMatchObject({ version: 2, title: 'GitOps course, 2nd edition' });
    // Lesson ids survive an edit, so progress keeps pointing at them.
    expect(v2.body.modules[0].lessons.map((l: { id: string }) => l.id)).toEqual(outline.body.modules[0].lessons.map((l: { id: string }) => l.id));

    const draftOnly = await api.put('/api/v1/internal/courses/gitops', doc({ title: 'Not yet', published: false }), svc());
    expect(draftOnly.body.publishedVersion).toBe(2);
    expect((await api.get('/api/v1/courses/gitops')).body.title).toBe('GitOps course, 2nd edition');

    const edit = await api.as(admin).patch(`/api/v1/courses/${first.body.id}`, { title: 'by hand' });
    problem(edit, 409, 'course_managed');
    expect(edit.body.detail).toContain('academy-demo/gitops-course');
    expect(edit.body.managedBy).toBe('academy-demo/gitops-course');
    problem(await api.as(admin).post(`/api/v1/courses/${first.body.id}/modules`, { title: 'm' }), 409, 'course_managed');
    problem(await api.as(admin).post(`/api/v1/courses/${first.body.id}/publish`), 409, 'course_managed');

    problem(await api.put('/api/v1/internal/courses/gitops', doc({ managedBy: 'other-ns/other' }), svc()), 409, 'course_conflict');
    problem(await api.put(`/api/v1/internal/courses/${course.slug}`, doc(), svc()), 409, 'course_conflict');
    problem(await api.put('/api/v1/internal/courses/gitops', doc({ modules: [{ title: 'm', lessons: [{ title: 'x', type: 'quiz' }] }] }), svc()), 400, 'validation_failed');
  });
});

describe('demo content', () => {
  it('seeds a published demo course with a video, an article and a quiz', async () => {
    const demo = await api.get('/api/v1/courses/getting-started');
    expect(demo.status).toBe(200);
    expect(demo.body.modules.flatMap((m: { lessons: { type: string }[] }) => m.lessons.map((l) => l.type))).toEqual(['video', 'article', 'quiz']);
    const openapi = await api.get('/api/v1/openapi.json');
    for (const p of ['/api/v1/courses', '/api/v1/progress/lessons/{lessonId}', '/api/v1/quizzes/{lessonId}/attempts', '/api/v1/certificates/{code}', '/api/v1/internal/courses/{slug}']) {
      expect(openapi.body.paths[p], p).toBeDefined();
    }
  });
});
