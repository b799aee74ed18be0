import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, signUp, startTestAcademy, type Api, type TestAcademy } from '../support/academy.ts';
import { Mailbox } from '../support/mailbox.ts';
import { freePort } from '../support/ports.ts';

const pause = () => new Promise((r) => setTimeout(r, 20));

/** A mail that fails every attempt lands in the dead-letter list; an admin sees it and retries it once SMTP is back. */
describe('notifications: dead letters', () => {
  let academy: TestAcademy;
  let api: Api;
  let smtp: Mailbox;

  beforeAll(async () => {
    smtp = new Mailbox(await freePort());
    academy = await startTestAcademy({ env: { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, QUEUE_ATTEMPTS: '2', QUEUE_BACKOFF_MS: '10' } });
    api = academy.api.at('demo');
  });
  afterAll(async () => {
    await academy?.stop();
    await smtp?.stop();
  });

  it('lists the failed jobs for admins only, and a retry sends the mail once', async () => {
    const learner = await signUp(api);
    const admin = api.as(await adminToken(api));
    let dead: { id: string; eventType: string; attemptsMade: number; failedReason: string }[] = [];
    while (dead.length < 2) {
      await pause();
      dead = (await admin.get('/api/v1/notifications/dead-letters')).body.items;
    }
    expect(dead.map((d) => d.eventType).sort()).toEqual(['user.email_verification_requested', 'user.registered']);
    expect(dead.every((d) => d.attemptsMade === 2 && /ECONNREFUSED|connect/i.test(d.failedReason))).toBe(true);
    expect((await api.as(learner.accessToken).get('/api/v1/notifications/dead-letters')).status).toBe(403);
    const mailbox = (await admin.get(`/api/v1/notifications/mailbox?to=${encodeURIComponent(learner.email)}`)).body.items;
    expect(mailbox.map((m: { status: string }) => m.status)).toEqual(['pending', 'pending']);

    await smtp.start();
    for (const d of dead) expect((await admin.post(`/api/v1/notifications/dead-letters/${encodeURIComponent(d.id)}/retry`)).status).toBe(202);
    expect((await admin.post('/api/v1/notifications/dead-letters/nope/retry')).status).toBe(404);
    await smtp.waitFor(learner.email, /Welcome/);
    await smtp.waitFor(learner.email, /Confirm your email/);
    let left = dead;
    while (left.length) {
      await pause();
      left = (await admin.get('/api/v1/notifications/dead-letters')).body.items;
    }
    expect(smtp.to(learner.email)).toHaveLength(2);
  });
});
