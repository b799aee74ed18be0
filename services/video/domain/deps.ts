import type { ServiceContext } from '../../kit/context.ts';
import { storageFor } from '../../kit/storage/index.ts';
import { VideoStore } from '../store.ts';
import { ffmpegAvailable, type ProcessDeps } from './process.ts';

/** The queue the processing jobs run on. */
export const PROCESS_QUEUE = 'video.process';

export interface VideoDeps extends ProcessDeps {
  maxBytes: number;
  ttlSeconds: number;
}

/** The video service's dependencies in a process (held by its context). */
export function videoDeps(ctx: ServiceContext): VideoDeps {
  return ctx.instances.of((): VideoDeps => {
    let has: Promise<boolean> | undefined;
    return {
      store: new VideoStore(ctx.dbs.control),
      storage: storageFor(ctx),
      logger: ctx.logger,
      hasFfmpeg: () => (has ??= ffmpegAvailable()),
      maxBytes: ctx.config.VIDEO_MAX_BYTES,
      ttlSeconds: ctx.config.PLAYBACK_URL_TTL_SECONDS,
    };
  }, videoDeps);
}
