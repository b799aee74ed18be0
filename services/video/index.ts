import type { ServiceModule } from '../kit/context.ts';
import { videoMigrations } from './migrations.ts';
import { videoRoutes } from './routes.ts';
import { PROCESS_QUEUE, videoDeps } from './domain/deps.ts';
import { processVideo } from './domain/process.ts';

/**
 * Video assets of an academy: upload (streamed, checked by content, size-limited), processing on
 * the job queue (duration, poster, HLS renditions with ffmpeg), playback through short-lived
 * signed URLs with HTTP ranges (docs/media.md).
 */
export const videoService: ServiceModule = {
  name: 'video',
  prefixes: ['/videos'],
  migrations: videoMigrations,
  routes: videoRoutes,
  async start(ctx) {
    const deps = videoDeps(ctx);
    return ctx.queues.process<{ tenantId: string; assetId: string }>(PROCESS_QUEUE, (job) => processVideo(deps, job.data), { concurrency: 1 });
  },
};
