import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, createTenant, signUp, startTestAcademy, type Api, type TestAcademy } from '../support/academy.ts';
import { buildCourse, problem, QUIZ, RIGHT_ANSWERS, userWithRole } from './learning-support.ts';

/** Editing a course's draft: modules, lessons, order and quiz questions (issue 10, item 6). */

const SERVICE_TOKEN = 'test-service-token-draft-edits';
let academy: TestAcademy;
let api: Api;
let admin: string;
let author: Awaited<ReturnType<typeof userWithRole>>;

beforeAll(async () => {
  academy = await startTestAcademy({ physicalShards: 1, logicalShards: 4, env: { SERVICE_TOKEN } });
  api = academy.api;
  admin = await adminToken(api);
  author = await userWithRole(api, admin, 'instructor');
});
afterAll(() => academy?.stop());

const V1 = '/api/v1';
const draftOf = async (courseId: string, token = author.accessToken) => {
  const d = await api.as(token).get(`${V1}/courses/${courseId}/draft`);
  expect(d.status, d.text).toBe(200);
  return d.body as { modules: { id: string; title: string; position: number; lessons: { id: string; title: string; position: number; type: string; durationSeconds: number; content: any }[] }[] };
};
const shape = (d: Awaited<ReturnType<typeof draftOf>>) => d.modules.map((m) => [m.title, m.lessons.map((l) => l.title)]);

/** A draft (unpublished unless asked) with two modules: [video, article, quiz] and [article]. */
async function twoModuleCourse(title: string, publish = false) {
  const c = await buildCourse(api, author.accessToken, { title, publish: false });
  const as = api.as(author.accessToken);
  const m2 = await as.post(`${V1}/courses/${c.id}/modules`, { title: 'Module 2' });
  const extra = await as.post(`${V1}/modules/${m2.body.id}/lessons`, { title: 'Extra reading', type: 'article', body: 'more words' });
  expect(extra.status, extra.text).toBe(201);
  if (publish) expect((await as.post(`${V1}/courses/${c.id}/publish`)).status).toBe(200);
  return { ...c, module2: m2.body.id as string, extra: extra.body.id as string };
}

describe('editing modules and lessons', () => {
  it('renames a module and edits lessons field by field, validated like a new lesson', async () => {
    const c = await twoModuleCourse('Editable');
    const as = api.as(author.accessToken);
    const renamed = await as.patch(`${V1}/modules/${c.moduleId}`, { title: '  Basics ' });
    expect(renamed.status, renamed.text).toBe(200);
    expect(renamed.body).toMatchObject({ id: c.moduleId, courseId: c.id, title: 'Basics', position: 0 });

    const video = await as.patch(`${V1}/lessons/${c.video}`, { title: 'Watch this', durationSeconds: 120 });
    expect(video.status, video.text).toBe(200);
    expect(video.body).toMatchObject({ id: c.video, title: 'Watch this', durationSeconds: 120, content: { videoUrl: 'https://media.example.com/v.m3u8' } });
    // From a URL to an uploaded asset: clear one, set the other.
    const asset = await as.patch(`${V1}/lessons/${c.video}`, { videoUrl: null, assetId: 'clip-42' });
    expect(asset.body.content).toEqual({ assetId: 'clip-42' });
    const article = await as.patch(`${V1}/lessons/${c.article}`, { body: Array(400).fill('word').join(' ') });
    expect(article.body).toMatchObject({ type: 'article', durationSeconds: 120 });
    const quiz = await as.patch(`${V1}/lessons/${c.quiz}`, { passMark: 50, maxAttempts: 5 });
    expect(quiz.body.content).toMatchObject({ passMark: 50, maxAttempts: 5, questions: QUIZ.questions });

    const d = await draftOf(c.id);
    expect(shape(d)).toEqual([['Basics', ['Watch this', 'Editable: the article', 'Final quiz']], ['Module 2', ['Extra reading']]]);
  });

  it('refuses bad edits with 400 naming the field, and writes nothing', async () => {
    const c = await twoModuleCourse('Strict');
    const as = api.as(author.accessToken);
    const before = await draftOf(c.id);
    const check = async (res: Awaited<ReturnType<Api['patch']>>, fields: string[]) => {

      problem(res, 400, 'validation_failed');
      expect((res.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(fields);
    };
    await check(await as.patch(`${V1}/lessons/${c.video}`, { body: 'an article body on a video' }), ['body']);
    await check(await as.patch(`${V1}/lessons/${c.quiz}`, { title: 'ok', durationSeconds: 5 }), ['durationSeconds']);
    await check(await as.patch(`${V1}/lessons/${c.video}`, { durationSeconds: 0 }), ['durationSeconds']);
    await check(await as.patch(`${V1}/lessons/${c.video}`, { videoUrl: null }), ['videoUrl']);
    await check(await as.patch(`${V1}/lessons/${c.video}`, { assetId: 'a-1' }), ['videoUrl']);
    await check(await as.patch(`${V1}/lessons/${c.video}`, { videoUrl: 'javascript:alert(1)' }), ['videoUrl']);
    await check(await as.patch(`${V1}/lessons/${c.video}`, { type: 'article' }), ['type']);
    await check(await as.patch(`${V1}/lessons/${c.article}`, {}), ['(body)']);
    await check(await as.patch(`${V1}/lessons/${c.quiz}`, { passMark: 101 }), ['passMark']);
    await check(await as.patch(`${V1}/modules/${c.moduleId}`, { title: '   ' }), ['title']);
    await check(await as.patch(`${V1}/lessons/not-an-id`, { title: 'x' }), ['params.lessonId']);
    await check(await as.patch(`${V1}/modules/${c.moduleId}`, '{"title": 5}'), ['title']);
    problem(await as.patch(`${V1}/modules/${c.moduleId}`, '{"title": '), 400, 'malformed_json');
    problem(await as.patch(`${V1}/lessons/01a221fd-e579-7000-9b2e-556782f1bb1a`, { title: 'x' }), 404, 'lesson_not_found');
    problem(await as.delete(`${V1}/modules/01a221fd-e579-7000-9b2e-556782f1bb1a`), 404, 'module_not_found');
    expect(await draftOf(c.id)).toEqual(before);
  });

  it('deletes a lesson and a module (with its lessons), closing the gaps in positions', async () => {
    const c = await twoModuleCourse('Shrinking');
    const as = api.as(author.accessToken);
    expect((await as.delete(`${V1}/lessons/${c.video}`)).status).toBe(204);
    let d = await draftOf(c.id);
    expect(d.modules[0].lessons.map((l) => [l.id, l.position])).toEqual([[c.article, 0], [c.quiz, 1]]);
    problem(await as.delete(`${V1}/lessons/${c.video}`), 404, 'lesson_not_found');
    problem(await as.patch(`${V1}/lessons/${c.video}`, { title: 'back?' }), 404, 'lesson_not_found');

    expect((await as.delete(`${V1}/modules/${c.moduleId}`)).status).toBe(204);
    d = await draftOf(c.id);
    expect(d.modules.map((m) => [m.id, m.position, m.lessons.map((l) => l.id)])).toEqual([[c.module2, 0, [c.extra]]]);
    problem(await as.patch(`${V1}/modules/${c.moduleId}`, { title: 'gone' }), 404, 'module_not_found');
    problem(await as.patch(`${V1}/lessons/${c.quiz}`, { title: 'gone too' }), 404, 'lesson_not_found');
    // New lessons and modules go after what is left.
    const m3 = await as.post(`${V1}/courses/${c.id}/modules`, { title: 'Module 3' });
    expect(m3.body.position).toBe(1);
  });
});

describe('reordering the draft', () => {
  it('puts modules and lessons in the given order, moving lessons between modules', async () => {
    const c = await twoModuleCourse('Reordered');
    const res = await api.as(author.accessToken).put(`${V1}/courses/${c.id}/structure`, {
      modules: [
        { id: c.module2, lessons: [c.quiz, c.extra] },
        { id: c.moduleId, lessons: [c.article, c.video] },
      ],
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body.unpublishedChanges).toBe(true);
    expect(res.body.modules.map((m: { id: string; position: number; lessons: { id: string; position: number; moduleId: string }[] }) => [m.id, m.position, m.lessons.map((l) => [l.id, l.position, l.moduleId])])).toEqual([
      [c.module2, 0, [[c.quiz, 0, c.module2], [c.extra, 1, c.module2]]],
      [c.moduleId, 1, [[c.article, 0, c.moduleId], [c.video, 1, c.moduleId]]],
    ]);
    expect(shape(await draftOf(c.id))).toEqual([['Module 2', ['Final quiz', 'Extra reading']], ['Module 1', ['Reordered: the article', 'Reordered: the video']]]);
  });

  it('refuses unknown, repeated and left-out ids with 400 naming the field, and writes nothing', async () => {
    const c = await twoModuleCourse('Order checked');
    const other = await twoModuleCourse('Other course');
    const as = api.as(author.accessToken);
    const before = await draftOf(c.id);
    const stale = await as.put(`${V1}/courses/${c.id}/structure`, { modules: [{ id: c.moduleId, lessons: [c.video, c.article, c.quiz] }] });
    problem(stale, 400, 'validation_failed');
    expect(stale.body.errors).toEqual([
      { field: 'modules', message: `leaves out modules ${c.module2} (reload the draft)` },
      { field: 'modules', message: `leaves out lessons ${c.extra} (reload the draft)` },
    ]);
    const foreign = await as.put(`${V1}/courses/${c.id}/structure`, {
      modules: [
        { id: c.moduleId, lessons: [c.video, other.article, c.quiz, c.article] },
        { id: c.module2, lessons: [c.extra, c.video] },
      ],
    });
    problem(foreign, 400, 'validation_failed');
    expect(foreign.body.errors.map((e: { field: string }) => e.field)).toEqual(['modules.0.lessons.1', 'modules.1.lessons.1']);
    const shapeless = await as.put(`${V1}/courses/${c.id}/structure`, { modules: [{ id: 'x', lessons: 'all' }] });
    expect(shapeless.body.errors.map((e: { field: string }) => e.field)).toEqual(['modules.0.id', 'modules.0.lessons']);
    expect(await draftOf(c.id)).toEqual(before);
  });
});

describe('quiz questions', () => {
  const extraQuestion = { kind: 'single', prompt: 'Pick C', options: ['A', 'B', 'C'], answer: 2 };

  it('adds (at a position or last), replaces and removes questions, answering with the whole quiz', async () => {
    const c = await twoModuleCourse('Quizzes');
    const as = api.as(author.accessToken);
    const added = await as.post(`${V1}/lessons/${c.quiz}/questions?position=1`, extraQuestion);
    expect(added.status, added.text).toBe(201);
    expect(added.body.content.questions.map((q: { prompt: string }) => q.prompt)).toEqual(['Pick B', 'Pick C', 'Pick A and C', 'The sky is blue', 'Capital of France?']);
    const last = await as.post(`${V1}/lessons/${c.quiz}/questions`, { kind: 'truefalse', prompt: 'Last?', answer: false });
    expect(last.body.content.questions.at(-1)).toEqual({ kind: 'truefalse', prompt: 'Last?', answer: false });
    const replaced = await as.put(`${V1}/lessons/${c.quiz}/questions/0`, { kind: 'text', prompt: 'Say hi', answer: 'hi' });
    expect(replaced.status, replaced.text).toBe(200);
    expect(replaced.body.content.questions[0]).toEqual({ kind: 'text', prompt: 'Say hi', answer: 'hi' });
    const removed = await as.delete(`${V1}/lessons/${c.quiz}/questions/1`);
    expect(removed.status, removed.text).toBe(200);
    expect(removed.body.content.questions.map((q: { prompt: string }) => q.prompt)).toEqual(['Say hi', 'Pick A and C', 'The sky is blue', 'Capital of France?', 'Last?']);
    expect((await draftOf(c.id)).modules[0].lessons[2].content.questions).toHaveLength(5);
  });

  it('refuses bad questions, bad indexes and non-quizzes with problem+json, writing nothing', async () => {
    const c = await twoModuleCourse('Quiz checks');
    const as = api.as(author.accessToken);
    const before = await draftOf(c.id);
    const bad = await as.post(`${V1}/lessons/${c.quiz}/questions`, { kind: 'single', prompt: 'p', options: ['a', 'b'], answer: 2 });
    problem(bad, 400, 'validation_failed');
    expect(bad.body.errors).toEqual([{ field: 'answer', message: 'must be an option index 0..1' }]);
    const noKind = await as.put(`${V1}/lessons/${c.quiz}/questions/0`, { prompt: 'p', answer: true });
    expect(noKind.body.errors.map((e: { field: string }) => e.field)).toEqual(['kind']);
    const past = await as.post(`${V1}/lessons/${c.quiz}/questions?position=9`, extraQuestion);
    problem(past, 400, 'validation_failed');
    expect(past.body.errors).toEqual([{ field: 'query.position', message: 'must be 0..4' }]);
    const index = await as.delete(`${V1}/lessons/${c.quiz}/questions/first`);
    problem(index, 400, 'validation_failed');
    expect(index.body.errors[0].field).toBe('params.index');
    problem(await as.put(`${V1}/lessons/${c.quiz}/questions/4`, extraQuestion), 404, 'question_not_found');
    problem(await as.post(`${V1}/lessons/${c.article}/questions`, extraQuestion), 409, 'not_a_quiz');
    expect(await draftOf(c.id)).toEqual(before);

    const solo = await as.post(`${V1}/modules/${c.module2}/lessons`, { ...QUIZ, questions: [QUIZ.questions[2]] });
    problem(await as.delete(`${V1}/lessons/${solo.body.id}/questions/0`), 409, 'quiz_needs_question');
    expect((await as.delete(`${V1}/lessons/${solo.body.id}`)).status).toBe(204);
  });
});

describe('a published version stays immutable', () => {
  it('shows learners the published version, graded by its key, until the next publish carries the edits', async () => {
    const c = await twoModuleCourse('Frozen', true);
    const as = api.as(author.accessToken);
    const outline = await api.get(`${V1}/courses/${c.slug}`);
    expect(outline.body).toMatchObject({ version: 1, lessonCount: 4 });
    const learner = await signUp(api);
    expect((await api.as(learner.accessToken).post(`${V1}/courses/${c.id}/enrollments`, {})).status).toBe(201);
    const quizBefore = await api.as(learner.accessToken).get(`${V1}/lessons/${c.quiz}`);
    const unpublished = async () => (await api.as(author.accessToken).get(`${V1}/courses/${c.id}/draft`)).body.unpublishedChanges;
    expect(await unpublished()).toBe(false);

    // Every kind of edit, on the draft.
    expect((await as.patch(`${V1}/lessons/${c.video}`, { title: 'Renamed video' })).status).toBe(200);
    expect((await as.delete(`${V1}/lessons/${c.article}`)).status).toBe(204);
    expect((await as.put(`${V1}/lessons/${c.quiz}/questions/0`, { kind: 'single', prompt: 'Pick A', options: ['A', 'B', 'C'], answer: 0 })).status).toBe(200);
    expect((await as.patch(`${V1}/modules/${c.module2}`, { title: 'Renamed module' })).status).toBe(200);
    expect((await as.put(`${V1}/courses/${c.id}/structure`, { modules: [{ id: c.module2, lessons: [c.extra] }, { id: c.moduleId, lessons: [c.quiz, c.video] }] })).status).toBe(200);

    expect(await unpublished()).toBe(true);
    expect((await api.get(`${V1}/courses/${c.slug}`)).body).toEqual(outline.body);
    expect((await api.as(learner.accessToken).get(`${V1}/lessons/${c.quiz}`)).body).toEqual(quizBefore.body);
    expect((await api.as(learner.accessToken).get(`${V1}/lessons/${c.article}`)).status).toBe(200);
    // Graded by the published key: the old first answer (B = 1) is still right.
    const attempt = await api.as(learner.accessToken).post(`${V1}/quizzes/${c.quiz}/attempts`, { answers: RIGHT_ANSWERS });
    expect(attempt.status, attempt.text).toBe(201);
    expect(attempt.body).toMatchObject({ passed: true });

    const pub = await as.post(`${V1}/courses/${c.id}/publish`);
    expect(pub.body).toMatchObject({ version: 2, created: true });
    expect(await unpublished()).toBe(false);
    const v2 = await api.get(`${V1}/courses/${c.slug}`);
    expect(v2.body.modules.map((m: { title: string; lessons: { title: string }[] }) => [m.title, m.lessons.map((l) => l.title)])).toEqual([
      ['Renamed module', ['Extra reading']],
      ['Module 1', ['Final quiz', 'Renamed video']],
    ]);
    problem(await api.as(learner.accessToken).get(`${V1}/lessons/${c.article}`), 404, 'lesson_not_found');
  });
});

describe('who may edit', () => {
  it('refuses learners (403), other instructors (403) and other academies (404); admins may edit', async () => {
    const c = await twoModuleCourse('Guarded');
    const before = await draftOf(c.id);
    const q = { kind: 'truefalse', prompt: 'x', answer: true };
    const attempts = (as: Api) => [
      as.patch(`${V1}/modules/${c.moduleId}`, { title: 'Mine' }),
      as.delete(`${V1}/modules/${c.module2}`),
      as.patch(`${V1}/lessons/${c.video}`, { title: 'Mine' }),
      as.delete(`${V1}/lessons/${c.article}`),
      as.put(`${V1}/courses/${c.id}/structure`, { modules: [{ id: c.module2, lessons: [c.extra] }, { id: c.moduleId, lessons: [c.video, c.article, c.quiz] }] }),
      as.post(`${V1}/lessons/${c.quiz}/questions`, q),
      as.put(`${V1}/lessons/${c.quiz}/questions/0`, q),
      as.delete(`${V1}/lessons/${c.quiz}/questions/0`),
    ];
    const learner = await signUp(api);
    for (const res of await Promise.all(attempts(api.as(learner.accessToken)))) problem(res, 403, 'role_required');
    const other = await userWithRole(api, admin, 'instructor');
    for (const res of await Promise.all(attempts(api.as(other.accessToken)))) problem(res, 403, 'not_course_author');
    for (const res of await Promise.all(attempts(api.as(undefined)))) problem(res, 401, 'unauthorized');

    await createTenant(academy.ctx, 'draft-elsewhere');
    const there = api.at('draft-elsewhere');
    const owner = await signUp(there);
    await academy.ctx.dbs.primaryFor(owner.id)('users').where({ id: owner.id }).update({ roles: ['learner', 'admin'] });
    const relogin = await there.post(`${V1}/auth/login`, { email: owner.email, password: owner.password });
    const codes = (await Promise.all(attempts(there.as(relogin.body.accessToken)))).map((r) => [r.status, r.body.code]);
    expect(codes).toEqual([
      [404, 'module_not_found'],
      [404, 'module_not_found'],
      [404, 'lesson_not_found'],
      [404, 'lesson_not_found'],
      [404, 'course_not_found'],
      [404, 'lesson_not_found'],
      [404, 'lesson_not_found'],
      [404, 'lesson_not_found'],
    ]);
    expect(await draftOf(c.id)).toEqual(before);

    const byAdmin = await api.as(admin).patch(`${V1}/modules/${c.moduleId}`, { title: 'Set by the admin' });
    expect(byAdmin.status, byAdmin.text).toBe(200);
  });

  it('refuses edits of a course a Course resource manages (409 course_managed)', async () => {
    const doc = { title: 'From Git', modules: [{ title: 'Only', lessons: [QUIZ] }], published: true, managedBy: 'academy-demo/from-git' };
    const up = await api.put(`${V1}/internal/courses/from-git`, doc, { authorization: `Bearer ${SERVICE_TOKEN}`, 'x-tenant': 'demo' });
    expect(up.status, up.text).toBe(200);
    const draft = await api.as(admin).get(`${V1}/courses/${up.body.id}/draft`);
    const mod = draft.body.modules[0];
    const as = api.as(admin);
    problem(await as.patch(`${V1}/modules/${mod.id}`, { title: 'x' }), 409, 'course_managed');
    problem(await as.patch(`${V1}/lessons/${mod.lessons[0].id}`, { title: 'x' }), 409, 'course_managed');
    problem(await as.delete(`${V1}/lessons/${mod.lessons[0].id}/questions/0`), 409, 'course_managed');
    problem(await as.put(`${V1}/courses/${up.body.id}/structure`, { modules: [{ id: mod.id, lessons: [mod.lessons[0].id] }] }), 409, 'course_managed');
  });
});

describe('finding the drafts one may edit', () => {
  it('lists my courses, drafts included, newest first and paged; admins see every course; learners none', async () => {
    const mine = await userWithRole(api, admin, 'instructor');
    const other = await userWithRole(api, admin, 'instructor');
    const as = api.as(mine.accessToken);
    const a = (await as.post(`${V1}/courses`, { title: 'First draft of mine' })).body;
    const b = await buildCourse(api, mine.accessToken, { title: 'Published one of mine' });
    const theirs = (await api.as(other.accessToken).post(`${V1}/courses`, { title: 'Not mine' })).body;

    const page1 = await as.get(`${V1}/authoring/courses?limit=1`);
    expect(page1.status, page1.text).toBe(200);
    expect(page1.body.items.map((c: { id: string }) => c.id)).toEqual([b.id]);
    expect(page1.body.items[0]).toMatchObject({ publishedVersion: 1, title: 'Published one of mine' });
    const page2 = await as.get(`${V1}/authoring/courses?limit=1&cursor=${page1.body.nextCursor}`);
    expect(page2.body.items.map((c: { id: string; publishedVersion: null }) => [c.id, c.publishedVersion])).toEqual([[a.id, null]]);
    const page3 = await as.get(`${V1}/authoring/courses?limit=1&cursor=${page2.body.nextCursor}`);
    expect(page3.body).toEqual({ items: [], nextCursor: null });

    const all = (await api.as(admin).get(`${V1}/authoring/courses?limit=200`)).body.items.map((c: { id: string }) => c.id);
    expect(all).toEqual(expect.arrayContaining([a.id, b.id, theirs.id]));
    problem(await api.as((await signUp(api)).accessToken).get(`${V1}/authoring/courses`), 403, 'role_required');
    const bad = await as.get(`${V1}/authoring/courses?cursor=nope&limit=0`);
    problem(bad, 400, 'validation_failed');
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['query.cursor', 'query.limit']);
  });
});

describe('the OpenAPI document', () => {
  it('describes every draft-editing route with its body and problem responses', async () => {
    const doc = (await api.get(`${V1}/openapi.json`)).body;
    const routes: [string, string][] = [
      ['/api/v1/authoring/courses', 'get'],
      ['/api/v1/modules/{id}', 'patch'],
      ['/api/v1/modules/{id}', 'delete'],
      ['/api/v1/lessons/{lessonId}', 'patch'],
      ['/api/v1/lessons/{lessonId}', 'delete'],
      ['/api/v1/courses/{id}/structure', 'put'],
      ['/api/v1/lessons/{lessonId}/questions', 'post'],
      ['/api/v1/lessons/{lessonId}/questions/{index}', 'put'],
      ['/api/v1/lessons/{lessonId}/questions/{index}', 'delete'],
    ];
    for (const [path, method] of routes) {
      const op = doc.paths[path]?.[method];
      expect(op, `${method} ${path}`).toBeDefined();
      expect(op.security).toEqual([{ bearerAuth: [] }]);
      const problems = Object.entries(op.responses as Record<string, { content?: Record<string, unknown> }>).filter(([status, r]) => /^4/.test(status) && r.content?.['application/problem+json']);
      expect(problems.length, `${method} ${path} documents its problem+json answers`).toBeGreaterThan(0);
      if (method !== 'delete' && method !== 'get') expect(op.requestBody.content['application/json'].schema).toBeDefined();
    }
  });
});
