import type { ServiceModule } from '../kit/context.ts';
import { every } from '../kit/every.ts';
import { paymentsMigrations } from './migrations.ts';
import { paymentsRoutes } from './routes.ts';
import { expireOrders, grantEnrollment, orderById } from './domain/orders.ts';
import { releaseCouponOf } from './domain/coupons.ts';
import { refundAtStripe } from './domain/stripe.ts';

/**
 * Orders (in the buyer's shard), payment through a provider port (offline, Stripe Checkout),
 * coupons, refunds. A paid order's enrollment is made at once and again from its own `order.paid`
 * event, so a crash between the payment and the enrollment still enrolls (once: enrolling is
 * idempotent). docs/commerce.md.
 */
export const paymentsService: ServiceModule = {
  name: 'payments',
  prefixes: ['/orders', '/coupons', '/payments'],
  migrations: paymentsMigrations,
  routes: paymentsRoutes,
  consumes: {
    'order.paid': async (event, ctx) => {
      const order = await orderById(ctx, event.tenantId, event.data.orderId);
      if (order?.status === 'paid') await grantEnrollment(ctx, order);
    },
    'order.refunded': async (event, ctx) => {
      const order = await orderById(ctx, event.tenantId, event.data.orderId);
      if (order?.status === 'refunded') await refundAtStripe(ctx, order);
    },
    'order.expired': async (event, ctx) => {
      if (event.data.couponId) await releaseCouponOf(ctx.dbs.control, event.tenantId, event.data.couponId, event.data.orderId);
    },
  },
  /** The sweep of abandoned orders: every ORDER_SWEEP_MS in each payments process (idempotent across pods). */
  async start(ctx) {
    return every(ctx.config.ORDER_SWEEP_MS, 'expiring abandoned orders', () => expireOrders(ctx), { log: ctx.logger });
  },
};
