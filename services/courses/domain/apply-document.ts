import type { Knex } from 'knex';
import { fail } from '../../kit/errors.ts';
import type { Catalog } from '../catalog.ts';
import { priceColumns } from '../outline.ts';
import type { CourseDocument } from '../schemas.ts';
import type { CourseRow, CourseStore, LessonRow } from '../store.ts';
import { contentId } from './authoring.ts';
import { lessonFields } from './lesson-fields.ts';
import { publishInTransaction } from './publish.ts';

export interface ApplyResult {
  id: string;
  slug: string;
  publishedVersion: number | null;
}

/**
 * Makes the draft of course `slug` equal to a whole document from a Course resource (operator),
 * and publishes it when the document says so. Idempotent: the same document leaves the same rows
 * and the same version. Module and lesson ids are kept by position (and lesson type), so learners'
 * progress follows an edited lesson. A course owned by another resource, or hand-authored, is a
 * 409. All of it is one transaction: never a half-applied course.
 */
export async function applyCourseDocument(store: CourseStore, catalog: Catalog, props: { tenantId: string; slug: string; doc: CourseDocument }): Promise<ApplyResult> {
  const { tenantId, slug, doc } = props;
  const header = {
    title: doc.title,
    description: doc.description,
    ...priceColumns(doc.price),
  };
  const result = await store.transaction(async (trx) => {
    let course = await store.bySlug(tenantId, slug, trx, true);
    if (!course) {
      await trx('courses')
        .insert({ id: contentId(), tenant_id: tenantId, slug, ...header, prerequisites: [], created_by: null, managed_by: doc.managedBy })
        .onConflict(['tenant_id', 'slug'])
        .ignore();
      course = (await store.bySlug(tenantId, slug, trx, true))!;
    }
    if (course.managed_by !== doc.managedBy) {
      const owner = course.managed_by ? `the Course resource ${course.managed_by}` : 'the authoring API';
      throw fail('course_conflict', `The course "${slug}" is already managed by ${owner}`, { managedBy: course.managed_by });
    }
    course = await store.updateCourse(tenantId, course.id, header, trx);
    await syncStructure(store, trx, course, doc);
    if (!doc.published) return { course, created: false };
    const published = await publishInTransaction(store, trx, course, null);
    return { course: published.course, created: published.created };
  });
  if (result.created) await catalog.invalidate(tenantId);
  return { id: result.course.id, slug: result.course.slug, publishedVersion: result.course.published_version };
}

async function syncStructure(store: CourseStore, trx: Knex.Transaction, course: CourseRow, doc: CourseDocument) {
  const tenantId = course.tenant_id;
  const modules = await store.modules(tenantId, course.id, trx);
  const lessons = await store.lessons(tenantId, course.id, trx);
  const keptLessons = new Set<string>();
  for (const [mi, m] of doc.modules.entries()) {
    let moduleId = modules[mi]?.id;
    if (moduleId) await store.updateModule(tenantId, moduleId, { title: m.title, position: mi }, trx);
    else moduleId = (await trx('course_modules').insert({ id: contentId(), tenant_id: tenantId, course_id: course.id, title: m.title, position: mi }).returning('id'))[0].id as string;
    const existing = lessons.filter((l) => l.module_id === moduleId).sort((a, b) => a.position - b.position);
    for (const [li, input] of m.lessons.entries()) {
      const fields = lessonFields(input);
      const same: LessonRow | undefined = existing[li]?.type === fields.type ? existing[li] : undefined;
      if (same) {
        await store.updateLesson(tenantId, same.id, { ...fields, position: li }, trx);
        keptLessons.add(same.id);
      } else {
        await trx('lessons').insert({ id: contentId(), tenant_id: tenantId, course_id: course.id, module_id: moduleId, position: li, ...fields, content: JSON.stringify(fields.content) });
      }
    }
  }
  await store.removeLessons(tenantId, lessons.filter((l) => !keptLessons.has(l.id)).map((l) => l.id), trx);
  await store.deleteModules(tenantId, modules.slice(doc.modules.length).map((m) => m.id), trx);
}
