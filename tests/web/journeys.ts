import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { ADMIN_PASSWORD, type Api } from '../support/academy.ts';
import { screenshot, seriousViolations } from './browser.ts';

/** The sample clip the app ships (web/public/media): 30 s of VP8, so Chromium plays it for real. */
export const CLIP = '/media/sample-clip.webm';
export const CLIP_SECONDS = 30;

export interface PublishedCourse {
  id: string;
  slug: string;
  video: string;
  article?: string;
  quiz?: string;
}

/** Authors and publishes a course through the API: a video of the sample clip, then an article and/or a quiz. */
export async function publishCourse(api: Api, token: string, origin: string, props: { title: string; article?: boolean; quiz?: boolean }): Promise<PublishedCourse> {
  const as = api.as(token);
  const course = await as.post('/api/v1/courses', { title: props.title, description: `Everything about ${props.title.toLowerCase()}.` });
  expect(course.status, course.text).toBe(201);
  const mod = await as.post(`/api/v1/courses/${course.body.id}/modules`, { title: 'First steps' });
  expect(mod.status, mod.text).toBe(201);
  const add = async (lesson: unknown) => {
    const r = await as.post(`/api/v1/modules/${mod.body.id}/lessons`, lesson);
    expect(r.status, r.text).toBe(201);
    return r.body.id as string;
  };
  const video = await add({ title: 'Watch this', type: 'video', videoUrl: origin + CLIP, durationSeconds: CLIP_SECONDS });
  const article = props.article ? await add({ title: 'Read this', type: 'article', body: '# Notes\n\nThe **key** idea, in writing.' }) : undefined;
  const quiz = props.quiz
    ? await add({
        title: 'Check yourself',
        type: 'quiz',
        passMark: 100,
        maxAttempts: 3,
        questions: [
          { kind: 'single', prompt: 'Which colour is the sky?', options: ['Green', 'Blue'], answer: 1 },
          { kind: 'truefalse', prompt: 'Water is wet.', answer: true },
        ],
      })
    : undefined;
  const pub = await as.post(`/api/v1/courses/${course.body.id}/publish`);
  expect(pub.status, pub.text).toBe(200);
  return { id: course.body.id, slug: course.body.slug, video, article, quiz };
}

/** Every page a journey visits: no serious or critical axe violation, and a screenshot. */
export async function checkPage(page: Page, name: string, violations: string[]): Promise<void> {
  const t0 = Date.now();
  await page.locator('[role="status"][aria-live="polite"]').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
  violations.push(...(await seriousViolations(page)));
  await screenshot(page, name);
  if (process.env.DEBUG_WEB_TESTS) console.log(`${name}: checked in ${Date.now() - t0} ms`);
}

// The test program is compiled without the DOM library: these are the few page-side shapes the
// callbacks below (which run in the browser) touch.
interface PageVideo {
  currentTime: number;
  ended: boolean;
  play(): Promise<void>;
  pause(): void;
}
declare const document: { querySelector(selector: string): unknown };
declare const navigator: { serviceWorker: { ready: Promise<unknown>; controller: unknown; addEventListener(type: string, cb: () => void, opts: { once: boolean }): void } };

/** The player's video element, as the page sees it. */
export function video(page: Page) {
  const el = page.locator('video');
  return {
    currentTime: () => el.evaluate((v) => (v as unknown as PageVideo).currentTime),
    play: () => el.evaluate((v) => (v as unknown as PageVideo).play()),
    pause: () => el.evaluate((v) => (v as unknown as PageVideo).pause()),
    seek: (s: number) => el.evaluate((v, to) => void ((v as unknown as PageVideo).currentTime = to), s),
    /** Waits until the video has played to at least `s` seconds. */
    playedTo: (s: number) => page.waitForFunction((to) => (document.querySelector('video') as PageVideo).currentTime >= to, s, { timeout: 20_000 }),
    /** Waits until the player has moved off 0 (it seeks to the resume point once metadata is in). */
    positioned: () => page.waitForFunction(() => (document.querySelector('video') as PageVideo).currentTime > 0),
    ended: () => page.waitForFunction(() => (document.querySelector('video') as PageVideo).ended, undefined, { timeout: 20_000 }),
  };
}

/** Waits until the app's service worker is active and controls the page. */
/**
 * Waits until the service worker controls the page. A page loaded before the worker activated is
 * controlled only once the worker claims it; if that has not happened when the worker is ready,
 * a reload is (a navigation in scope of an active worker always is), so the test never waits on
 * an event that already passed.
 */
export async function serviceWorkerControls(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!(await controlled())) {
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 5_000 }).catch(() => page.reload());
  }
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
}

type Beat = { positionSeconds: number; completed?: boolean; clientTs: number };

/** Waits for the player's (first matching) heartbeat request for a lesson and returns what it sent. */
export async function nextHeartbeat(page: Page, lessonId: string, act: () => Promise<unknown>, match: (b: Beat) => boolean = () => true) {
  const isBeat = (r: import('playwright-core').Request) =>
    r.method() === 'PUT' && r.url().endsWith(`/api/v1/progress/lessons/${lessonId}`) && match(JSON.parse(r.postData() ?? '{}'));
  const [req] = await Promise.all([page.waitForRequest(isBeat), act()]);
  const res = await req.response();
  expect(res?.status()).toBe(200);
  return JSON.parse(req.postData() ?? '{}') as Beat;
}

/** Signs in the seeded admin on the login page and opens the dashboard. */
export async function adminSignsIn(page: Page) {
  await page.goto('/login');
  await page.getByLabel('Email').fill('admin@demo.local');
  await page.getByLabel('Password').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Dashboard' }).click();
}

/** In the dashboard: creates a draft course and its first module; returns the course id and the module's region. */
export async function draftCourseInEditor(page: Page, props: { title: string; description: string; module: string }) {
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Courses' }).click();
  await page.getByLabel('Title').fill(props.title);
  await page.getByLabel('Description').fill(props.description);
  await page.getByRole('button', { name: 'Create draft' }).click();
  await page.waitForURL(/\/admin\/courses\/[0-9a-f-]{36}$/);
  const courseId = page.url().split('/').pop()!;
  await page.getByLabel('New module title').fill(props.module);
  await page.getByRole('button', { name: 'Add module' }).click();
  const module = page.getByRole('region', { name: new RegExp(`Module 1: ${props.module}`) });
  await module.waitFor();
  return { courseId, module };
}
