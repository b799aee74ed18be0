import type { z } from 'zod';
import type { OrderRow } from './domain/orders.ts';
import type { CouponRow } from './domain/coupons.ts';
import type { CouponSchema, OrderSchema } from './schemas.ts';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

export function presentOrder(o: OrderRow, extra: { checkoutUrl?: string } = {}): z.infer<typeof OrderSchema> {
  return {
    id: o.id, status: o.status, amount: o.amount, currency: o.currency, listAmount: o.list_amount, discount: o.discount, couponCode: o.coupon_code,
    courseId: o.course_id, courseTitle: o.course_title, userId: o.user_id, provider: o.provider,
    createdAt: iso(o.created_at)!, paidAt: iso(o.paid_at), refundedAt: iso(o.refunded_at), expiresAt: iso(o.expires_at), ...extra,
  };
}

export function presentCoupon(c: CouponRow): z.infer<typeof CouponSchema> {
  return {
    id: c.id, code: c.code, percentOff: c.percent_off, amountOff: c.amount_off, currency: c.currency,
    maxRedemptions: c.max_redemptions, redeemed: c.redeemed, expiresAt: iso(c.expires_at), courseId: c.course_id,
  };
}
