import { z } from 'zod';
import type { RouteBook } from '../kit/routes.ts';
import type { ServiceContext } from '../kit/context.ts';
import { fail, Forbidden, NotFound } from '../kit/errors.ts';
import { createOrder, markPaid, orderById, refundOrder, type OrderRow } from './domain/orders.ts';
import { createCoupon } from './domain/coupons.ts';
import { createCheckout, handleStripeWebhook } from './domain/stripe.ts';
import { presentCoupon, presentOrder } from './presenters.ts';
import { CouponSchema, CreateCouponSchema, CreateOrderSchema, IdempotencyHeader, OrderIdParams, OrderSchema, PaySchema } from './schemas.ts';

const PRIVATE = { 'cache-control': 'private, no-store' };
const Orders = z.object({ items: z.array(OrderSchema) });

/** Orders, payment (offline or Stripe Checkout), the Stripe webhook, coupons, refunds. */
export function paymentsRoutes(book: RouteBook, ctx: ServiceContext) {
  const tags = ['payments'];
  const idempotencyKey = (req: { get(name: string): string | undefined }) => req.get('idempotency-key') || undefined;

  const ownOrder = async (tenantId: string, userId: string, id: string): Promise<OrderRow> => {
    const order = await orderById(ctx, tenantId, id);
    if (!order || order.user_id !== userId) throw NotFound('No such order', 'order_not_found');
    return order;
  };

  book.add(
    {
      method: 'post', path: '/orders', summary: 'Order a priced course, with an optional coupon (verified email required)', tags, access: 'user',
      body: CreateOrderSchema, headers: IdempotencyHeader,
      responses: {
        201: { description: 'Created, pending payment', schema: OrderSchema },
        200: { description: 'The order this Idempotency-Key created before', schema: OrderSchema },
        400: { description: 'coupon_invalid, course_not_priced' },
        403: { description: 'email_not_verified' },
        404: { description: 'course_not_found' },
        422: { description: 'idempotency_key_reused' },
      },
      errors: ['coupon_invalid', 'course_not_priced', 'email_not_verified', 'course_not_found', 'idempotency_key_reused'],
    },
    async ({ tenant, auth, body, req }) => {
      const { order, created } = await createOrder(ctx, { tenant, userId: auth.userId, courseId: body.courseId, couponCode: body.couponCode, idempotencyKey: idempotencyKey(req) });
      return { status: created ? 201 : 200, body: presentOrder(order), headers: PRIVATE };
    },
  );

  book.add(
    {
      method: 'post', path: '/orders/:id/pay', summary: 'Pay an order: offline in development/test completes it; stripe answers a Checkout URL', tags, access: 'user',
      params: OrderIdParams, body: PaySchema, headers: IdempotencyHeader,
      responses: {
        200: { description: 'The order (paid, or pending with checkoutUrl)', schema: OrderSchema },
        403: { description: 'offline provider in production: an admin marks it paid' },
        404: { description: 'order_not_found' },
        409: { description: 'order_not_payable' },
      },
      errors: ['order_not_found', 'order_not_payable', 'forbidden', 'payments_unavailable'],
    },
    async ({ tenant, auth, params }) => {
      // Paying is idempotent by the order's state: a second call (same key or not) never charges twice.
      const order = await ownOrder(tenant.id, auth.userId, params.id);
      if (order.status === 'paid') return { body: presentOrder(order), headers: PRIVATE };
      if (order.status !== 'pending') throw fail('order_not_payable', `The order is ${order.status}`);
      if (order.provider === 'stripe') return { body: presentOrder(order, { checkoutUrl: await createCheckout(ctx, order) }), headers: PRIVATE };
      if (ctx.config.NODE_ENV === 'production') throw Forbidden('Offline payments are confirmed by an admin', 'forbidden');
      const { order: paid } = await markPaid(ctx, tenant.id, order.id, 'offline');
      return { body: presentOrder(paid), headers: PRIVATE };
    },
  );

  book.add(
    {
      method: 'get', path: '/orders', summary: 'My orders, newest first', tags, access: 'user',
      responses: { 200: { description: 'Orders', schema: Orders } },
    },
    async ({ tenant, auth }) => {
      const rows: OrderRow[] = await ctx.dbs.primaryFor(auth.userId)('orders').where({ tenant_id: tenant.id, user_id: auth.userId }).orderBy('created_at', 'desc').limit(200);
      return { body: { items: rows.map((o) => presentOrder(o)) }, headers: PRIVATE };
    },
  );

  book.add(
    {
      method: 'get', path: '/orders/:id', summary: 'One of my orders: its receipt once paid', tags, access: 'user', params: OrderIdParams,
      responses: { 200: { description: 'The order', schema: OrderSchema }, 404: { description: 'order_not_found' } },
      errors: ['order_not_found'],
    },
    async ({ tenant, auth, params }) => ({ body: presentOrder(await ownOrder(tenant.id, auth.userId, params.id)), headers: PRIVATE }),
  );

  book.add(
    {
      method: 'post', path: '/payments/webhooks/stripe', summary: 'Stripe webhook (signature verified; a redelivery changes nothing)', tags, access: 'public',
      headers: { 'Stripe-Signature': z.string().optional().describe('Checked against STRIPE_WEBHOOK_SECRET') },
      body: z.looseObject({}),
      responses: { 200: { description: 'Received', schema: z.object({ received: z.literal(true), duplicate: z.boolean() }) }, 400: { description: 'webhook_signature_invalid' } },
      errors: ['webhook_signature_invalid', 'payments_unavailable'],
    },
    async ({ req, res }) => {
      const r = await handleStripeWebhook(ctx, res.locals.rawBody, req.get('stripe-signature'));
      return { body: { received: true as const, duplicate: r.duplicate } };
    },
  );

  book.add(
    {
      method: 'post', path: '/coupons', summary: 'Create a coupon: percent or fixed amount, optional expiry, maximum redemptions and course', tags, access: ['admin'],
      body: CreateCouponSchema,
      responses: { 201: { description: 'Created', schema: CouponSchema }, 409: { description: 'coupon_code_taken' } },
      errors: ['coupon_code_taken'],
    },
    async ({ tenant, body }) => ({ status: 201, body: presentCoupon(await createCoupon(ctx.dbs.control, tenant.id, body)) }),
  );

  book.add(
    {
      method: 'get', path: '/payments/orders', summary: "Every learner's orders (admins), newest first, from every shard", tags, access: ['admin'],
      query: z.object({ status: z.enum(['pending', 'paid', 'refunded', 'expired']).optional() }),
      responses: { 200: { description: 'Orders', schema: Orders } },
    },
    async ({ tenant, query }) => {
      const per = await Promise.all(
        ctx.dbs.clusters().map((c) => {
          const q = c.primary('orders').where({ tenant_id: tenant.id }).orderBy('created_at', 'desc').limit(200);
          if (query.status) q.where({ status: query.status });
          return q as Promise<OrderRow[]>;
        }),
      );
      const items = per.flat().sort((a, b) => +new Date(b.created_at) - +new Date(a.created_at)).slice(0, 200);
      return { body: { items: items.map((o) => presentOrder(o)) }, headers: PRIVATE };
    },
  );

  book.add(
    {
      method: 'post', path: '/payments/orders/:id/mark-paid', summary: 'Confirm an offline payment (admins): the buyer is enrolled once', tags, access: ['admin'], params: OrderIdParams,
      responses: { 200: { description: 'Paid', schema: OrderSchema }, 404: { description: 'order_not_found' }, 409: { description: 'order_not_payable' } },
      errors: ['order_not_found', 'order_not_payable'],
    },
    async ({ tenant, params }) => {
      if (!ctx.dbs.owns(params.id)) throw NotFound('No such order', 'order_not_found');
      return { body: presentOrder((await markPaid(ctx, tenant.id, params.id, 'offline-admin', { moneyTaken: true })).order) };
    },
  );

  book.add(
    {
      method: 'post', path: '/payments/orders/:id/refund', summary: 'Refund a paid order (admins): the enrollment it bought is revoked', tags, access: ['admin'], params: OrderIdParams,
      responses: { 200: { description: 'Refunded', schema: OrderSchema }, 404: { description: 'order_not_found' }, 409: { description: 'order_not_refundable' } },
      errors: ['order_not_found', 'order_not_refundable'],
    },
    async ({ tenant, params }) => ({ body: presentOrder(await refundOrder(ctx, tenant.id, params.id)) }),
  );
}
