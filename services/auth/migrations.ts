import type { MigrationSet } from '../kit/db/migrate.ts';

/**
 * Single-use tokens for a password reset and for email verification, in the user's shard (the
 * user's row and refresh tokens are there: a reset changes all three in one transaction). Only a
 * SHA-256 of the token is stored. A verified address is a row in email_verifications.
 */
export const authMigrations: MigrationSet = {
  shard: [
    {
      name: 'auth_001_mail_tokens',
      async up(knex) {
        await knex.schema.createTable('auth_mail_tokens', (t) => {
          t.uuid('id').primary();
          t.uuid('tenant_id').notNullable();
          t.uuid('user_id').notNullable();
          t.string('purpose', 16).notNullable();
          t.string('token_hash', 64).notNullable().unique();
          t.timestamp('expires_at', { useTz: true }).notNullable();
          t.timestamp('used_at', { useTz: true });
          t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
          t.index(['tenant_id', 'user_id', 'purpose']);
        });
        await knex.schema.createTable('email_verifications', (t) => {
          t.uuid('tenant_id').notNullable();
          t.uuid('user_id').notNullable();
          t.string('email', 320).notNullable();
          t.timestamp('verified_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
          t.primary(['tenant_id', 'user_id']);
        });
      },
      async down(knex) {
        await knex.schema.dropTable('email_verifications');
        await knex.schema.dropTable('auth_mail_tokens');
      },
    },
  ],
};
