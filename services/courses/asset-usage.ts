import type { ServiceContext } from '../kit/context.ts';

/**
 * The courses of an academy whose lessons name an uploaded video asset (drafts included: a
 * lesson points at its asset from the moment it is added). The video service asks it before it
 * signs a playback URL for a learner.
 */
export async function coursesUsingAsset(ctx: ServiceContext, tenantId: string, assetId: string): Promise<string[]> {
  const rows = await ctx.dbs.control('lessons')
    .where({ tenant_id: tenantId, type: 'video' })
    .whereNull('removed_at')
    .whereRaw("content->>'assetId' = ?", [assetId])
    .distinct('course_id');
  return rows.map((r: { course_id: string }) => r.course_id);
}
