import type { MigrationSet } from '../kit/db/migrate.ts';

/**
 * Course content lives on the control database (docs/learning.md; docs/spine.md, "Data"): the editable draft (courses,
 * course_modules, lessons), the immutable published versions (an outline jsonb that keeps the quiz
 * answer key server-side) and the search vector of the published version.
 */
export const coursesMigrations: MigrationSet = {
  control: [
    {
      name: 'courses_001_content',
      async up(knex) {
        await knex.schema.createTable('courses', (t) => {
          t.uuid('id').primary();
          // No foreign key to tenants: migrations apply in name order, and `courses_` sorts before `kit_`.
          t.uuid('tenant_id').notNullable();
          t.string('slug', 120).notNullable();
          t.string('title', 200).notNullable();
          t.text('description').notNullable().defaultTo('');
          t.integer('price_amount');
          t.string('price_currency', 3);
          t.specificType('prerequisites', 'uuid[]').notNullable().defaultTo('{}');
          /** Null for courses published from a Course resource. */
          t.uuid('created_by');
          /** `<namespace>/<name>` of the Course resource that owns it; the authoring API then refuses edits. */
          t.string('managed_by', 400);
          t.integer('published_version');
          t.timestamp('published_at', { useTz: true });
          /** Summary of the published version shown in the catalog. */
          t.jsonb('catalog');
          t.specificType('search_vector', 'tsvector');
          t.timestamps(true, true);
          t.unique(['tenant_id', 'slug']);
        });
        await knex.raw('create index courses_search_gin on courses using gin (search_vector)');
        await knex.raw('create index courses_catalog on courses (tenant_id, published_at desc, id) where published_version is not null');
        await knex.schema.createTable('course_modules', (t) => {
          t.uuid('id').primary();
          t.uuid('tenant_id').notNullable();
          t.uuid('course_id').notNullable().references('courses.id').onDelete('CASCADE');
          t.integer('position').notNullable();
          t.string('title', 200).notNullable();
          t.index(['course_id', 'position']);
        });
        await knex.schema.createTable('lessons', (t) => {
          t.uuid('id').primary();
          t.uuid('tenant_id').notNullable();
          t.uuid('course_id').notNullable().references('courses.id').onDelete('CASCADE');
          /** Null once removed from the draft; the row stays so old progress still names its course. */
          t.uuid('module_id').references('course_modules.id').onDelete('SET NULL');
          t.integer('position').notNullable();
          t.string('title', 200).notNullable();
          t.string('type', 16).notNullable();
          /** video: url or uploaded asset id; article: markdown body; quiz: settings + questions with the answer key. */
          t.jsonb('content').notNullable();
          t.integer('duration_seconds').notNullable().defaultTo(0);
          t.timestamp('removed_at', { useTz: true });
          t.index(['course_id', 'module_id', 'position']);
        });
        await knex.raw("alter table lessons add constraint lessons_type_check check (type in ('video', 'article', 'quiz'))");
        await knex.schema.createTable('course_versions', (t) => {
          t.uuid('course_id').notNullable().references('courses.id').onDelete('CASCADE');
          t.integer('version').notNullable();
          t.uuid('tenant_id').notNullable();
          t.jsonb('outline').notNullable();
          t.string('content_hash', 64).notNullable();
          t.uuid('published_by');
          t.timestamp('published_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
          t.primary(['course_id', 'version']);
        });
      },
      async down(knex) {
        await knex.schema.dropTable('course_versions');
        await knex.schema.dropTable('lessons');
        await knex.schema.dropTable('course_modules');
        await knex.schema.dropTable('courses');
      },
    },
  ],
};
