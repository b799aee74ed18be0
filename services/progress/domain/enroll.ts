import { authorize, type Principal } from '../../kit/auth.ts';
import { newId, shardOfId } from '../../kit/db/ids.ts';
import { fail, Forbidden, NotFound } from '../../kit/errors.ts';
import type { Tenant } from '../../kit/tenancy.ts';
import type { EnrollmentRow } from '../store.ts';
import type { LearningDeps } from './deps.ts';

export interface EnrollProps {
  tenant: Tenant;
  actor: Principal;
  courseId: string;
  /** Someone else (admins only); default the actor. */
  userId?: string;
  /** Paid for (the payments service, after a payment): the price and prerequisite checks are passed. */
  entitled?: boolean;
}

/**
 * Enrolls a learner in a published course. Learners enroll themselves in free courses whose
 * prerequisites they have completed; admins may enroll anyone in any course. Enrolling twice
 * returns the same enrollment (the unique key makes it one row under any concurrency).
 */
export async function enrollLearner(deps: LearningDeps, props: EnrollProps): Promise<{ enrollment: EnrollmentRow; created: boolean }> {
  const { tenant, actor, courseId } = props;
  const userId = props.userId ?? actor.userId;
  const outline = await deps.catalog.outline(tenant.id, courseId);
  if (!outline) throw NotFound('No such course', 'course_not_found');
  const forSomeoneElse = userId !== actor.userId;
  if (forSomeoneElse) {
    authorize(actor, 'admin');
    if (!(await deps.users.byId(tenant.id, userId))) throw NotFound('No such user', 'user_not_found');
  } else if (!props.entitled) {
    if (outline.price) throw fail('payment_required', 'This course is priced: buy it to enroll', { price: outline.price });
    if (outline.prerequisites.length) {
      const done = await deps.store.completedCourseIds(tenant.id, userId, outline.prerequisites);
      const missing = outline.prerequisites.filter((id) => !done.has(id));
      if (missing.length) throw Forbidden('Complete the prerequisite courses first', 'prerequisites_not_met', { missing });
    }
  }
  return deps.store.enroll({ id: newId(shardOfId(userId)), tenant_id: tenant.id, user_id: userId, course_id: courseId, enrolled_by: actor.userId }, (trx) =>
    deps.outbox.emit(trx, { type: 'course.enrolled', tenantId: tenant.id, data: { userId, courseId, courseTitle: outline.title } }),
  );
}

/** Removes an enrollment (a refunded purchase); its progress rows stay. True when one was removed. */
export async function revokeEnrollment(deps: LearningDeps, props: { tenantId: string; userId: string; courseId: string }): Promise<boolean> {
  return (await deps.store.unenroll(props.tenantId, props.userId, props.courseId)) > 0;
}

/** Whether the learner is enrolled in any of these courses (one shard: theirs). */
export async function enrolledInAny(deps: LearningDeps, props: { tenantId: string; userId: string; courseIds: string[] }): Promise<boolean> {
  return deps.store.enrolledInAny(props.tenantId, props.userId, props.courseIds);
}
