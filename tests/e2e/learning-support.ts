import { expect } from 'vitest';
import type { Api } from '../support/academy.ts';
import { signUp } from '../support/academy.ts';

export const problem = (res: { status: number; headers: Headers; body: any }, status: number, code: string) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.body.code).toBe(code);
};

/** Signs up a user, has the admin grant them a role, and signs them in again (roles ride in the token). */
export async function userWithRole(api: Api, adminToken: string, role: 'instructor' | 'admin') {
  const u = await signUp(api, { name: `Test ${role}` });
  const patched = await api.as(adminToken).patch(`/api/v1/users/${u.id}`, { roles: ['learner', role] });
  expect(patched.status, patched.text).toBe(200);
  const login = await api.post('/api/v1/auth/login', { email: u.email, password: u.password });
  expect(login.status, login.text).toBe(200);
  return { ...u, accessToken: login.body.accessToken as string };
}

export const QUIZ = {
  title: 'Final quiz',
  type: 'quiz',
  passMark: 75,
  maxAttempts: 2,
  questions: [
    { kind: 'single', prompt: 'Pick B', options: ['A', 'B', 'C'], answer: 1 },
    { kind: 'multiple', prompt: 'Pick A and C', options: ['A', 'B', 'C'], answer: [0, 2] },
    { kind: 'truefalse', prompt: 'The sky is blue', answer: true },
    { kind: 'text', prompt: 'Capital of France?', answer: ['Paris'] },
  ],
} as const;
export const RIGHT_ANSWERS = [1, [2, 0], true, '  paris '];
export const WRONG_ANSWERS = [0, [0], false, 'Lyon'];

export interface BuiltCourse {
  id: string;
  slug: string;
  moduleId: string;
  video: string;
  article: string;
  quiz: string;
}

/** Authors a course with a video (100 s), an article and a quiz, and publishes it. */
export async function buildCourse(api: Api, token: string, props: { title: string; description?: string; price?: { amount: number; currency: string }; publish?: boolean }): Promise<BuiltCourse> {
  const as = api.as(token);
  const course = await as.post('/api/v1/courses', { title: props.title, description: props.description ?? `All about ${props.title}`, ...(props.price ? { price: props.price } : {}) });
  expect(course.status, course.text).toBe(201);
  const mod = await as.post(`/api/v1/courses/${course.body.id}/modules`, { title: 'Module 1' });
  expect(mod.status, mod.text).toBe(201);
  const add = async (lesson: unknown) => {
    const r = await as.post(`/api/v1/modules/${mod.body.id}/lessons`, lesson);
    expect(r.status, r.text).toBe(201);
    return r.body.id as string;
  };
  const video = await add({ title: `${props.title}: the video`, type: 'video', videoUrl: 'https://media.example.com/v.m3u8', durationSeconds: 100 });
  const article = await add({ title: `${props.title}: the article`, type: 'article', body: '# Read me\n\nSome *text*.' });
  const quiz = await add(QUIZ);
  if (props.publish !== false) {
    const pub = await as.post(`/api/v1/courses/${course.body.id}/publish`);
    expect(pub.status, pub.text).toBe(200);
  }
  return { id: course.body.id, slug: course.body.slug, moduleId: mod.body.id, video, article, quiz };
}

let clock = Date.now() - 3_600_000;
/** Increasing client timestamps (in the past, so the server's clock-ahead clamp never applies). */
export const nextTs = () => (clock += 1000);
