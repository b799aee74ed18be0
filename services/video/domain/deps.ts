import { join } from 'node:path';
import type { ServiceContext } from '../../kit/context.ts';
import { storageFor } from '../../kit/storage/index.ts';
import { VideoStore } from '../store.ts';
import { ffmpegAvailable, type ProcessDeps } from './process.ts';
import type { IngestDeps } from './ingest.ts';
import { EXPIRES_MS, ResumableUploads } from './resumable.ts';
import { stagingFor } from './staging.ts';

export { PROCESS_QUEUE } from './ingest.ts';

export interface VideoDeps extends ProcessDeps, IngestDeps {
  ttlSeconds: number;
  /** The local directory for unfinished resumable (tus) uploads when storage is `fs` (with S3 they are staged in the bucket). */
  resumableDir: string;
}

/** The video service's dependencies in a process (held by its context). */
export function videoDeps(ctx: ServiceContext): VideoDeps {
  return ctx.instances.of((): VideoDeps => {
    let has: Promise<boolean> | undefined;
    return {
      store: new VideoStore(ctx.dbs.control),
      storage: storageFor(ctx),
      queues: ctx.queues,
      logger: ctx.logger,
      hasFfmpeg: () => (has ??= ffmpegAvailable()),
      maxBytes: ctx.config.VIDEO_MAX_BYTES,
      ttlSeconds: ctx.config.PLAYBACK_URL_TTL_SECONDS,
      resumableDir: join(ctx.config.DATA_DIR, 'tus-uploads'),
    };
  }, videoDeps);
}

/** The process's tus endpoint: staged in the academy's bucket with S3 storage, else in a directory of this process. */
export function resumableUploads(ctx: ServiceContext): ResumableUploads {
  return ctx.instances.of(() => {
    const deps = videoDeps(ctx);
    return new ResumableUploads(deps, stagingFor(deps.storage, { directory: deps.resumableDir, expiresMs: EXPIRES_MS }));
  }, resumableUploads);
}
