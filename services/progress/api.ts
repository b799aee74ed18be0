/**
 * The progress service's public interface: enrollment, which the courses routes offer on a
 * course (`POST /courses/{id}/enrollments`). Enrollment lives here, with the learner's other
 * records in their shard. Anything else under services/progress/ is private to it
 * (.dependency-cruiser.cjs).
 */
export { learningDeps } from './domain/deps.ts';
export { enrollLearner, enrolledInAny, revokeEnrollment } from './domain/enroll.ts';
export { EnrollSchema, EnrollmentSchema } from './schemas.ts';
export { presentEnrollment } from './presenters.ts';
