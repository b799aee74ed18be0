/**
 * The payments service's public interface: its schemas for clients. Orders and coupons are
 * reached over HTTP; other services learn of payments from the `order.paid` / `order.refunded`
 * events (kit/outbox).
 */
export { OrderSchema, CouponSchema } from './schemas.ts';
