import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { ServiceContext } from '../../kit/context.ts';
import { newId, shardOfId } from '../../kit/db/ids.ts';
import { BadRequest, fail, Forbidden, NotFound } from '../../kit/errors.ts';
import type { Tenant } from '../../kit/tenancy.ts';
import { enrollLearner, learningDeps, revokeEnrollment } from '../../progress/api.ts';
import { isEmailVerified } from '../../auth/api.ts';
import { discountFor, redeemCoupon, releaseCoupon } from './coupons.ts';

export interface OrderRow {
  id: string;
  tenant_id: string;
  user_id: string;
  course_id: string;
  course_title: string;
  list_amount: number;
  discount: number;
  amount: number;
  currency: string;
  coupon_id: string | null;
  coupon_code: string | null;
  status: 'pending' | 'paid' | 'refunded' | 'expired';
  provider: string;
  provider_ref: string | null;
  idempotency_key: string | null;
  request_hash: string | null;
  created_at: Date;
  paid_at: Date | null;
  refunded_at: Date | null;
  expires_at: Date | null;
}

const hashRequest = (body: unknown) => createHash('sha256').update(JSON.stringify(body)).digest('hex');

function sameRequestOrFail(row: OrderRow, hash: string): OrderRow {
  if (row.request_hash !== hash) throw fail('idempotency_key_reused', 'This Idempotency-Key was sent with a different request', { field: 'Idempotency-Key' });
  return row;
}

export async function orderById(ctx: ServiceContext, tenantId: string, id: string): Promise<OrderRow | undefined> {
  if (!ctx.dbs.owns(id)) return undefined;
  return ctx.dbs.primaryFor(id)('orders').where({ tenant_id: tenantId, id }).first();
}

/**
 * Creates an order for a priced course. With an Idempotency-Key, the same key and body give the
 * same order (also when sent concurrently: the unique key lets one insert win and the others read
 * it), and the same key with another body is a 422. A coupon redemption is taken before the insert
 * and given back when this call's insert is not the one that won.
 */
export async function createOrder(
  ctx: ServiceContext,
  p: { tenant: Tenant; userId: string; courseId: string; couponCode?: string; idempotencyKey?: string },
): Promise<{ order: OrderRow; created: boolean }> {
  const db = ctx.dbs.primaryFor(p.userId);
  const hash = hashRequest({ courseId: p.courseId, couponCode: p.couponCode?.toUpperCase() ?? null });
  const byKey = () => db('orders').where({ tenant_id: p.tenant.id, user_id: p.userId, idempotency_key: p.idempotencyKey }).first() as Promise<OrderRow | undefined>;
  if (p.idempotencyKey) {
    const existing = await byKey();
    if (existing) return { order: sameRequestOrFail(existing, hash), created: false };
  }
  if (!(await isEmailVerified(ctx.dbs, p.tenant.id, p.userId))) {
    throw Forbidden('Verify your email address (see the mail we sent) before buying', 'email_not_verified');
  }
  const deps = learningDeps(ctx);
  const outline = await deps.catalog.outline(p.tenant.id, p.courseId);
  if (!outline) throw NotFound('No such course', 'course_not_found');
  if (!outline.price) throw BadRequest('This course is free: enroll without an order', 'course_not_priced', { field: 'courseId' });
  let coupon = null;
  let discount = 0;
  if (p.couponCode) {
    coupon = await redeemCoupon(ctx.dbs.control, p.tenant.id, p.couponCode, p.courseId);
    if (!coupon) throw BadRequest('The coupon does not exist, has expired, is used up or is for another course', 'coupon_invalid', { field: 'couponCode' });
    try {
      discount = discountFor(coupon, outline.price.amount, outline.price.currency);
    } catch (err) {
      await releaseCoupon(ctx.dbs.control, p.tenant.id, coupon.id);
      throw err;
    }
  }
  const row = {
    id: newId(shardOfId(p.userId)), tenant_id: p.tenant.id, user_id: p.userId, course_id: p.courseId, course_title: outline.title,
    list_amount: outline.price.amount, discount, amount: outline.price.amount - discount, currency: outline.price.currency,
    coupon_id: coupon?.id ?? null, coupon_code: coupon?.code ?? null, provider: ctx.config.PAYMENT_PROVIDER,
    idempotency_key: p.idempotencyKey ?? null, request_hash: p.idempotencyKey ? hash : null,
    expires_at: db.raw('now() + make_interval(secs => ?)', [ctx.config.ORDER_HOLD_SECONDS]),
  };
  let inserted: OrderRow | undefined;
  try {
    [inserted] = await db('orders').insert(row).onConflict(['tenant_id', 'user_id', 'idempotency_key']).ignore().returning('*');
  } catch (err) {
    if (coupon) await releaseCoupon(ctx.dbs.control, p.tenant.id, coupon.id);
    throw err;
  }
  if (inserted) return { order: inserted, created: true };
  // Another request with the same key won the insert.
  if (coupon) await releaseCoupon(ctx.dbs.control, p.tenant.id, coupon.id);
  return { order: sameRequestOrFail((await byKey())!, hash), created: false };
}

/**
 * Marks a pending order paid — once: a conditional UPDATE, and the `order.paid` event in the same
 * transaction. Every later call (a webhook delivered twice, a second pay) finds it paid and changes
 * nothing. The enrollment follows from the event (payments consumes its own `order.paid`, and
 * enrolling is idempotent); it is also made here at once so the buyer can start right away.
 *
 * An expired order is paid only when the money has already been taken (`moneyTaken`: a provider's
 * confirmation arriving late); the buyer gets what they paid for, at the price they paid.
 */
export async function markPaid(
  ctx: ServiceContext, tenantId: string, orderId: string, providerRef?: string, opts: { moneyTaken?: boolean } = {},
): Promise<{ order: OrderRow; changed: boolean }> {
  const db = ctx.dbs.primaryFor(orderId);
  const payable = opts.moneyTaken ? ['pending', 'expired'] : ['pending'];
  const paid = await db.transaction(async (trx) => {
    const [row]: OrderRow[] = await trx('orders')
      .where({ tenant_id: tenantId, id: orderId })
      .whereIn('status', payable)
      .update({ status: 'paid', paid_at: trx.fn.now(), provider_ref: providerRef ?? null })
      .returning('*');
    if (!row) return undefined;
    await ctx.outbox.emit(trx, {
      type: 'order.paid', tenantId,
      data: {
        orderId: row.id, userId: row.user_id, courseId: row.course_id, courseTitle: row.course_title, amount: row.amount,
        currency: row.currency, discount: row.discount, couponCode: row.coupon_code, paidAt: new Date(row.paid_at!).toISOString(),
      },
    });
    return row;
  });
  if (paid) {
    await grantEnrollment(ctx, paid);
    return { order: paid, changed: true };
  }
  const row = await orderById(ctx, tenantId, orderId);
  if (!row) throw NotFound('No such order', 'order_not_found');
  if (row.status !== 'paid') throw fail('order_not_payable', `The order is ${row.status}`);
  return { order: row, changed: false };
}

/** The entitlement of a paid order: its enrollment (idempotent: one row whatever the number of calls). */
export async function grantEnrollment(ctx: ServiceContext, order: Pick<OrderRow, 'tenant_id' | 'user_id' | 'course_id' | 'status'>) {
  const tenant: Tenant | undefined = await ctx.dbs.control('tenants').where({ id: order.tenant_id }).first();
  if (!tenant) return;
  await enrollLearner(learningDeps(ctx), { tenant, actor: { userId: order.user_id, tenantId: order.tenant_id, roles: [] }, courseId: order.course_id, entitled: true });
}

/**
 * Expires pending orders past their hold, on every shard cluster: one conditional UPDATE per
 * database (concurrent sweeps in several pods expire each order once) with an `order.expired`
 * event per order in the same transaction; payments' consumer of that event gives the coupon
 * redemption back, once per order. Returns how many expired.
 */
export async function expireOrders(ctx: ServiceContext): Promise<number> {
  let expired = 0;
  for (const { primary: db } of ctx.dbs.clusters()) {
    expired += await db.transaction(async (trx) => {
      const rows: OrderRow[] = await trx('orders').where({ status: 'pending' }).where('expires_at', '<', trx.fn.now()).update({ status: 'expired' }).returning('*');
      for (const row of rows) {
        await ctx.outbox.emit(trx, { type: 'order.expired', tenantId: row.tenant_id, data: { orderId: row.id, userId: row.user_id, couponId: row.coupon_id } });
      }
      return rows.length;
    });
  }
  return expired;
}

/** Refunds a paid order (offline: recorded here; the money goes back outside) and revokes its enrollment. */
export async function refundOrder(ctx: ServiceContext, tenantId: string, orderId: string): Promise<OrderRow> {
  if (!ctx.dbs.owns(orderId)) throw NotFound('No such order', 'order_not_found');
  const db: Knex = ctx.dbs.primaryFor(orderId);
  const refunded = await db.transaction(async (trx) => {
    const [row]: OrderRow[] = await trx('orders').where({ tenant_id: tenantId, id: orderId, status: 'paid' }).update({ status: 'refunded', refunded_at: trx.fn.now() }).returning('*');
    if (!row) return undefined;
    await ctx.outbox.emit(trx, { type: 'order.refunded', tenantId, data: { orderId: row.id, userId: row.user_id, courseId: row.course_id, amount: row.amount, currency: row.currency } });
    return row;
  });
  if (!refunded) {
    const row = await orderById(ctx, tenantId, orderId);
    if (!row) throw NotFound('No such order', 'order_not_found');
    if (row.status === 'refunded') return row;
    throw fail('order_not_refundable', `The order is ${row.status}`);
  }
  await revokeEnrollment(learningDeps(ctx), { tenantId, userId: refunded.user_id, courseId: refunded.course_id });
  return refunded;
}
