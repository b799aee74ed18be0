import type { MigrationSet } from '../kit/db/migrate.ts';

/**
 * Learning events live in the learner's shard (`analytics_events`, one row per delivered event,
 * keyed by the event id so a redelivery adds nothing); the per-course, per-day roll-ups computed
 * from every shard live on the control database (`analytics_course_days`). docs/analytics.md.
 */
export const analyticsMigrations: MigrationSet = {
  control: [
    {
      name: 'analytics_001_course_days',
      async up(knex) {
        await knex.schema.createTable('analytics_course_days', (t) => {
          t.uuid('tenant_id').notNullable();
          t.uuid('course_id').notNullable();
          t.date('day').notNullable();
          // That day's activity.
          t.integer('enrollments').notNullable();
          t.integer('active_learners').notNullable();
          t.integer('completions').notNullable();
          t.integer('quiz_attempts').notNullable();
          t.integer('quiz_passed').notNullable();
          /** Currency → minor units paid minus refunded that day. */
          t.jsonb('revenue').notNullable().defaultTo('{}');
          // Everything up to the end of that day.
          t.integer('enrolled_total').notNullable();
          t.integer('completed_total').notNullable();
          /** Sum over enrolled learners of the share of the course's lessons they completed (0..1 each). */
          t.double('progress_sum').notNullable();
          t.timestamp('computed_at', { useTz: true }).notNullable();
          t.primary(['tenant_id', 'course_id', 'day']);
          t.index(['tenant_id', 'day']);
        });
      },
      async down(knex) {
        await knex.schema.dropTable('analytics_course_days');
      },
    },
  ],
  shard: [
    {
      name: 'analytics_shard_001_events',
      async up(knex) {
        await knex.schema.createTable('analytics_events', (t) => {
          /** The outbox event's id: a redelivered event is the same row. */
          t.uuid('id').primary();
          t.uuid('tenant_id').notNullable();
          t.uuid('user_id').notNullable();
          t.uuid('course_id').notNullable();
          /** The learner's logical shard: a roll-up counts a cluster's rows of the shards it owns only (a shard being moved has rows on two clusters). */
          t.smallint('shard').notNullable();
          t.string('type', 32).notNullable();
          t.timestamp('occurred_at', { useTz: true }).notNullable();
          t.uuid('lesson_id');
          t.boolean('passed');
          /** Revenue in minor units (negative for a refund) and its currency. */
          t.bigInteger('amount');
          t.string('currency', 3);
          t.integer('lesson_count');
          t.timestamp('recorded_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
          t.index(['occurred_at']);
          t.index(['tenant_id', 'course_id', 'user_id']);
        });
      },
      async down(knex) {
        await knex.schema.dropTable('analytics_events');
      },
    },
  ],
};
