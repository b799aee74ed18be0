import type { z } from 'zod';
import type { VideoSchema } from './schemas.ts';
import type { VideoRow } from './store.ts';

/** The one response shape of an asset (no storage keys, no uploader id). */
export function presentVideo(r: VideoRow): z.infer<typeof VideoSchema> {
  return {
    id: r.id,
    status: r.status,
    container: r.container,
    filename: r.filename,
    sizeBytes: Number(r.size_bytes),
    durationSeconds: r.duration_seconds,
    renditions: r.renditions.map(({ name, height, bandwidth }) => ({ name, height, bandwidth })),
    processingNote: r.processing_note,
    failureReason: r.failure_reason,
    createdAt: new Date(r.created_at).toISOString(),
  };
}
