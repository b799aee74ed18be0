import type { MigrationSet } from '../kit/db/migrate.ts';

/**
 * Video assets belong to the academy (like its courses), so they live on the control database.
 * The bytes live in object storage (kit/storage) under `tenants/<tenant>/videos/<asset>/`.
 */
export const videoMigrations: MigrationSet = {
  control: [
    {
      name: 'video_001_assets',
      async up(knex) {
        await knex.schema.createTable('video_assets', (t) => {
          t.uuid('id').primary();
          t.uuid('tenant_id').notNullable();
          t.uuid('uploaded_by').notNullable();
          /** uploaded -> processing -> ready | failed; `ready` without renditions when ffmpeg is absent. */
          t.string('status', 20).notNullable();
          /** mp4 | webm | quicktime, from the file's magic bytes. */
          t.string('container', 20).notNullable();
          t.string('filename', 255).notNullable();
          t.bigInteger('size_bytes').notNullable();
          t.double('duration_seconds');
          t.string('failure_reason', 500);
          /** Why the source plays as uploaded (no ffmpeg on this machine), else null. */
          t.string('processing_note', 200);
          /** [{name, height, bandwidth, playlist}] written by the processing job. */
          t.jsonb('renditions').notNullable().defaultTo('[]');
          t.string('poster', 200);
          t.timestamps(true, true);
          t.index(['tenant_id', 'created_at']);
        });
        // One HMAC secret per academy signs its playback URLs (every process of the academy shares it).
        await knex.schema.createTable('video_url_keys', (t) => {
          t.uuid('tenant_id').primary();
          t.string('secret', 100).notNullable();
          t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
        });
      },
    },
  ],
};
