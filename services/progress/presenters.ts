import type { CertificateRow, EnrollmentRow } from './store.ts';

export function presentEnrollment(e: Pick<EnrollmentRow, 'id' | 'course_id' | 'user_id' | 'created_at' | 'completed_at'>) {
  return {
    id: e.id,
    courseId: e.course_id,
    userId: e.user_id,
    enrolledAt: new Date(e.created_at).toISOString(),
    completedAt: e.completed_at ? new Date(e.completed_at).toISOString() : null,
  };
}

/** A learner's own certificate; `verifyUrl` is the public verification route. */
export function presentCertificate(c: CertificateRow) {
  return {
    code: c.code,
    courseId: c.course_id,
    courseTitle: c.course_title,
    learnerName: c.learner_name,
    tenant: c.tenant_slug,
    issuedAt: new Date(c.issued_at).toISOString(),
    verifyUrl: `/api/v1/certificates/${c.code}`,
  };
}
