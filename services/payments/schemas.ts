import { z } from 'zod';

const Currency = z.string().regex(/^[A-Za-z]{3}$/, 'must be a three-letter ISO 4217 code');

export const CreateOrderSchema = z.object({
  courseId: z.uuid(),
  couponCode: z.string().trim().min(1).max(64).optional(),
});

export const PaySchema = z.object({}).describe('Empty: with the offline provider in development/test the order is paid at once; with stripe a Checkout Session is created');

export const OrderSchema = z
  .object({
    id: z.string(),
    status: z.enum(['pending', 'paid', 'refunded', 'expired']),
    amount: z.number().int().describe('To pay, in minor units (cents)'),
    currency: z.string(),
    listAmount: z.number().int(),
    discount: z.number().int(),
    couponCode: z.string().nullable(),
    courseId: z.string(),
    courseTitle: z.string(),
    userId: z.string(),
    provider: z.string(),
    createdAt: z.string(),
    paidAt: z.string().nullable(),
    refundedAt: z.string().nullable(),
    /** Until when a pending order may be paid (its coupon is held until then). */
    expiresAt: z.string().nullable(),
    checkoutUrl: z.string().optional().describe('stripe: where to send the buyer to pay'),
  });

export const CreateCouponSchema = z
  .object({
    code: z.string().trim().regex(/^[A-Za-z0-9_-]{3,64}$/, 'letters, digits, _ and -, 3 to 64'),
    percentOff: z.number().int().min(1).max(100).optional(),
    amountOff: z.number().int().min(1).max(100_000_000).optional(),
    currency: Currency.optional().describe('Required with amountOff'),
    maxRedemptions: z.number().int().min(1).max(1_000_000).optional(),
    expiresAt: z.iso.datetime({ offset: true }).optional(),
    courseId: z.uuid().optional(),
  })
  .superRefine((c, ctx) => {
    if ((c.percentOff == null) === (c.amountOff == null)) ctx.addIssue({ code: 'custom', path: ['percentOff'], message: 'give exactly one of percentOff and amountOff' });
    if (c.amountOff != null && !c.currency) ctx.addIssue({ code: 'custom', path: ['currency'], message: 'required with amountOff' });
  });

export const CouponSchema = z
  .object({
    id: z.string(), code: z.string(), percentOff: z.number().nullable(), amountOff: z.number().nullable(), currency: z.string().nullable(),
    maxRedemptions: z.number().nullable(), redeemed: z.number(), expiresAt: z.string().nullable(), courseId: z.string().nullable(),
  });

export const OrderIdParams = z.object({ id: z.string().min(1).max(64) });
export const IdempotencyHeader = { 'Idempotency-Key': z.string().min(1).max(255).optional().describe('Same key and body: the same answer, no second order or charge; another body: 422') };
