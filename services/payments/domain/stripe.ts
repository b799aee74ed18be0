import Stripe from 'stripe';
import type { ServiceContext } from '../../kit/context.ts';
import { BadRequest, fail } from '../../kit/errors.ts';
import { markPaid, type OrderRow } from './orders.ts';

/** The stripe provider: Checkout Sessions out, signed webhooks in (the official package for both). */
export function stripeClient(ctx: ServiceContext): Stripe {
  return ctx.instances.of(() => new Stripe(ctx.config.STRIPE_SECRET_KEY ?? 'sk_test_unset'), stripeClient);
}

export async function createCheckout(ctx: ServiceContext, order: OrderRow): Promise<string> {
  if (!ctx.config.STRIPE_SECRET_KEY) throw fail('payments_unavailable', 'STRIPE_SECRET_KEY is not set');
  const base = ctx.config.PUBLIC_URL.replace(/\/$/, '');
  const session = await stripeClient(ctx).checkout.sessions.create(
    {
      mode: 'payment',
      client_reference_id: order.id,
      metadata: { orderId: order.id, tenantId: order.tenant_id },
      line_items: [{ quantity: 1, price_data: { currency: order.currency.toLowerCase(), unit_amount: order.amount, product_data: { name: order.course_title } } }],
      success_url: `${base}/orders/${order.id}?paid=1`,
      cancel_url: `${base}/orders/${order.id}`,
    },
    { idempotencyKey: `checkout:${order.id}` },
  );
  return session.url!;
}

/**
 * A Stripe webhook: the signature is checked over the raw body first (a bad one changes nothing);
 * a delivery seen before (by Stripe's event id) is answered and ignored; `checkout.session.completed`
 * marks its order paid (once: markPaid is conditional).
 */
export async function handleStripeWebhook(ctx: ServiceContext, rawBody: Buffer | undefined, signature: string | undefined): Promise<{ duplicate: boolean }> {
  const secret = ctx.config.STRIPE_WEBHOOK_SECRET;
  if (!secret) throw fail('payments_unavailable', 'STRIPE_WEBHOOK_SECRET is not set');
  let event: Stripe.Event;
  try {
    event = stripeClient(ctx).webhooks.constructEvent(rawBody ?? Buffer.alloc(0), signature ?? '', secret);
  } catch {
    throw BadRequest('The Stripe-Signature does not verify', 'webhook_signature_invalid', { field: 'Stripe-Signature' });
  }
  if (event.type === 'checkout.session.completed') {
    const session = event.data.object as Stripe.Checkout.Session;
    const orderId = session.metadata?.orderId ?? session.client_reference_id;
    const tenantId = session.metadata?.tenantId;
    if (orderId && tenantId && ctx.dbs.owns(orderId) && session.payment_status === 'paid') await markPaid(ctx, tenantId, orderId, String(session.payment_intent ?? session.id));
  }
  // Remembered after the effect: a crash in between is a redelivery, and markPaid is idempotent.
  const [first] = await ctx.dbs.control('payment_webhook_events').insert({ provider: 'stripe', event_id: event.id }).onConflict(['provider', 'event_id']).ignore().returning('event_id');
  return { duplicate: !first };
}
