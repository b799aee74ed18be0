import { hasRole, type Principal } from '../../kit/auth.ts';
import { fail, Forbidden } from '../../kit/errors.ts';
import type { CourseRow } from '../store.ts';

/** A course published from a Course resource is edited in Git only. */
export function assertNotManaged(course: CourseRow): void {
  if (course.managed_by) {
    throw fail('course_managed', `This course is managed by the Course resource ${course.managed_by}; change it there`, { managedBy: course.managed_by });
  }
}

/** Admins edit every course of their academy; instructors the courses they created. */
export function canEditCourse(p: Principal, course: CourseRow): boolean {
  return hasRole(p, 'admin') || course.created_by === p.userId;
}

export function assertCanEdit(p: Principal, course: CourseRow): void {
  if (!canEditCourse(p, course)) throw Forbidden('Only the course author or an admin may change it', 'not_course_author');
  assertNotManaged(course);
}
