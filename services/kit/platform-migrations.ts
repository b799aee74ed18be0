import type { MigrationSet } from './db/migrate.ts';
import { outboxMigrations } from './outbox/outbox.ts';

/** Tables the kit itself needs: tenants, JWT signing keys and integration API keys (control), the outbox (control and every shard). */
export const platformMigrations: MigrationSet = {
  control: [
    {
      name: 'kit_001_tenants',
      async up(knex) {
        await knex.schema.createTable('tenants', (t) => {
          t.uuid('id').primary();
          t.string('slug', 63).notNullable().unique();
          t.string('name', 200).notNullable();
          t.specificType('domains', 'text[]').notNullable().defaultTo('{}');
          t.string('plan', 32).notNullable().defaultTo('free');
          t.string('status', 16).notNullable().defaultTo('active');
          t.timestamps(true, true);
        });
        await knex.raw('create index tenants_domains_gin on tenants using gin (domains)');
      },
      async down(knex) {
        await knex.schema.dropTable('tenants');
      },
    },
    {
      name: 'kit_002_signing_keys',
      async up(knex) {
        await knex.schema.createTable('signing_keys', (t) => {
          t.string('kid', 64).primary();
          t.string('alg', 16).notNullable();
          t.jsonb('public_jwk').notNullable();
          t.jsonb('private_jwk').notNullable();
          t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
          /** After this the key no longer signs; it verifies until tokens signed before it expire. */
          t.timestamp('retires_at', { useTz: true }).notNullable();
        });
      },
      async down(knex) {
        await knex.schema.dropTable('signing_keys');
      },
    },
    ...outboxMigrations.control,
    {
      name: 'kit_004_api_keys',
      async up(knex) {
        await knex.schema.createTable('api_keys', (t) => {
          t.uuid('id').primary();
          t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
          t.string('name', 100).notNullable();
          t.specificType('scopes', 'text[]').notNullable();
          /** The admin who made it: what the key acts as (authors, audit). */
          t.uuid('created_by').notNullable();
          /** SHA-256 (hex) of the secret; the secret itself is shown once and never stored. */
          t.string('hash', 64).notNullable().unique();
          /** The secret before the last rotation, valid until prev_valid_until. */
          t.string('prev_hash', 64).unique();
          t.timestamp('prev_valid_until', { useTz: true });
          t.timestamp('expires_at', { useTz: true });
          t.timestamp('last_used_at', { useTz: true });
          t.timestamp('revoked_at', { useTz: true });
          t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
          t.index(['tenant_id', 'created_at']);
        });
      },
      async down(knex) {
        await knex.schema.dropTable('api_keys');
      },
    },
  ],
  shard: outboxMigrations.shard,
};
