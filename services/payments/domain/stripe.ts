import Stripe from 'stripe';
import type { ServiceContext } from '../../kit/context.ts';
import { BadRequest, fail } from '../../kit/errors.ts';
import { markPaid, type OrderRow } from './orders.ts';

/** The stripe provider: Checkout Sessions out, signed webhooks in (the official package for both). */
export function stripeClient(ctx: ServiceContext): Stripe {
  return ctx.instances.of(() => {
    const api = ctx.config.STRIPE_API_URL ? new URL(ctx.config.STRIPE_API_URL) : undefined;
    const at = api && { host: api.hostname, port: Number(api.port || (api.protocol === 'https:' ? 443 : 80)), protocol: api.protocol.replace(':', '') as 'http' | 'https' };
    return new Stripe(ctx.config.STRIPE_SECRET_KEY ?? 'sk_test_unset', { ...at, maxNetworkRetries: 2 });
  }, stripeClient);
}

/** Stripe's bounds on a Checkout Session's expiry: 30 minutes to 24 hours from its creation. */
const SESSION_MIN_S = 31 * 60;
const SESSION_MAX_S = 24 * 3600 - 60;

/**
 * The session expires when the order's hold ends (within Stripe's bounds), and the order's hold is
 * extended to the session's expiry: Stripe takes no payment after it, so the sweep never expires an
 * order Stripe could still complete.
 */
function sessionExpiry(order: OrderRow, nowS = Math.floor(Date.now() / 1000)): number {
  const holdS = order.expires_at ? Math.floor(new Date(order.expires_at).getTime() / 1000) : nowS;
  return Math.min(nowS + SESSION_MAX_S, Math.max(nowS + SESSION_MIN_S, holdS));
}

export async function createCheckout(ctx: ServiceContext, order: OrderRow): Promise<string> {
  if (!ctx.config.STRIPE_SECRET_KEY) throw fail('payments_unavailable', 'STRIPE_SECRET_KEY is not set');
  const base = ctx.config.PUBLIC_URL.replace(/\/$/, '');
  const expiresAt = sessionExpiry(order);
  // Extend the hold first: a crash after creating the session must not leave a payable session on an order the sweep expires.
  await ctx.dbs.primaryFor(order.id)('orders').where({ id: order.id, status: 'pending' }).update({ expires_at: new Date(expiresAt * 1000) });
  const session = await stripeClient(ctx).checkout.sessions.create(
    {
      mode: 'payment',
      client_reference_id: order.id,
      metadata: { orderId: order.id, tenantId: order.tenant_id },
      line_items: [{ quantity: 1, price_data: { currency: order.currency.toLowerCase(), unit_amount: order.amount, product_data: { name: order.course_title } } }],
      expires_at: expiresAt,
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
    if (orderId && tenantId && ctx.dbs.owns(orderId) && session.payment_status === 'paid') await markPaid(ctx, tenantId, orderId, String(session.payment_intent ?? session.id), { moneyTaken: true });
  }
  // Remembered after the effect: a crash in between is a redelivery, and markPaid is idempotent.
  const [first] = await ctx.dbs.control('payment_webhook_events').insert({ provider: 'stripe', event_id: event.id }).onConflict(['provider', 'event_id']).ignore().returning('event_id');
  return { duplicate: !first };
}

/**
 * Returns a refunded order's money through Stripe's Refund API (from payments' consumer of
 * `order.refunded`): the idempotency key `refund:<order id>` makes a redelivered event or a retried
 * job one refund at Stripe. A failure throws, so the queue retries it with backoff and finally
 * keeps it in the dead-letter list for an admin.
 */
export async function refundAtStripe(ctx: ServiceContext, order: OrderRow): Promise<void> {
  if (order.provider !== 'stripe' || !order.provider_ref?.startsWith('pi_')) return;
  if (!ctx.config.STRIPE_SECRET_KEY) throw fail('payments_unavailable', 'STRIPE_SECRET_KEY is not set');
  await stripeClient(ctx).refunds.create({ payment_intent: order.provider_ref, metadata: { orderId: order.id, tenantId: order.tenant_id } }, { idempotencyKey: `refund:${order.id}` });
}
