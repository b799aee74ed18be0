import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { adminToken, signUp, startTestAcademy, type Api, type TestAcademy } from '../support/academy.ts';
import { buildCourse, problem } from './learning-support.ts';

/**
 * What happens to an order after it is made: a pending order that is never paid expires and gives
 * its coupon redemption back (once, however often the event is delivered); a refunded Stripe order
 * returns the money through Stripe's Refund API (once, by idempotency key, also when the first
 * call fails). Stripe's API is a stand-in HTTP server here (no network; stripe-mock is not
 * installable) that records what the official client sends it.
 */
interface StripeCall { method: string; path: string; idempotencyKey?: string; form: URLSearchParams }

class StripeStandIn {
  readonly calls: StripeCall[] = [];
  /** Answer the next N refund calls with 500 (Stripe's client retries, then the queue does). */
  failRefunds = 0;
  private server!: Server;
  url = '';

  async start() {
    this.server = createServer(async (req, res) => {
      const form = new URLSearchParams(await body(req));
      this.calls.push({ method: req.method!, path: req.url!, idempotencyKey: req.headers['idempotency-key'] as string | undefined, form });
      const send = (status: number, json: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_${this.calls.length}` });
        res.end(JSON.stringify(json));
      };
      if (req.url === '/v1/checkout/sessions') return send(200, { id: `cs_test_${this.calls.length}`, object: 'checkout.session', url: `https://checkout.test/${this.calls.length}` });
      if (req.url === '/v1/refunds') {
        if (this.failRefunds > 0) {
          this.failRefunds--;
          return send(500, { error: { type: 'api_error', message: 'stand-in outage' } });
        }
        return send(200, { id: 're_test_1', object: 'refund', status: 'succeeded', payment_intent: form.get('payment_intent') });
      }
      send(404, { error: { type: 'invalid_request_error', message: `no route ${req.url}` } });
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
  stop() {
    return new Promise((r) => this.server.close(r));
  }
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (c) => (data += c)).on('end', () => resolve(data));
  });
}

const WEBHOOK_SECRET = 'whsec_test_lifecycle';
const HOLD_SECONDS = 2;

async function until<T>(what: string, f: () => Promise<T | undefined | false>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('orders after they are made: expiry of abandoned orders, refunds through Stripe', () => {
  let academy: TestAcademy;
  let api: Api;
  let admin: string;
  let course: { id: string };
  let tenantId: string;
  const stripe = new StripeStandIn();

  beforeAll(async () => {
    await stripe.start();
    academy = await startTestAcademy({
      physicalShards: 2,
      env: {
        PAYMENT_PROVIDER: 'stripe', STRIPE_SECRET_KEY: 'sk_test_lifecycle', STRIPE_API_URL: stripe.url, STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
        ORDER_HOLD_SECONDS: String(HOLD_SECONDS), ORDER_SWEEP_MS: '200', QUEUE_BACKOFF_MS: '50',
      },
    });
    api = academy.api.at('demo');
    admin = await adminToken(api);
    course = await buildCourse(api, admin, { title: 'Priced course', price: { amount: 3000, currency: 'EUR' } });
    tenantId = (await academy.ctx.dbs.control('tenants').where({ slug: 'demo' }).first()).id;
  });
  afterAll(async () => {
    await academy?.stop();
    await stripe.stop();
  });

  /** A signed-up learner whose address is verified (a row, as the mailed link's route writes it). */
  async function buyer() {
    const learner = await signUp(api);
    await academy.ctx.dbs.primaryFor(learner.id)('email_verifications').insert({ tenant_id: tenantId, user_id: learner.id, email: learner.email });
    return { ...learner, as: api.as(learner.accessToken) };
  }

  const redeemed = async (code: string) => (await academy.ctx.dbs.control('coupons').where({ tenant_id: tenantId, code }).first('redeemed')).redeemed;

  it('an unpaid order expires after its hold and gives its coupon back; it can no longer be paid', async () => {
    await api.as(admin).post('/api/v1/coupons', { code: 'ONLY-ONE', percentOff: 20, maxRedemptions: 1 });
    const first = await buyer();
    const order = await first.as.post('/api/v1/orders', { courseId: course.id, couponCode: 'ONLY-ONE' });
    expect(order.status).toBe(201);
    expect(Date.parse(order.body.expiresAt) - Date.parse(order.body.createdAt)).toBe(HOLD_SECONDS * 1000);
    expect(await redeemed('ONLY-ONE')).toBe(1);
    const second = await buyer();
    problem(await second.as.post('/api/v1/orders', { courseId: course.id, couponCode: 'ONLY-ONE' }), 400, 'coupon_invalid');

    // The sweep expires it; the order.expired consumer gives the redemption back.
    await until('the order to expire', async () => (await first.as.get(`/api/v1/orders/${order.body.id}`)).body.status === 'expired');
    await until('the redemption to come back', async () => (await redeemed('ONLY-ONE')) === 0);
    problem(await first.as.post(`/api/v1/orders/${order.body.id}/pay`, {}), 409, 'order_not_payable');
    const again = await second.as.post('/api/v1/orders', { courseId: course.id, couponCode: 'ONLY-ONE' });
    expect(again.status).toBe(201);
    expect(await redeemed('ONLY-ONE')).toBe(1);
  });

  it('gives a redemption back once per order, however often the event is delivered', async () => {
    await api.as(admin).post('/api/v1/coupons', { code: 'TWICE-SENT', percentOff: 10, maxRedemptions: 3 });
    const learner = await buyer();
    const order = await learner.as.post('/api/v1/orders', { courseId: course.id, couponCode: 'TWICE-SENT' });
    await until('the order to expire', async () => (await learner.as.get(`/api/v1/orders/${order.body.id}`)).body.status === 'expired');
    await until('the redemption to come back', async () => (await redeemed('TWICE-SENT')) === 0);
    // A redelivery of the same event (at-least-once delivery) changes nothing.
    const { releaseCouponOf } = await import('../../services/payments/domain/coupons.ts');
    const coupon = await academy.ctx.dbs.control('coupons').where({ tenant_id: tenantId, code: 'TWICE-SENT' }).first();
    expect(await releaseCouponOf(academy.ctx.dbs.control, tenantId, coupon.id, order.body.id)).toBe(false);
    expect(await redeemed('TWICE-SENT')).toBe(0);
  });

  it('a Stripe checkout holds the order as long as its session lives (Stripe takes no payment after it)', async () => {
    const learner = await buyer();
    const order = (await learner.as.post('/api/v1/orders', { courseId: course.id })).body;
    const pay = await learner.as.post(`/api/v1/orders/${order.id}/pay`, {});
    expect(pay.status).toBe(200);
    expect(pay.body.checkoutUrl).toMatch(/^https:\/\/checkout\.test\//);
    const call = stripe.calls.filter((c) => c.path === '/v1/checkout/sessions').at(-1)!;
    expect(call.idempotencyKey).toBe(`checkout:${order.id}`);
    const sessionExpiry = Number(call.form.get('expires_at'));
    expect(sessionExpiry - Date.now() / 1000).toBeGreaterThan(30 * 60);
    await new Promise((r) => setTimeout(r, HOLD_SECONDS * 1000 + 500)); // past the plain hold, several sweeps
    const now = (await learner.as.get(`/api/v1/orders/${order.id}`)).body;
    expect(now.status).toBe('pending');
    expect(Date.parse(now.expiresAt) / 1000).toBe(sessionExpiry);
  });

  it('a refunded Stripe order is refunded at Stripe once, by idempotency key, also when Stripe first fails', async () => {
    const learner = await buyer();
    const order = (await learner.as.post('/api/v1/orders', { courseId: course.id })).body;
    expect((await learner.as.post(`/api/v1/orders/${order.id}/pay`, {})).status).toBe(200);
    const event = {
      id: `evt_paid_${order.id}`, object: 'event', type: 'checkout.session.completed',
      data: { object: { id: 'cs_paid', object: 'checkout.session', client_reference_id: order.id, metadata: { orderId: order.id, tenantId }, payment_status: 'paid', payment_intent: 'pi_lifecycle_42' } },
    };
    const payload = JSON.stringify(event);
    const signature = new Stripe('sk_test_unused').webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
    expect((await api.request('POST', '/api/v1/payments/webhooks/stripe', payload, { 'stripe-signature': signature })).status).toBe(200);
    expect((await learner.as.get(`/api/v1/orders/${order.id}`)).body.status).toBe('paid');

    // Stripe answers 500 to the client's first three tries (one call and its two network retries):
    // the job fails, the queue retries it, and the refund goes through with the same key.
    stripe.failRefunds = 3;
    const refunded = await api.as(admin).post(`/api/v1/payments/orders/${order.id}/refund`);
    expect(refunded.body.status).toBe('refunded');
    await until('a successful refund at Stripe', async () => stripe.failRefunds === 0 && stripe.calls.filter((c) => c.path === '/v1/refunds').length >= 4);
    await new Promise((r) => setTimeout(r, 500)); // nothing more arrives
    const refunds = stripe.calls.filter((c) => c.path === '/v1/refunds');
    expect(refunds).toHaveLength(4);
    expect(new Set(refunds.map((c) => c.idempotencyKey))).toEqual(new Set([`refund:${order.id}`]));
    expect(refunds.every((c) => c.form.get('payment_intent') === 'pi_lifecycle_42')).toBe(true);
    // A second refund request changes nothing and calls Stripe no more.
    expect((await api.as(admin).post(`/api/v1/payments/orders/${order.id}/refund`)).body.status).toBe('refunded');
    await new Promise((r) => setTimeout(r, 300));
    expect(stripe.calls.filter((c) => c.path === '/v1/refunds')).toHaveLength(4);
  });

  it('a late Stripe confirmation of an expired order is honoured: the money was taken', async () => {
    const learner = await buyer();
    const order = (await learner.as.post('/api/v1/orders', { courseId: course.id })).body;
    await until('the order to expire', async () => (await learner.as.get(`/api/v1/orders/${order.id}`)).body.status === 'expired');
    const payload = JSON.stringify({
      id: `evt_late_${order.id}`, object: 'event', type: 'checkout.session.completed',
      data: { object: { id: 'cs_late', object: 'checkout.session', client_reference_id: order.id, metadata: { orderId: order.id, tenantId }, payment_status: 'paid', payment_intent: 'pi_late' } },
    });
    const signature = new Stripe('sk_test_unused').webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
    expect((await api.request('POST', '/api/v1/payments/webhooks/stripe', payload, { 'stripe-signature': signature })).status).toBe(200);
    expect((await learner.as.get(`/api/v1/orders/${order.id}`)).body.status).toBe('paid');
    await until('the enrollment', async () => (await learner.as.get('/api/v1/me/enrollments')).body.items.some((e: { courseId: string }) => e.courseId === course.id));
  });
});
