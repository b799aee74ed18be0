import type { MigrationSet } from '../kit/db/migrate.ts';

/**
 * Everything a learner owns lives in the learner's shard (docs/spine.md, "Data"; docs/learning.md): enrollments, lesson
 * progress, quiz attempts and certificates. Row ids are minted in the learner's logical shard, so
 * any of them (a certificate code too) names the database that holds it.
 */
export const progressMigrations: MigrationSet = {
  control: [
    {
      name: 'progress_001_certificate_keys',
      async up(knex) {
        // One Ed25519 key pair per academy signs its certificates; the public half is published.
        await knex.schema.createTable('certificate_keys', (t) => {
          t.uuid('tenant_id').primary().references('tenants.id').onDelete('CASCADE');
          t.string('kid', 64).notNullable();
          t.jsonb('public_jwk').notNullable();
          t.jsonb('private_jwk').notNullable();
          t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
        });
      },
      async down(knex) {
        await knex.schema.dropTable('certificate_keys');
      },
    },
  ],
  shard: [
    {
      name: 'progress_001_learning',
      async up(knex) {
        await knex.schema.createTable('enrollments', (t) => {
          t.uuid('id').primary();
          t.uuid('tenant_id').notNullable();
          t.uuid('user_id').notNullable();
          t.uuid('course_id').notNullable();
          t.uuid('enrolled_by').notNullable();
          t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
          t.timestamp('completed_at', { useTz: true });
          // Double enrollment is one row, whatever the concurrency.
          t.unique(['tenant_id', 'user_id', 'course_id']);
          t.index(['tenant_id', 'course_id', 'id']);
        });
        await knex.schema.createTable('lesson_progress', (t) => {
          t.uuid('user_id').notNullable();
          t.uuid('lesson_id').notNullable();
          t.uuid('tenant_id').notNullable();
          t.uuid('course_id').notNullable();
          t.double('position_seconds').notNullable().defaultTo(0);
          /** The player's clock (ms) of the newest heartbeat applied: older ones never overwrite it. */
          t.bigInteger('client_ts').notNullable();
          /** Set once; never cleared (completion is monotonic). */
          t.timestamp('completed_at', { useTz: true });
          t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
          t.primary(['user_id', 'lesson_id']);
          t.index(['tenant_id', 'user_id', 'course_id']);
        });
        await knex.schema.createTable('quiz_attempts', (t) => {
          t.uuid('id').primary();
          t.uuid('tenant_id').notNullable();
          t.uuid('user_id').notNullable();
          t.uuid('course_id').notNullable();
          t.uuid('lesson_id').notNullable();
          t.integer('attempt_no').notNullable();
          t.double('score').notNullable();
          t.boolean('passed').notNullable();
          t.jsonb('answers').notNullable();
          t.integer('course_version').notNullable();
          t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
          t.unique(['user_id', 'lesson_id', 'attempt_no']);
        });
        await knex.schema.createTable('certificates', (t) => {
          t.uuid('id').primary();
          t.uuid('tenant_id').notNullable();
          t.uuid('user_id').notNullable();
          t.uuid('course_id').notNullable();
          t.string('code', 64).notNullable().unique();
          t.string('learner_name', 200).notNullable();
          t.string('course_title', 200).notNullable();
          t.string('tenant_slug', 63).notNullable();
          t.timestamp('issued_at', { useTz: true }).notNullable();
          t.string('kid', 64).notNullable();
          t.text('signature').notNullable();
          // Exactly one certificate per learner and course, even when two completions race.
          t.unique(['tenant_id', 'user_id', 'course_id']);
        });
      },
      async down(knex) {
        for (const t of ['certificates', 'quiz_attempts', 'lesson_progress', 'enrollments']) await knex.schema.dropTable(t);
      },
    },
  ],
};
