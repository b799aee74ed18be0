import type { MigrationSet } from '../kit/db/migrate.ts';

/**
 * `mails` (control): one row per mail, keyed by `${eventId}:${template}` — the effect-once record
 * (written before the send, marked sent after) and, without SMTP_URL, the dev mailbox.
 * In the user's shard: in-app notifications (unique per event and kind) and preferences.
 */
export const notificationsMigrations: MigrationSet = {
  control: [
    {
      name: 'notifications_001_mails',
      async up(knex) {
        await knex.schema.createTable('mails', (t) => {
          t.string('key', 200).primary();
          t.uuid('tenant_id').notNullable();
          t.uuid('user_id');
          t.string('template', 32).notNullable();
          t.string('to', 320).notNullable();
          t.string('subject', 300).notNullable();
          t.text('text').notNullable();
          t.string('status', 16).notNullable().defaultTo('pending');
          t.integer('attempts').notNullable().defaultTo(0);
          t.text('last_error');
          t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
          t.timestamp('sent_at', { useTz: true });
          t.index(['tenant_id', 'created_at']);
        });
      },
      async down(knex) {
        await knex.schema.dropTable('mails');
      },
    },
  ],
  shard: [
    {
      name: 'notifications_001_inbox',
      async up(knex) {
        await knex.schema.createTable('notifications', (t) => {
          t.uuid('id').primary();
          t.uuid('tenant_id').notNullable();
          t.uuid('user_id').notNullable();
          t.uuid('event_id').notNullable();
          t.string('kind', 32).notNullable();
          t.string('title', 300).notNullable();
          t.text('body').notNullable();
          t.timestamp('read_at', { useTz: true });
          t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
          t.unique(['tenant_id', 'user_id', 'event_id', 'kind']);
          t.index(['tenant_id', 'user_id', 'created_at']);
        });
        await knex.schema.createTable('notification_preferences', (t) => {
          t.uuid('tenant_id').notNullable();
          t.uuid('user_id').notNullable();
          t.boolean('email_enrollment').notNullable().defaultTo(true);
          t.boolean('email_certificate').notNullable().defaultTo(true);
          t.boolean('in_app').notNullable().defaultTo(true);
          t.primary(['tenant_id', 'user_id']);
        });
      },
      async down(knex) {
        await knex.schema.dropTable('notification_preferences');
        await knex.schema.dropTable('notifications');
      },
    },
  ],
};
