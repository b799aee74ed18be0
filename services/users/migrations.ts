import type { MigrationSet } from '../kit/db/migrate.ts';

export const usersMigrations: MigrationSet = {
  control: [
    {
      // The user directory: the one lookup that needs no id (login by email) -> the user's id,
      // whose bits name its shard.
      name: 'users_001_directory',
      async up(knex) {
        await knex.schema.createTable('user_directory', (t) => {
          t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
          t.string('email', 320).notNullable();
          t.uuid('user_id').notNullable().unique();
          t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
          t.primary(['tenant_id', 'email']);
        });
      },
      async down(knex) {
        await knex.schema.dropTable('user_directory');
      },
    },
  ],
  shard: [
    {
      name: 'users_001_users',
      async up(knex) {
        await knex.schema.createTable('users', (t) => {
          t.uuid('id').primary();
          t.uuid('tenant_id').notNullable();
          t.string('email', 320).notNullable();
          t.string('name', 200).notNullable();
          t.text('password_hash').notNullable();
          t.specificType('roles', 'text[]').notNullable().defaultTo('{learner}');
          t.text('mfa_secret');
          t.text('mfa_pending_secret');
          t.boolean('mfa_enabled').notNullable().defaultTo(false);
          t.bigInteger('mfa_last_step');
          t.integer('failed_logins').notNullable().defaultTo(0);
          t.timestamp('locked_until', { useTz: true });
          t.timestamps(true, true);
          t.unique(['tenant_id', 'email']);
          t.index(['tenant_id', 'id']);
        });
        await knex.schema.createTable('refresh_tokens', (t) => {
          t.uuid('id').primary();
          t.uuid('tenant_id').notNullable();
          t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
          t.uuid('family_id').notNullable().index();
          t.string('token_hash', 64).notNullable();
          t.timestamp('expires_at', { useTz: true }).notNullable();
          t.timestamp('used_at', { useTz: true });
          t.timestamp('revoked_at', { useTz: true });
          t.string('revoked_reason', 32);
          t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
        });
      },
      async down(knex) {
        await knex.schema.dropTable('refresh_tokens');
        await knex.schema.dropTable('users');
      },
    },
    {
      // Failed sign-ins decay (auth/domain/lockout.ts); MFA recovery codes are kept as SHA-256
      // hashes and each is spent once.
      name: 'users_002_login_decay_recovery_codes',
      async up(knex) {
        await knex.schema.alterTable('users', (t) => {
          t.timestamp('last_failed_login_at', { useTz: true });
          t.specificType('mfa_recovery_codes', 'text[]').notNullable().defaultTo('{}');
        });
        await knex.raw('create index refresh_tokens_user_live on refresh_tokens (tenant_id, user_id) where revoked_at is null');
      },
      async down(knex) {
        await knex.raw('drop index refresh_tokens_user_live');
        await knex.schema.alterTable('users', (t) => {
          t.dropColumn('last_failed_login_at');
          t.dropColumn('mfa_recovery_codes');
        });
      },
    },
  ],
};
