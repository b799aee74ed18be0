import type { ServiceModule } from '../kit/context.ts';
import { videoMigrations } from './migrations.ts';
import { videoRoutes } from './routes.ts';
import { PROCESS_QUEUE, resumableUploads, videoDeps } from './domain/deps.ts';
import { processVideo } from './domain/process.ts';
import { every } from '../kit/every.ts';

const SWEEP_EVERY_MS = 60 * 60 * 1000;

/**
 * Video assets of an academy: upload (multipart or resumable over tus; streamed, checked by content, size-limited), processing on
 * the job queue (duration, poster, HLS renditions with ffmpeg), playback through short-lived
 * signed URLs with HTTP ranges (docs/media.md).
 */
export const videoService: ServiceModule = {
  name: 'video',
  prefixes: ['/videos', '/video-uploads'],
  // Unfinished tus uploads: DATA_DIR/tus-uploads with `fs` storage (in the bucket with S3).
  stagesUploads: true,
  // Sources, renditions and posters live in storage.
  usesStorage: true,
  migrations: videoMigrations,
  routes: videoRoutes,
  async start(ctx) {
    const deps = videoDeps(ctx);
    const stopWorker = await ctx.queues.process<{ tenantId: string; assetId: string }>(PROCESS_QUEUE, (job) => processVideo(deps, job.data), { concurrency: 1 });
    // Abandoned resumable uploads are deleted a day after they began.
    const uploads = resumableUploads(ctx);
    const stopSweep = every(SWEEP_EVERY_MS, 'sweeping expired video uploads', () => uploads.sweep(), { log: ctx.logger });
    return async () => {
      await stopSweep();
      await stopWorker();
    };
  },
};
