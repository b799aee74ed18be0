import { randomBytes } from 'node:crypto';
import { hasRole, type Principal } from '../../kit/auth.ts';
import { newId } from '../../kit/db/ids.ts';
import { BadRequest, Conflict, NotFound } from '../../kit/errors.ts';
import type { Catalog } from '../catalog.ts';
import { priceColumns } from '../outline.ts';
import type { CreateCourseReq, LessonInput, UpdateCourseReq } from '../schemas.ts';
import type { CourseRow, CourseStore, LessonRow, ModuleRow } from '../store.ts';
import { lessonFields } from './lesson-fields.ts';
import { assertCanEdit, canEditCourse } from './policies.ts';
import { hasUnpublishedChanges, publishInTransaction, type PublishResult } from './publish.ts';

/** Content rows are control-database rows: their ids carry logical shard 0. */
export const contentId = () => newId(0);

/** `Intro to SQL!` -> `intro-to-sql`. */
export function slugify(title: string): string {
  const s = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  return s && !/^[0-9a-f]{8}$/.test(s.slice(0, 8)) ? s : `course-${s}`.replace(/-+$/, '');
}

const isUniqueViolation = (err: unknown) => (err as { code?: string }).code === '23505';

export interface CreateCourseProps {
  tenantId: string;
  actor: Principal;
  input: CreateCourseReq;
}

/** Creates a draft course. Without a slug one is made from the title (suffixed when taken). */
export async function createCourse(store: CourseStore, { tenantId, actor, input }: CreateCourseProps): Promise<CourseRow> {
  const row = (slug: string) => ({
    id: contentId(),
    tenant_id: tenantId,
    slug,
    title: input.title,
    description: input.description,
    ...priceColumns(input.price),
    prerequisites: [],
    created_by: actor.userId,
  });
  if (input.slug) {
    try {
      return await store.insertCourse(row(input.slug));
    } catch (err) {
      if (isUniqueViolation(err)) throw Conflict(`The slug "${input.slug}" is taken in this academy`, 'slug_taken');
      throw err;
    }
  }
  const base = slugify(input.title);
  for (let i = 0; ; i++) {
    const slug = i === 0 ? base : `${base.slice(0, 110)}-${randomBytes(3).toString('hex')}`;
    try {
      return await store.insertCourse(row(slug));
    } catch (err) {
      if (!isUniqueViolation(err) || i >= 3) throw err;
    }
  }
}

/**
 * Loads (and, inside a transaction, locks) a course of this tenant for editing: 404 when missing
 * or another tenant's (never revealed), 403 for someone else's course, 409 when a Course resource
 * manages it. The lock serialises edits of one draft, so positions stay consistent.
 */
export async function loadForEdit(store: CourseStore, tenantId: string, id: string, actor: Principal, trx?: Parameters<CourseStore['byId']>[2]) {
  const course = await store.byId(tenantId, id, trx, !!trx);
  if (!course) throw NotFound('No such course', 'course_not_found');
  assertCanEdit(actor, course);
  return course;
}

/** The draft with its modules and lessons, for its authors (others get a 404). */
export async function getDraft(store: CourseStore, tenantId: string, id: string, actor: Principal) {
  const course = await store.byId(tenantId, id);
  if (!course || !canEditCourse(actor, course)) throw NotFound('No such course', 'course_not_found');
  const rows = { course, modules: await store.modules(tenantId, id), lessons: await store.lessons(tenantId, id) };
  return { ...rows, unpublishedChanges: await hasUnpublishedChanges(store, rows) };
}

/**
 * The courses an author may edit, drafts included, newest first: an instructor's own, every course
 * of the academy for an admin (as canEditCourse). The catalog lists published courses only, so
 * this is how an editor finds a draft again.
 */
export async function listAuthoredCourses(store: CourseStore, props: { tenantId: string; actor: Principal; limit: number; before?: string }): Promise<{ items: CourseRow[]; nextCursor: string | null }> {
  const createdBy = hasRole(props.actor, 'admin') ? undefined : props.actor.userId;
  const items = await store.listForAuthor(props.tenantId, createdBy, { limit: props.limit, before: props.before });
  return { items, nextCursor: items.length === props.limit ? items[items.length - 1].id : null };
}

/**
 * Changes a draft's header. Prerequisites must be courses of the same academy and must not make
 * a cycle (nobody could ever enroll). A slug change shows at once, so the catalog is invalidated.
 */
export async function updateCourse(store: CourseStore, catalog: Catalog, props: { tenantId: string; actor: Principal; id: string; patch: UpdateCourseReq }): Promise<CourseRow> {
  const { tenantId, actor, id, patch } = props;
  const updated = await store.transaction(async (trx) => {
    const course = await loadForEdit(store, tenantId, id, actor, trx);
    if (patch.prerequisites) await assertPrerequisites(store, tenantId, id, patch.prerequisites, trx);
    const values: Partial<CourseRow> = {
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.slug !== undefined ? { slug: patch.slug } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(patch.price !== undefined ? priceColumns(patch.price) : {}),
      ...(patch.prerequisites ? { prerequisites: patch.prerequisites } : {}),
    };
    try {
      return { before: course, after: await store.updateCourse(tenantId, id, values, trx) };
    } catch (err) {
      if (isUniqueViolation(err)) throw Conflict(`The slug "${patch.slug}" is taken in this academy`, 'slug_taken');
      throw err;
    }
  });
  if (updated.before.slug !== updated.after.slug && updated.after.published_version) await catalog.invalidate(tenantId);
  return updated.after;
}

async function assertPrerequisites(store: CourseStore, tenantId: string, courseId: string, prereqs: string[], trx: Parameters<CourseStore['byId']>[2]) {
  if (prereqs.includes(courseId)) throw BadRequest('prerequisites: a course cannot require itself', 'prerequisite_cycle');
  const found = await store.existingIds(tenantId, prereqs, trx);
  const missing = prereqs.filter((p) => !found.some((f) => f.id === p));
  if (missing.length) throw BadRequest(`prerequisites: no such course ${missing.join(', ')}`, 'prerequisite_not_found');
  // Would courseId become reachable from itself? Walk the prerequisite graph from the new edges.
  const edges = new Map((await store.prerequisiteEdges(tenantId, trx)).map((e) => [e.id, e.prerequisites]));
  edges.set(courseId, prereqs);
  const seen = new Set<string>();
  const stack = [...prereqs];
  while (stack.length) {
    const c = stack.pop()!;
    if (c === courseId) throw BadRequest('prerequisites: this would make a cycle', 'prerequisite_cycle');
    if (seen.has(c)) continue;
    seen.add(c);
    stack.push(...(edges.get(c) ?? []));
  }
}

export async function addModule(store: CourseStore, props: { tenantId: string; actor: Principal; courseId: string; title: string }): Promise<ModuleRow> {
  return store.transaction(async (trx) => {
    await loadForEdit(store, props.tenantId, props.courseId, props.actor, trx);
    return store.insertModule({ id: contentId(), tenant_id: props.tenantId, course_id: props.courseId, title: props.title }, trx);
  });
}

export async function addLesson(store: CourseStore, props: { tenantId: string; actor: Principal; moduleId: string; input: LessonInput }): Promise<LessonRow> {
  const mod = await store.moduleById(props.tenantId, props.moduleId);
  if (!mod) throw NotFound('No such module', 'module_not_found');
  return store.transaction(async (trx) => {
    // Locking the course serialises edits, so positions stay distinct.
    await loadForEdit(store, props.tenantId, mod.course_id, props.actor, trx);
    return store.insertLesson({ id: contentId(), tenant_id: props.tenantId, course_id: mod.course_id, module_id: mod.id, ...lessonFields(props.input) }, trx);
  });
}

/** Publishes the draft (see publishInTransaction), then drops every cached view of the catalog. */
export async function publishCourse(store: CourseStore, catalog: Catalog, props: { tenantId: string; actor: Principal; courseId: string }): Promise<PublishResult> {
  const result = await store.transaction(async (trx) => {
    const course = await loadForEdit(store, props.tenantId, props.courseId, props.actor, trx);
    return publishInTransaction(store, trx, course, props.actor.userId);
  });
  if (result.created) await catalog.invalidate(props.tenantId);
  return result;
}
