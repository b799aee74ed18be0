import { describe, expect, it } from 'vitest';
import { adminToken, signUp } from '../support/academy.ts';
import { useBrowserRig } from './browser.ts';
import { checkPage, nextHeartbeat, publishCourse, serviceWorkerControls, video } from './journeys.ts';

// Journey (d) of issue #10: the network drops mid-lesson, the learner keeps going, and what
// they did reaches the server when the network returns.
const violations: string[] = [];
const browser = useBrowserRig();

describe('offline (d)', () => {
  it('keeps the progress made offline in IndexedDB and sends it when the network returns', async () => {
    const api = browser.rig.academy.api;
    const course = await publishCourse(api, await adminToken(api), browser.rig.academy.url.replace('127.0.0.1', 'localhost'), { title: 'Knots for sailors', article: true });
    const learner = await signUp(api, { name: 'Offline Olive' });
    expect((await api.as(learner.accessToken).post(`/api/v1/courses/${course.id}/enrollments`, {})).status).toBe(201);

    const context = await browser.rig.newContext();
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('Email').fill(learner.email);
    await page.getByLabel('Password').fill(learner.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'My learning' }).waitFor();

    // The service worker takes control (it precaches the shell), then caches what is opened.
    await page.goto(`/learn/${course.id}/${course.video}`);
    await serviceWorkerControls(page);
    await page.getByRole('link', { name: /Read this/ }).click();
    await page.getByRole('heading', { name: 'Notes' }).waitFor();
    await page.getByRole('link', { name: /Watch this/ }).click();

    const player = video(page);
    await page.locator('video').waitFor();
    await player.play();
    await player.playedTo(1);
    await nextHeartbeat(page, course.video, () => player.pause());

    // Offline mid-lesson: the learner keeps watching, then reads the article.
    await context.setOffline(true);
    await page.locator('[data-connection="offline"]').waitFor();
    await player.play();
    await player.playedTo(4);
    await player.pause();
    const offlinePosition = await player.currentTime();
    await page.getByText('(1 waiting)', { exact: false }).waitFor();
    await page.getByRole('link', { name: /Read this/ }).click();
    await page.getByRole('button', { name: 'Mark as read' }).click();
    await page.getByText('(2 waiting)', { exact: false }).waitFor();
    await checkPage(page, 'offline-lesson', violations);

    // Even a reload while offline opens the app (shell and the opened lesson from the service worker).
    await page.reload();
    await page.getByRole('heading', { name: 'Notes' }).waitFor();
    await page.getByText('(2 waiting)', { exact: false }).waitFor();
    await checkPage(page, 'offline-reload', violations);

    // Back online: the session is restored, the queue is sent in order, the page says so.
    await context.setOffline(false);
    await page.locator('[data-connection="synced"]').waitFor({ timeout: 20_000 });
    await checkPage(page, 'offline-synced', violations);

    const progress = await api.as(learner.accessToken).get(`/api/v1/progress/courses/${course.id}`);
    expect(progress.status, progress.text).toBe(200);
    const byId = new Map(progress.body.lessons.map((l: { lessonId: string }) => [l.lessonId, l]));
    expect((byId.get(course.video) as { positionSeconds: number }).positionSeconds).toBeCloseTo(offlinePosition, 1);
    expect((byId.get(course.article!) as { completed: boolean }).completed).toBe(true);
    await context.close();
  }, 150_000);

  it('no page of the journey has a serious or critical axe violation', () => {
    expect(violations).toEqual([]);
  });
});
