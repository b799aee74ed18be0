import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import { Mailbox } from '../support/mailbox.ts';
import Stripe from 'stripe';
import { adminToken, signUp, startTestAcademy, type Api, type TestAcademy } from '../support/academy.ts';
import { freePort } from '../support/ports.ts';
import { buildCourse, problem } from './learning-support.ts';

const WEBHOOK_SECRET = 'whsec_test_commerce';

const linkToken = (mail: ParsedMail) => decodeURIComponent(/token=([^\s]+)/.exec(mail.text ?? '')![1]);

describe('commerce: orders, coupons, payments, notifications, password reset', () => {
  let academy: TestAcademy;
  let api: Api;
  let admin: string;
  let smtp: Mailbox;
  let course: { id: string };

  beforeAll(async () => {
    smtp = new Mailbox(await freePort());
    // SMTP is down while the academy starts (the server is started in the first test).
    academy = await startTestAcademy({ env: { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, QUEUE_BACKOFF_MS: '50', QUEUE_ATTEMPTS: '12', STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, PUBLIC_URL: 'https://academy.test' } });
    api = academy.api.at('demo');
    admin = await adminToken(api);
    course = await buildCourse(api, admin, { title: 'Premium course', price: { amount: 4900, currency: 'EUR' } });
  });
  afterAll(async () => {
    await academy?.stop();
    await smtp?.stop();
  });

  let learner: Awaited<ReturnType<typeof signUp>>;

  it('SMTP down: sign-up still succeeds; the mails are sent once when SMTP is back', async () => {
    learner = await signUp(api);
    // The verification mail's first attempt has failed (SMTP refuses connections)…
    for (;;) {
      const row = await academy.ctx.dbs.control('mails').where({ to: learner.email, template: 'email_verification' }).first();
      if (row?.attempts >= 1) {
        expect(row.status).toBe('pending');
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    await smtp.start();
    const verification = await smtp.waitFor(learner.email, /Confirm your email/);
    await smtp.waitFor(learner.email, /Welcome/);
    expect(smtp.to(learner.email, /Confirm your email/)).toHaveLength(1);
    expect(smtp.to(learner.email, /Welcome/)).toHaveLength(1);
    expect(verification.text).toContain('https://academy.test/verify-email?token=');

    // Unverified: learning yes, buying no.
    const as = api.as(learner.accessToken);
    problem(await as.post('/api/v1/orders', { courseId: course.id }), 403, 'email_not_verified');
    expect((await api.post('/api/v1/auth/email/verify', { token: linkToken(verification) })).status).toBe(204);
    problem(await api.post('/api/v1/auth/email/verify', { token: linkToken(verification) }), 400, 'verification_token_invalid');
  });

  it('a learner buys a priced course with a coupon: enrolled once, receipt mailed once', async () => {
    const as = api.as(learner.accessToken);
    problem(await api.as(learner.accessToken).post('/api/v1/coupons', { code: 'HALF', percentOff: 50 }), 403, 'role_required');
    const coupon = await api.as(admin).post('/api/v1/coupons', { code: 'half-off', percentOff: 50, maxRedemptions: 10, courseId: course.id });
    expect(coupon.status).toBe(201);
    problem(await api.as(admin).post('/api/v1/coupons', { code: 'X1Y', percentOff: 5, amountOff: 100 }), 400, 'validation_failed');
    problem(await as.post('/api/v1/orders', { courseId: course.id, couponCode: 'nope' }), 400, 'coupon_invalid');

    const order = await as.post('/api/v1/orders', { courseId: course.id, couponCode: 'HALF-OFF' }, { 'idempotency-key': 'buy-1' });
    expect(order.status).toBe(201);
    expect(order.body).toMatchObject({ status: 'pending', amount: 2450, currency: 'EUR', discount: 2450, couponCode: 'HALF-OFF' });
    // Same key, same body: the same order; another body: 422.
    expect((await as.post('/api/v1/orders', { courseId: course.id, couponCode: 'HALF-OFF' }, { 'idempotency-key': 'buy-1' })).body.id).toBe(order.body.id);
    problem(await as.post('/api/v1/orders', { courseId: course.id }, { 'idempotency-key': 'buy-1' }), 422, 'idempotency_key_reused');

    const paid = await as.post(`/api/v1/orders/${order.body.id}/pay`, {});
    expect(paid.status).toBe(200);
    expect(paid.body.status).toBe('paid');
    expect((await as.post(`/api/v1/orders/${order.body.id}/pay`, {})).body.status).toBe('paid');
    const receipt = await smtp.waitFor(learner.email, /Receipt/);
    expect(receipt.text).toContain('24.50 EUR');
    expect(receipt.text).toContain('HALF-OFF');

    const enrollments = await as.get('/api/v1/me/enrollments');
    expect(enrollments.body.items.filter((e: { courseId: string }) => e.courseId === course.id)).toHaveLength(1);
    // Progress emits course.enrolled in the enrollment's transaction: one mail, though payment enrolls twice (idempotently).
    await smtp.waitFor(learner.email, /You are enrolled: Premium course/);
    const inbox = await as.get('/api/v1/notifications');
    expect(inbox.body.unread).toBeGreaterThanOrEqual(1);
    expect(inbox.body.items.map((n: { kind: string }) => n.kind)).toContain('payment_receipt');
    expect((await api.as(admin).get('/api/v1/payments/orders?status=paid')).body.items.map((o: { id: string }) => o.id)).toContain(order.body.id);

    // Refund: the entitlement (the enrollment) goes.
    expect((await api.as(admin).post(`/api/v1/payments/orders/${order.body.id}/refund`)).body.status).toBe('refunded');
    expect((await as.get('/api/v1/me/enrollments')).body.items.filter((e: { courseId: string }) => e.courseId === course.id)).toHaveLength(0);
    // Only one receipt, ever (the handler ran once per event; a retry would find the mail sent).
    expect(smtp.to(learner.email, /Receipt/)).toHaveLength(1);
    expect(smtp.to(learner.email, /You are enrolled/)).toHaveLength(1);
  });

  it('the same Idempotency-Key sent concurrently makes one order; a coupon at its limit is never over-redeemed by 20 buyers', async () => {
    const as = api.as(learner.accessToken);
    const same = await Promise.all(Array.from({ length: 8 }, () => as.post('/api/v1/orders', { courseId: course.id }, { 'idempotency-key': 'race-1' })));
    expect(new Set(same.map((r) => r.body.id)).size).toBe(1);
    expect(same.filter((r) => r.status === 201)).toHaveLength(1);

    await api.as(admin).post('/api/v1/coupons', { code: 'LIMITED', amountOff: 1000, currency: 'EUR', maxRedemptions: 5 });
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => as.post('/api/v1/orders', { courseId: course.id, couponCode: 'LIMITED' }, { 'idempotency-key': `limited-${i}` })));
    expect(results.filter((r) => r.status === 201)).toHaveLength(5);
    expect(results.filter((r) => r.status === 400).every((r) => r.body.code === 'coupon_invalid')).toBe(true);
    expect(await academy.ctx.dbs.control('coupons').where({ code: 'LIMITED' }).first('redeemed')).toEqual({ redeemed: 5 });
  });

  it('Stripe webhook: a bad signature is 400 and changes nothing; the same event twice has one effect', async () => {
    const as = api.as(learner.accessToken);
    const order = (await as.post('/api/v1/orders', { courseId: course.id })).body;
    const event = {
      id: 'evt_test_1', object: 'event', type: 'checkout.session.completed',
      data: { object: { id: 'cs_test_1', object: 'checkout.session', client_reference_id: order.id, metadata: { orderId: order.id, tenantId: academy.ctx.dbs ? (await academy.ctx.dbs.control('tenants').where({ slug: 'demo' }).first()).id : '' }, payment_status: 'paid', payment_intent: 'pi_1' } },
    };
    const payload = JSON.stringify(event);
    const stripe = new Stripe('sk_test_unused');
    const post = (signature: string) => api.request('POST', '/api/v1/payments/webhooks/stripe', payload, { 'stripe-signature': signature });

    const bad = stripe.webhooks.generateTestHeaderString({ payload, secret: 'whsec_wrong' });
    problem(await post(bad), 400, 'webhook_signature_invalid');
    problem(await api.request('POST', '/api/v1/payments/webhooks/stripe', payload), 400, 'webhook_signature_invalid');
    expect((await as.get(`/api/v1/orders/${order.id}`)).body.status).toBe('pending');

    const good = stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
    const [a, b] = [await post(good), await post(good)];
    expect([a.body.duplicate, b.body.duplicate]).toEqual([false, true]);
    expect((await as.get(`/api/v1/orders/${order.id}`)).body.status).toBe('paid');
    await smtp.waitFor(learner.email, /Receipt/);
    const enrolled = (await as.get('/api/v1/me/enrollments')).body.items.filter((e: { courseId: string }) => e.courseId === course.id);
    expect(enrolled).toHaveLength(1);
  });

  it('a forgotten password is reset through the mailed link: single use, sessions revoked', async () => {
    const unknown = await api.post('/api/v1/auth/password/forgot', { email: 'nobody@example.com' });
    const known = await api.post('/api/v1/auth/password/forgot', { email: learner.email.toUpperCase() });
    expect([unknown.status, known.status]).toEqual([202, 202]);
    expect(unknown.body).toEqual(known.body);
    const mail = await smtp.waitFor(learner.email, /Reset your password/);
    const token = linkToken(mail);
    expect(mail.text).toContain('https://academy.test/reset-password?token=');

    problem(await api.post('/api/v1/auth/password/reset', { token: token + 'x', password: 'a brand new password' }), 400, 'reset_token_invalid');
    expect((await api.post('/api/v1/auth/password/reset', { token, password: 'a brand new password' })).status).toBe(204);
    problem(await api.post('/api/v1/auth/password/reset', { token, password: 'another new password' }), 400, 'reset_token_invalid');
    expect((await api.post('/api/v1/auth/refresh', { refreshToken: learner.refreshToken })).status).toBe(401);
    expect((await api.post('/api/v1/auth/login', { email: learner.email, password: learner.password })).status).toBe(401);
    expect((await api.post('/api/v1/auth/login', { email: learner.email, password: 'a brand new password' })).status).toBe(200);
    expect(smtp.to(learner.email, /Reset your password/)).toHaveLength(1);
  });
});
