import type { ServiceModule } from '../kit/context.ts';
import { paymentsMigrations } from './migrations.ts';
import { paymentsRoutes } from './routes.ts';
import { grantEnrollment, orderById } from './domain/orders.ts';

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
  },
};
