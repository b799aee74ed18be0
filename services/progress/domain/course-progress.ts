import { allLessons, type PublishedOutline } from '../../courses/api.ts';
import { Forbidden, NotFound } from '../../kit/errors.ts';
import type { Tenant } from '../../kit/tenancy.ts';
import { completeCourseIfDone } from './complete-course.ts';
import type { LearningDeps } from './deps.ts';

/** Whole percent of the version's lessons done (never rounds up to 100 before the last one). */
export function percentDone(outline: PublishedOutline, completedLessonIds: Iterable<string>): number {
  const lessons = allLessons(outline);
  if (!lessons.length) return 0;
  const done = new Set(completedLessonIds);
  return Math.floor((100 * lessons.filter((l) => done.has(l.id)).length) / lessons.length);
}

/**
 * A learner's progress in a course: per lesson, percent, and where to resume (the lesson and
 * position of the newest heartbeat, by the player's clock, from any device). Read from the
 * primary of the learner's shard, so a heartbeat from one device shows on the next at once.
 */
export async function courseProgress(deps: LearningDeps, props: { tenant: Tenant; userId: string; courseId: string }) {
  const { tenant, userId, courseId } = props;
  const outline = await deps.catalog.outline(tenant.id, courseId);
  if (!outline) throw NotFound('No such course', 'course_not_found');
  const enrollment = await deps.store.enrollment(tenant.id, userId, courseId);
  if (!enrollment) throw Forbidden('Enroll in the course first', 'not_enrolled');
  const rows = new Map((await deps.store.lessonProgress(tenant.id, userId, courseId)).map((r) => [r.lesson_id, r]));
  const lessons = allLessons(outline).map((l) => {
    const r = rows.get(l.id);
    return { lessonId: l.id, title: l.title, type: l.type, durationSeconds: l.durationSeconds, positionSeconds: r?.position_seconds ?? 0, completed: !!r?.completed_at };
  });
  const completedIds = lessons.filter((l) => l.completed).map((l) => l.lessonId);
  let completedAt = enrollment.completed_at;
  if (!completedAt && lessons.length && completedIds.length === lessons.length) {
    // Every lesson is done but the course is not marked (the completing request failed midway): finish it now.
    await completeCourseIfDone(deps, { tenant, userId, outline });
    completedAt = (await deps.store.enrollment(tenant.id, userId, courseId))?.completed_at ?? null;
  }
  // Rows of lessons no longer in the published version do not count.
  const latest = lessons
    .map((l) => rows.get(l.lessonId))
    .filter((r) => r !== undefined)
    .sort((a, b) => Number(b.client_ts) - Number(a.client_ts))[0];
  const resume = latest
    ? { lessonId: latest.lesson_id, positionSeconds: latest.position_seconds }
    : lessons.length
      ? { lessonId: lessons[0].lessonId, positionSeconds: 0 }
      : null;
  return {
    courseId,
    version: outline.version,
    percent: percentDone(outline, completedIds),
    completed: completedAt !== null,
    completedAt: completedAt ? new Date(completedAt).toISOString() : null,
    lessons,
    resume,
  };
}
