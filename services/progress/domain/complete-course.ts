import { allLessons, type PublishedOutline } from '../../courses/api.ts';
import { newId, shardOfId } from '../../kit/db/ids.ts';
import type { Tenant } from '../../kit/tenancy.ts';
import type { CertificateRow } from '../store.ts';
import type { LearningDeps } from './deps.ts';
import { signClaims } from './certificate-keys.ts';

/**
 * Called after a lesson is completed: when every lesson of the published version is complete,
 * marks the enrollment completed and issues the one signed certificate. Safe to call any number of
 * times, concurrently: the (tenant, user, course) unique key keeps it to one certificate.
 * Control-database reads (outline, key) happen before the shard transaction.
 */
export async function completeCourseIfDone(deps: LearningDeps, props: { tenant: Tenant; userId: string; outline: PublishedOutline }): Promise<CertificateRow | undefined> {
  const { tenant, userId, outline } = props;
  const lessonIds = allLessons(outline).map((l) => l.id);
  const rows = await deps.store.lessonProgress(tenant.id, userId, outline.id);
  const done = new Set(rows.filter((r) => r.completed_at).map((r) => r.lesson_id));
  if (!lessonIds.every((id) => done.has(id))) return undefined;

  const key = await deps.keys.forTenant(tenant.id);
  // Copied onto the certificate at issue time: a certificate states the name it was issued to.
  const learnerName = (await deps.users.byId(tenant.id, userId))?.name ?? 'Learner';
  const code = newId(shardOfId(userId));
  const issuedAt = new Date();
  const claims = { code, tenant: tenant.slug, learnerName, courseTitle: outline.title, issuedAt: issuedAt.toISOString() };
  const signature = signClaims(key.privateKey, claims);
  return deps.store.db(userId).transaction(async (trx) => {
    await trx('enrollments').where({ tenant_id: tenant.id, user_id: userId, course_id: outline.id }).whereNull('completed_at').update({ completed_at: issuedAt });
    const [created] = await trx('certificates')
      .insert({
        id: code,
        tenant_id: tenant.id,
        user_id: userId,
        course_id: outline.id,
        code,
        learner_name: learnerName,
        course_title: outline.title,
        tenant_slug: tenant.slug,
        issued_at: issuedAt,
        kid: key.kid,
        signature,
      })
      .onConflict(['tenant_id', 'user_id', 'course_id'])
      .ignore()
      .returning('*');
    if (created) {
      await deps.outbox.emit(trx, { type: 'certificate.issued', tenantId: tenant.id, data: { userId, courseId: outline.id, certificateId: code, courseTitle: outline.title } });
    }
    return created as CertificateRow | undefined;
  });
}
