import type { MigrationSet } from '../kit/db/migrate.ts';

/**
 * Orders live in the buyer's shard (the learner owns them, like enrollments; the id names the
 * shard). Coupons are the academy's, on the control database, where one conditional UPDATE counts
 * redemptions for every shard. Webhook deliveries are remembered there by provider event id.
 */
export const paymentsMigrations: MigrationSet = {
  control: [
    {
      name: 'payments_001_coupons',
      async up(knex) {
        await knex.schema.createTable('coupons', (t) => {
          t.uuid('id').primary();
          t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
          t.string('code', 64).notNullable();
          t.integer('percent_off');
          t.integer('amount_off');
          t.string('currency', 3);
          t.integer('max_redemptions');
          t.integer('redeemed').notNullable().defaultTo(0);
          t.timestamp('expires_at', { useTz: true });
          t.uuid('course_id');
          t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
          t.unique(['tenant_id', 'code']);
        });
        await knex.raw('alter table coupons add constraint coupons_redeemed_max check (max_redemptions is null or redeemed <= max_redemptions)');
        await knex.schema.createTable('payment_webhook_events', (t) => {
          t.string('provider', 16).notNullable();
          t.string('event_id', 255).notNullable();
          t.timestamp('received_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
          t.primary(['provider', 'event_id']);
        });
      },
      async down(knex) {
        await knex.schema.dropTable('payment_webhook_events');
        await knex.schema.dropTable('coupons');
      },
    },
    {
      // A redemption given back once per order, however often its order.expired event is delivered.
      name: 'payments_002_coupon_releases',
      async up(knex) {
        await knex.schema.createTable('coupon_releases', (t) => {
          t.uuid('order_id').primary();
          t.uuid('coupon_id').notNullable().references('coupons.id').onDelete('CASCADE');
          t.timestamp('released_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
        });
      },
      async down(knex) {
        await knex.schema.dropTable('coupon_releases');
      },
    },
  ],
  shard: [
    {
      name: 'payments_001_orders',
      async up(knex) {
        await knex.schema.createTable('orders', (t) => {
          t.uuid('id').primary();
          t.uuid('tenant_id').notNullable();
          t.uuid('user_id').notNullable();
          t.uuid('course_id').notNullable();
          t.string('course_title', 300).notNullable();
          t.integer('list_amount').notNullable();
          t.integer('discount').notNullable().defaultTo(0);
          t.integer('amount').notNullable();
          t.string('currency', 3).notNullable();
          t.uuid('coupon_id');
          t.string('coupon_code', 64);
          t.string('status', 16).notNullable().defaultTo('pending');
          t.string('provider', 16).notNullable();
          t.string('provider_ref', 255);
          t.string('idempotency_key', 255);
          t.string('request_hash', 64);
          t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
          t.timestamp('paid_at', { useTz: true });
          t.timestamp('refunded_at', { useTz: true });
          t.unique(['tenant_id', 'user_id', 'idempotency_key']);
          t.index(['tenant_id', 'user_id', 'created_at']);
        });
      },
      async down(knex) {
        await knex.schema.dropTable('orders');
      },
    },
    {
      // Pending orders expire (and give their coupon back): until when each may be paid.
      name: 'payments_002_order_expiry',
      async up(knex) {
        await knex.schema.alterTable('orders', (t) => t.timestamp('expires_at', { useTz: true }));
        await knex.raw("update orders set expires_at = created_at + interval '1 hour' where status = 'pending'");
        await knex.raw("create index orders_pending_expiry on orders (expires_at) where status = 'pending'");
      },
      async down(knex) {
        await knex.raw('drop index if exists orders_pending_expiry');
        await knex.schema.alterTable('orders', (t) => t.dropColumn('expires_at'));
      },
    },
  ],
};
