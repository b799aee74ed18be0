import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { adminToken, signUp, uniqueEmail } from '../support/academy.ts';
import { useBrowserRig } from './browser.ts';
import { checkPage, nextHeartbeat, publishCourse, video, type PublishedCourse } from './journeys.ts';

// Journeys (a) and (c) of issue #10 in Debian's Chromium against a real academy.
let course: PublishedCourse;
const violations: string[] = [];
const browser = useBrowserRig(async (rig) => {
  const token = await adminToken(browser.rig.academy.api);
  course = await publishCourse(browser.rig.academy.api, token, browser.rig.academy.url.replace('127.0.0.1', 'localhost'), { title: 'Photosynthesis for gardeners', quiz: true });
});

describe('learner journey (a)', () => {
  it('signs up, finds a course by search, enrolls, watches, resumes after a reload, passes the quiz and opens the certificate and its verification', async () => {
    const context = await browser.rig.newContext();
    const page = await context.newPage();
    if (process.env.DEBUG_WEB_TESTS) {
      page.on('response', (r) => r.url().includes('/api/') && console.log(r.request().method(), r.url(), r.status()));
      page.on('console', (m) => console.log('console', m.text()));
    }
    const email = uniqueEmail('learner');

    await page.goto('/signup');
    await checkPage(page, 'signup', violations);
    await page.getByLabel('Name').fill('Grace Learner');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('correct horse battery');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('link', { name: 'My learning' }).waitFor();

    await page.getByRole('searchbox', { name: 'Search courses' }).fill('photosynthesis');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: 'Photosynthesis for gardeners' }).waitFor();
    await checkPage(page, 'catalog-search', violations);
    await page.getByRole('link', { name: 'Photosynthesis for gardeners' }).click();

    await page.getByRole('button', { name: 'Enroll' }).click();
    await page.getByRole('link', { name: 'Start' }).waitFor();
    await checkPage(page, 'course', violations);
    await page.getByRole('link', { name: 'Start' }).click();

    // Watch part of the video: the pause sends the position.
    await page.locator('video').waitFor();
    const player = video(page);
    await player.play();
    await player.playedTo(3);
    const paused = await nextHeartbeat(page, course.video, () => player.pause());
    expect(paused.positionSeconds).toBeGreaterThanOrEqual(3);
    await checkPage(page, 'lesson-video', violations);

    // A reload forgets the in-memory token; the refresh cookie restores the session and the
    // player resumes at the saved position.
    await page.reload();
    await page.locator('[data-resume]').waitFor();
    await player.positioned();
    expect(await player.currentTime()).toBeCloseTo(paused.positionSeconds, 0);

    // Watch to the end (from near it), which completes the video.
    await player.seek(27);
    const end = await nextHeartbeat(page, course.video, async () => {
      await player.play();
      await player.ended();
    }, (b) => b.completed === true);
    expect(end.completed).toBe(true);
    // The course's progress around the player follows the completion without a reload.
    await expect.poll(() => page.getByText(/· [1-9]\d*% complete/).count()).toBeGreaterThan(0);

    await page.getByRole('link', { name: /Check yourself/ }).click();
    await page.getByRole('radio', { name: 'Blue' }).check();
    await page.getByRole('radio', { name: 'True' }).check();
    await page.getByRole('button', { name: 'Submit answers' }).click();
    await expect.poll(() => page.locator('[data-quiz-result]').getAttribute('data-quiz-result')).toBe('passed');
    await page.getByRole('link', { name: 'View your certificate' }).waitFor();
    await checkPage(page, 'quiz-passed', violations);

    await page.getByRole('link', { name: 'View your certificate' }).click();
    await page.getByRole('heading', { name: 'Grace Learner' }).waitFor();
    await expect.poll(() => page.getByText('Photosynthesis for gardeners').count()).toBeGreaterThan(0);
    await checkPage(page, 'certificate', violations);

    await page.getByRole('link', { name: 'Verify this certificate' }).click();
    await expect.poll(() => page.locator('[data-verified]').getAttribute('data-verified')).toBe('valid');
    await checkPage(page, 'certificate-verify', violations);

    // The verification page is public: a browser with no session sees the same.
    const stranger = await (await browser.rig.newContext()).newPage();
    await stranger.goto(new URL(page.url()).pathname);
    await expect.poll(() => stranger.locator('[data-verified]').getAttribute('data-verified')).toBe('valid');

    await page.getByRole('link', { name: 'My learning' }).click();
    await page.getByText('100%').waitFor();
    await checkPage(page, 'my-learning', violations);
    await context.close();
  }, 150_000);
});

describe('bad input (c)', () => {
  const fieldError = (page: Page, id: string) => page.locator(`#${id}-error`);

  it('shows the server’s message next to the field: too-short and common passwords, a taken email, a wrong password', async () => {
    const api = browser.rig.academy.api;
    const taken = await signUp(api, { name: 'Already Here' });
    // What the server says, so the page is held to the server's words.
    const short = await api.post('/api/v1/auth/register', { email: uniqueEmail(), password: 'short', name: 'X' });
    const common = await api.post('/api/v1/auth/register', { email: uniqueEmail(), password: 'password123', name: 'X' });
    const duplicate = await api.post('/api/v1/auth/register', { email: taken.email, password: 'correct horse battery', name: 'X' });
    const wrong = await api.post('/api/v1/auth/login', { email: taken.email, password: 'not the password' });
    expect([short.status, common.status, duplicate.status, wrong.status]).toEqual([400, 400, 409, 401]);

    const page = await (await browser.rig.newContext()).newPage();
    await page.goto('/signup');
    const fill = async (email: string, password: string) => {
      await page.getByLabel('Name').fill('Bad Input');
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByRole('button', { name: 'Create account' }).click();
    };

    await fill(uniqueEmail(), 'short');
    await expect.poll(() => fieldError(page, 'password').textContent()).toBe(short.body.errors.find((e: { field: string }) => e.field === 'password').message);
    expect(await page.getByLabel('Password', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await checkPage(page, 'signup-short-password', violations);

    await fill(uniqueEmail(), 'password123');
    await expect.poll(() => fieldError(page, 'password').textContent()).toBe(common.body.errors.find((e: { field: string }) => e.field === 'password').message);

    await fill(taken.email, 'correct horse battery');
    await expect.poll(() => fieldError(page, 'email').textContent()).toBe(duplicate.body.detail);
    await checkPage(page, 'signup-duplicate-email', violations);

    await page.goto('/login');
    await page.getByLabel('Email').fill(taken.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => fieldError(page, 'password').textContent()).toBe(wrong.body.detail);
    await checkPage(page, 'login-wrong-password', violations);
  }, 60_000);

  it('resets a forgotten password through the mailed link, and confirms the email from its link', async () => {
    const { academy } = browser.rig;
    const learner = await signUp(academy.api, { name: 'Forgetful Fay' });
    const page = await (await browser.rig.newContext()).newPage();
    await page.goto('/login');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    // The page loads lazily: until its heading shows, 'Email' is still the sign-in form's field.
    await page.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
    await page.getByLabel('Email').fill(learner.email);
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await page.getByText('a link to choose a new password is on its way').waitFor();
    await checkPage(page, 'forgot-password', violations);

    // The dev mailbox (no SMTP_URL): the mail as the learner would receive it, link included.
    const mailed = async (template: string) =>
      (await academy.ctx.dbs.control('mails').where({ to: learner.email, template }).first()) as { text: string } | undefined;
    await expect.poll(async () => (await mailed('password_reset'))?.text, { timeout: 15_000 }).toMatch(/reset-password\?token=/);
    const link = (text: string, path: string) => new URL(new RegExp(`\\S*${path}\\?token=\\S+`).exec(text)![0]);
    const reset = link((await mailed('password_reset'))!.text, '/reset-password');
    await page.goto(`${reset.pathname}${reset.search}`);
    await page.getByLabel('New password').fill('a brand new passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password is changed').waitFor();
    await checkPage(page, 'reset-password', violations);
    expect((await academy.api.post('/api/v1/auth/login', { email: learner.email, password: 'a brand new passphrase' })).status).toBe(200);
    expect((await academy.api.post('/api/v1/auth/login', { email: learner.email, password: learner.password })).status).toBe(401);

    await expect.poll(async () => (await mailed('email_verification'))?.text, { timeout: 15_000 }).toMatch(/verify-email\?token=/);
    const verify = link((await mailed('email_verification'))!.text, '/verify-email');
    await page.goto(`${verify.pathname}${verify.search}`);
    await page.getByText('Your email address is confirmed').waitFor();
    await checkPage(page, 'verify-email', violations);
  }, 60_000);
});

describe('accessibility', () => {
  it('no page of these journeys has a serious or critical axe violation', () => {
    expect(violations).toEqual([]);
  });
});
