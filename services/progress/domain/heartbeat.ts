import { lessonCount } from '../../courses/api.ts';
import { BadRequest, Forbidden, NotFound } from '../../kit/errors.ts';
import type { Tenant } from '../../kit/tenancy.ts';
import { MAX_CLIENT_CLOCK_AHEAD_MS, type HeartbeatReq } from '../schemas.ts';
import { completeCourseIfDone } from './complete-course.ts';
import type { LearningDeps } from './deps.ts';

/** Share of a video that counts as watched. */
export const VIDEO_COMPLETION_RATIO = 0.9;

export interface HeartbeatProps extends HeartbeatReq {
  tenant: Tenant;
  userId: string;
  lessonId: string;
  now?: number;
}

/**
 * The player's heartbeat: records the position in a lesson of the published version. The
 * position is clamped to the lesson's duration; a video is complete at 90% or when marked, an
 * article when marked, a quiz only by passing it. Idempotent; an older heartbeat (by client clock)
 * never overwrites a newer one. Completing the last lesson completes the course.
 */
export async function recordHeartbeat(deps: LearningDeps, props: HeartbeatProps) {
  const { tenant, userId, lessonId } = props;
  const found = await deps.catalog.publishedLesson(tenant.id, lessonId);
  if (!found) throw NotFound('No such lesson', 'lesson_not_found');
  const { outline, lesson } = found;
  if (lesson.type === 'quiz' && props.completed) throw BadRequest('A quiz is completed by passing it, not by a heartbeat', 'quiz_completes_by_passing');
  const positionSeconds = Math.round(Math.min(props.positionSeconds, lesson.durationSeconds) * 1000) / 1000;
  const completed =
    (props.completed === true && lesson.type !== 'quiz') || (lesson.type === 'video' && positionSeconds >= VIDEO_COMPLETION_RATIO * lesson.durationSeconds);
  // A clock far ahead must not pin the row: nothing could ever overwrite it.
  const clientTs = Math.min(props.clientTs, (props.now ?? Date.now()) + MAX_CLIENT_CLOCK_AHEAD_MS);

  const outcome = await deps.writer.write(deps.store.db(userId), {
    tenantId: tenant.id,
    userId,
    lessonId,
    courseId: outline.id,
    positionSeconds,
    clientTs,
    completed,
    lessonCount: lessonCount(outline),
  });
  if (outcome.kind === 'not_enrolled') throw Forbidden('Enroll in the course first', 'not_enrolled');
  if (outcome.justCompleted) await completeCourseIfDone(deps, { tenant, userId, outline });
  return {
    lessonId,
    courseId: outline.id,
    positionSeconds: outcome.progress.positionSeconds,
    completed: outcome.progress.completedAt !== null,
    clientTs: outcome.progress.clientTs,
    applied: outcome.applied,
  };
}
