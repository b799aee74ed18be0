import type { ServiceContext } from '../../kit/context.ts';
import { Forbidden } from '../../kit/errors.ts';
import { coursesUsingAsset } from '../../courses/api.ts';
import { enrolledInAny, learningDeps } from '../../progress/api.ts';

/**
 * Who may get a playback URL: admins and instructors (they upload and preview), and learners
 * enrolled in a course with a lesson that names the asset — a priced course's video is not
 * watchable without buying the course.
 */
export async function mayWatch(ctx: ServiceContext, who: { tenantId: string; userId: string; roles: readonly string[]; assetId: string }): Promise<void> {
  if (who.roles.includes('admin') || who.roles.includes('instructor')) return;
  const courseIds = await coursesUsingAsset(ctx, who.tenantId, who.assetId);
  if (await enrolledInAny(learningDeps(ctx), { tenantId: who.tenantId, userId: who.userId, courseIds })) return;
  throw Forbidden('Enroll in a course with this video to watch it', 'not_enrolled');
}
