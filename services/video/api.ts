/**
 * The video service's public interface: what a lesson needs to know of an uploaded asset
 * (its status and duration). Anything else under services/video/ is private to it.
 */
export { VideoStore, type VideoRow } from './store.ts';
export { videoDeps } from './domain/deps.ts';

import type { ServiceContext } from '../kit/context.ts';
import { NotFound } from '../kit/errors.ts';
import { videoDeps as deps } from './domain/deps.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What a video lesson takes from the uploaded asset it names: its duration in whole seconds when
 * processing measured it (null while processing, or when it plays as uploaded). An asset of
 * another academy, or none, is video_not_found.
 */
export async function lessonAsset(ctx: ServiceContext, tenantId: string, assetId: string): Promise<{ durationSeconds: number | null }> {
  const row = UUID.test(assetId) ? await deps(ctx).store.byId(tenantId, assetId) : undefined;
  if (!row) throw NotFound(`assetId: no uploaded video ${assetId}`, 'video_not_found');
  return { durationSeconds: row.duration_seconds ? Math.max(1, Math.round(row.duration_seconds)) : null };
}
