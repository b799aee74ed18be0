import type { MigrationSet } from '../kit/db/migrate.ts';

/**
 * Single-use tokens for a password reset and for email verification, in the user's shard (the
 * user's row and refresh tokens are there: a reset changes all three in one transaction). Only a
 * SHA-256 of the token is stored. A verified address is a row in email_verifications.
 */
export const authMigrations: MigrationSet = {
  control: [
    {
      // Single sign-on (docs/sso.md): a tenant's identity provider (local installations; a
      // cluster pod reads its one tenant's from the environment), and which IdP identity
      // (issuer + subject) is which user — looked up before the user's shard is known.
      name: 'auth_002_sso',
      async up(knex) {
        await knex.schema.createTable('sso_providers', (t) => {
          t.uuid('tenant_id').primary().references('tenants.id').onDelete('CASCADE');
          t.text('issuer').notNullable();
          t.string('client_id', 255).notNullable();
          t.text('client_secret').notNullable();
          t.string('display_name', 100);
          t.specificType('allowed_email_domains', 'text[]').notNullable().defaultTo('{}');
          t.specificType('scopes', 'text[]').notNullable().defaultTo('{openid,email,profile}');
          t.string('role_claim', 100);
          t.jsonb('role_mapping').notNullable().defaultTo('{}');
          t.boolean('enforce').notNullable().defaultTo(false);
          t.timestamps(true, true);
        });
        await knex.schema.createTable('sso_identities', (t) => {
          t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
          t.text('issuer').notNullable();
          t.string('subject', 255).notNullable();
          t.uuid('user_id').notNullable().index();
          /** The email the IdP gave at the last sign-in (the user row keeps the academy's). */
          t.string('email', 320).notNullable();
          t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
          t.timestamp('last_sign_in_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
          t.primary(['tenant_id', 'issuer', 'subject']);
        });
      },
      async down(knex) {
        await knex.schema.dropTable('sso_identities');
        await knex.schema.dropTable('sso_providers');
      },
    },
  ],
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
