import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { signUp } from '../support/academy.ts';
import { useBrowserRig } from './browser.ts';
import { adminSignsIn, checkPage, draftCourseInEditor, video } from './journeys.ts';

// Issue #12 in Debian's Chromium against a real academy: an admin uploads a video made by ffmpeg
// in the course editor (resumably, over tus), attaches it to a lesson and publishes; a learner
// enrolls and plays it through signed links that live only TTL seconds — past several expiries,
// without a 403.
const TTL = 5;
const CLIP_SECONDS = 60;
const dir = mkdtempSync(join(tmpdir(), 'video-web-'));
const clip = join(dir, 'lesson-clip.mp4');
// Noise makes it ~28 MB: over the web app's multipart threshold (16 MiB), so it goes up over tus.
execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', `testsrc=duration=${CLIP_SECONDS}:size=320x240:rate=10`, '-vf', 'noise=alls=20:allf=t', '-pix_fmt', 'yuv420p', '-c:v', 'libx264', '-preset', 'ultrafast', '-crf', '20', clip]);
// A small file (3 s, tens of KB) goes up as one multipart form.
const small = join(dir, 'short-clip.mp4');
execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc=duration=3:size=320x240:rate=10', '-pix_fmt', 'yuv420p', small]);
const violations: string[] = [];
const browser = useBrowserRig(undefined, { env: { PLAYBACK_URL_TTL_SECONDS: String(TTL), DATA_DIR: join(dir, 'data'), QUEUE_BACKOFF_MS: '50' } });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The test program is compiled without the DOM library.
declare const document: { querySelector(selector: string): { currentTime: number } };

describe('an uploaded video lesson', () => {
  it('is uploaded and attached by an admin, and plays for an enrolled learner past the signed links’ expiry', async () => {
    const admin = await (await browser.rig.newContext()).newPage();
    const tus: string[] = [];
    admin.on('response', (r) => new URL(r.url()).pathname.startsWith('/api/v1/video-uploads') && tus.push(`${r.request().method()} ${r.status()}`));
    await adminSignsIn(admin);
    const { courseId, module } = await draftCourseInEditor(admin, { title: 'Test patterns on film', description: 'Sixty seconds of colour bars, uploaded.', module: 'Watching' });
    await module.getByLabel('Lesson title').fill('The bars');
    await module.getByLabel('Video file (MP4, WebM or QuickTime)').setInputFiles(clip);
    await module.getByRole('progressbar', { name: 'Upload progress' }).waitFor();
    // Processed (duration, HLS) on the queue: the measured duration fills the field.
    await expect.poll(() => module.locator('[data-video-status]').getAttribute('data-video-status'), { timeout: 60_000 }).toBe('ready');
    await expect.poll(() => module.getByLabel('Duration (seconds)').inputValue()).toBe(String(CLIP_SECONDS));
    // The resumable path: created, then the bytes in PATCHes, the last one naming the video.
    expect(tus[0]).toBe('POST 201');
    expect(tus.filter((t) => t === 'PATCH 204').length).toBeGreaterThanOrEqual(1);
    expect(tus.every((t) => t === 'POST 201' || t === 'PATCH 204')).toBe(true);
    await checkPage(admin, 'admin-video-uploaded', violations);
    await module.getByRole('button', { name: 'Add lesson' }).click();
    await module.getByText('The bars').waitFor();

    // The form is fresh for the next lesson; a small file takes the multipart path.
    const posted = admin.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/videos' && r.request().method() === 'POST');
    await module.getByLabel('Video file (MP4, WebM or QuickTime)').setInputFiles(small);
    expect((await posted).status()).toBe(201);
    await expect.poll(() => module.locator('[data-video-status]').getAttribute('data-video-status'), { timeout: 60_000 }).toBe('ready');
    await expect.poll(() => module.getByLabel('Duration (seconds)').inputValue()).toBe('3');
    expect(tus.filter((t) => t.startsWith('POST')).length).toBe(1);

    await admin.getByRole('button', { name: 'Publish' }).click();
    await admin.getByText('Published version 1.').waitFor();

    const learner = await signUp(browser.rig.academy.api, { name: 'Vera Viewer' });
    const context = await browser.rig.newContext();
    const page = await context.newPage();
    const links: string[] = [];
    const files: { url: string; status: number }[] = [];
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (/^\/api\/v1\/videos\/[^/]+\/playback$/.test(path)) links.push(path);
      if (/^\/api\/v1\/videos\/[^/]+\/files\//.test(path)) files.push({ url: r.url(), status: r.status() });
    });
    await page.goto('/login');
    await page.getByLabel('Email').fill(learner.email);
    await page.getByLabel('Password').fill(learner.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'My learning' }).waitFor();
    await page.goto(`/courses/${courseId}`);
    await page.getByRole('button', { name: 'Enroll' }).click();
    await page.getByRole('link', { name: 'Start' }).click();
    await page.locator('video').waitFor();
    const player = video(page);
    await player.play();
    const started = Date.now();
    // Well past two lifetimes of a link: the player renewed it and kept fetching segments with it.
    const target = 3 * TTL;
    await page.waitForFunction((to) => document.querySelector('video').currentTime >= to, target, { timeout: 60_000 });
    await checkPage(page, 'lesson-uploaded-video', violations);
    expect(Date.now() - started).toBeGreaterThanOrEqual((target - 1) * 1000);

    expect(links.length).toBeGreaterThanOrEqual(3);
    expect(files.filter((f) => f.status !== 200 && f.status !== 206)).toEqual([]);
    const exps = files.map((f) => Number(new URL(f.url).searchParams.get('exp')));
    const segments = files.filter((f) => /\/seg-[0-9a-f]{32}\.ts/.test(f.url));
    expect(segments.length).toBeGreaterThan(0);
    // Segments were fetched with renewed links (a later exp than the first link's).
    expect(new Set(segments.map((s) => new URL(s.url).searchParams.get('exp'))).size).toBeGreaterThan(1);
    expect(Math.max(...exps)).toBeGreaterThan(Math.min(...exps) + TTL);
    await context.close();
  }, 180_000);

  it('no page of the journey has a serious or critical axe violation', () => {
    expect(violations).toEqual([]);
  });
});
