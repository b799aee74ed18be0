import type { Knex } from 'knex';
import { BadRequest } from '../../kit/errors.ts';
import { allLessons, buildOutline, contentHash, type DraftRows } from '../outline.ts';
import { catalogEntry } from '../presenters.ts';
import type { CourseRow, CourseStore } from '../store.ts';

export interface PublishResult {
  course: CourseRow;
  version: number;
  /** False when the draft equals the last published version (no new version was made). */
  created: boolean;
}

/**
 * Freezes the draft into an immutable version that learners see from now on. Idempotent:
 * unchanged content keeps the current version. Runs in the caller's transaction, on a course row
 * the caller locked; the caller invalidates the catalog after commit.
 */
export async function publishInTransaction(store: CourseStore, trx: Knex.Transaction, course: CourseRow, publishedBy: string | null): Promise<PublishResult> {
  const outline = buildOutline(await store.draftRows(course.tenant_id, course, trx));
  const lessons = allLessons(outline);
  if (!lessons.length) throw BadRequest('Add at least one lesson before publishing', 'course_empty');
  const hash = contentHash(outline);
  const latest = await store.latestVersion(course.tenant_id, course.id, trx);
  if (latest && latest.content_hash === hash && course.published_version === latest.version) return { course, version: latest.version, created: false };
  const version = (latest?.version ?? 0) + 1;
  const publishedAt = new Date();
  await store.insertVersion({ course_id: course.id, tenant_id: course.tenant_id, version, outline, content_hash: hash, published_by: publishedBy, published_at: publishedAt }, trx);
  await store.setPublished(
    course.tenant_id,
    course.id,
    {
      version,
      publishedAt,
      catalog: catalogEntry({ ...outline, version, publishedAt: publishedAt.toISOString() }),
      title: outline.title,
      description: outline.description,
      lessonTitles: lessons.map((l) => l.title).join('. '),
    },
    trx,
  );
  return { course: (await store.byId(course.tenant_id, course.id, trx))!, version, created: true };
}

/**
 * Whether publishing now would make a new version: the draft differs from the version learners
 * see (or nothing is published yet). Editors show it next to the Publish button.
 */
export async function hasUnpublishedChanges(store: CourseStore, rows: DraftRows & { course: CourseRow }, db?: Knex | Knex.Transaction): Promise<boolean> {
  const latest = await store.latestVersion(rows.course.tenant_id, rows.course.id, db);
  if (!latest || rows.course.published_version !== latest.version) return true;
  return contentHash(buildOutline(rows)) !== latest.content_hash;
}
