import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { BadRequest, fail } from '../../kit/errors.ts';

export interface CouponRow {
  id: string;
  tenant_id: string;
  code: string;
  percent_off: number | null;
  amount_off: number | null;
  currency: string | null;
  max_redemptions: number | null;
  redeemed: number;
  expires_at: Date | null;
  course_id: string | null;
  created_at: Date;
}

export interface NewCoupon {
  code: string;
  percentOff?: number;
  amountOff?: number;
  currency?: string;
  maxRedemptions?: number;
  expiresAt?: string;
  courseId?: string;
}

export async function createCoupon(control: Knex, tenantId: string, c: NewCoupon): Promise<CouponRow> {
  const [row] = await control('coupons')
    .insert({
      id: randomUUID(), tenant_id: tenantId, code: c.code.toUpperCase(),
      percent_off: c.percentOff ?? null, amount_off: c.amountOff ?? null, currency: c.amountOff != null ? c.currency!.toUpperCase() : null,
      max_redemptions: c.maxRedemptions ?? null, expires_at: c.expiresAt ?? null, course_id: c.courseId ?? null,
    })
    .onConflict(['tenant_id', 'code'])
    .ignore()
    .returning('*');
  if (!row) throw fail('coupon_code_taken', 'A coupon with this code exists', { field: 'code' });
  return row;
}

/** The price after a coupon, never below zero. */
export function discountFor(coupon: CouponRow, amount: number, currency: string): number {
  if (coupon.percent_off != null) return Math.min(amount, Math.floor((amount * coupon.percent_off) / 100));
  if (coupon.currency !== currency) throw BadRequest('The coupon is for another currency', 'coupon_invalid', { field: 'couponCode' });
  return Math.min(amount, coupon.amount_off ?? 0);
}

/**
 * Takes one redemption of a coupon: one conditional UPDATE (under the row lock Postgres takes for
 * it), so twenty buyers at once never take more than its maximum. Null when the code is unknown,
 * expired, used up or for another course.
 */
export async function redeemCoupon(control: Knex, tenantId: string, code: string, courseId: string): Promise<CouponRow | null> {
  const [row] = await control('coupons')
    .where({ tenant_id: tenantId, code: code.toUpperCase() })
    .andWhere((q) => q.whereNull('max_redemptions').orWhereRaw('redeemed < max_redemptions'))
    .andWhere((q) => q.whereNull('expires_at').orWhere('expires_at', '>', control.fn.now()))
    .andWhere((q) => q.whereNull('course_id').orWhere('course_id', courseId))
    .increment('redeemed', 1)
    .returning('*');
  return row ?? null;
}

/**
 * Gives back the redemption an order held (the order expired unpaid): once per order, whatever the
 * number of deliveries — the release row and the decrement commit together.
 */
export async function releaseCouponOf(control: Knex, tenantId: string, couponId: string, orderId: string): Promise<boolean> {
  return control.transaction(async (trx) => {
    const [first] = await trx('coupon_releases').insert({ order_id: orderId, coupon_id: couponId }).onConflict('order_id').ignore().returning('order_id');
    if (!first) return false;
    await releaseCoupon(trx, tenantId, couponId);
    return true;
  });
}

/** Gives a redemption back (the order it was taken for was not created). */
export async function releaseCoupon(control: Knex, tenantId: string, couponId: string): Promise<void> {
  await control('coupons').where({ tenant_id: tenantId, id: couponId }).where('redeemed', '>', 0).decrement('redeemed', 1);
}
