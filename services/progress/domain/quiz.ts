import { allLessons } from '../../courses/api.ts';
import { newId, shardOfId } from '../../kit/db/ids.ts';
import { fail, Forbidden, NotFound } from '../../kit/errors.ts';
import type { Tenant } from '../../kit/tenancy.ts';
import { completeCourseIfDone } from './complete-course.ts';
import type { LearningDeps } from './deps.ts';
import { gradeQuiz, type Answer } from './grade.ts';

/**
 * One quiz attempt, graded on the server against the answer key of the published version.
 * Attempts are counted under a lock on the learner's enrollment, so concurrent submissions can
 * never exceed the maximum; passing completes the lesson (and maybe the course).
 */
export async function submitAttempt(deps: LearningDeps, props: { tenant: Tenant; userId: string; lessonId: string; answers: Answer[] }) {
  const { tenant, userId, lessonId } = props;
  const found = await deps.catalog.publishedLesson(tenant.id, lessonId);
  if (!found || !found.lesson.quiz) throw NotFound('No such quiz', 'quiz_not_found');
  const { outline, lesson } = found;
  const quiz = lesson.quiz!;
  const grade = gradeQuiz(quiz.questions, props.answers, quiz.passMark);

  const result = await deps.store.db(userId).transaction(async (trx) => {
    const enrollment = await deps.store.enrollment(tenant.id, userId, outline.id, trx, true);
    if (!enrollment) throw Forbidden('Enroll in the course first', 'not_enrolled');
    const used = await deps.store.attemptCount(tenant.id, userId, lessonId, trx);
    if (used >= quiz.maxAttempts) throw fail('attempts_exhausted', `All ${quiz.maxAttempts} attempts of this quiz are used`, { maxAttempts: quiz.maxAttempts });
    await trx('quiz_attempts').insert({
      id: newId(shardOfId(userId)),
      tenant_id: tenant.id,
      user_id: userId,
      course_id: outline.id,
      lesson_id: lessonId,
      attempt_no: used + 1,
      score: grade.score,
      passed: grade.passed,
      answers: JSON.stringify(props.answers),
      course_version: outline.version,
    });
    const justCompleted = grade.passed
      ? await deps.store.markLessonCompleted({ tenant_id: tenant.id, user_id: userId, lesson_id: lessonId, course_id: outline.id, client_ts: Date.now() }, trx)
      : false;
    const ids = { userId, courseId: outline.id, lessonId };
    await deps.outbox.emitMany(trx, [
      { type: 'quiz.attempted', tenantId: tenant.id, data: { ...ids, attempt: used + 1, score: grade.score, passed: grade.passed } },
      ...(justCompleted ? [{ type: 'lesson.completed' as const, tenantId: tenant.id, data: { ...ids, lessonCount: allLessons(outline).length } }] : []),
    ]);
    return { attempt: used + 1, justCompleted };
  });
  if (result.justCompleted) await completeCourseIfDone(deps, { tenant, userId, outline });
  return { attempt: result.attempt, attemptsLeft: quiz.maxAttempts - result.attempt, ...grade, passMark: quiz.passMark };
}
