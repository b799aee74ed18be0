import type { Knex } from 'knex';
import type { Principal } from '../../kit/auth.ts';
import { NotFound, ValidationError, fromZod } from '../../kit/errors.ts';
import { EDITABLE_FIELDS, type StructureReq, type UpdateLessonReq } from '../draft-schemas.ts';
import { LessonInputSchema } from '../schemas.ts';
import type { CourseRow, CourseStore, LessonRow, ModuleRow } from '../store.ts';
import { loadForEdit } from './authoring.ts';
import { lessonFields, lessonInputOf } from './lesson-fields.ts';
import { hasUnpublishedChanges } from './publish.ts';

/**
 * Edits of a course's draft: rename and delete modules, edit and delete lessons, reorder
 * everything. Learners never see these until the next publish — they read the frozen
 * `course_versions` outline — so a published version stays exactly as it was.
 *
 * Every edit runs in one transaction on the course row locked FOR UPDATE (loadForEdit): edits of
 * one draft are serialised, and a refused edit writes nothing.
 */

interface EditProps {
  tenantId: string;
  actor: Principal;
}

/** Runs `fn` on a draft lesson of an editable course, in the course's lock. */
export async function withDraftLesson<T>(store: CourseStore, props: EditProps & { lessonId: string }, fn: (trx: Knex.Transaction, lesson: LessonRow, course: CourseRow) => Promise<T>): Promise<T> {
  const found = await store.draftLesson(props.tenantId, props.lessonId);
  if (!found) throw NotFound('No such lesson in a draft', 'lesson_not_found');
  return store.transaction(async (trx) => {
    const course = await loadForEdit(store, props.tenantId, found.course_id, props.actor, trx);
    // Read again under the lock: it may have been removed meanwhile.
    const lesson = await store.draftLesson(props.tenantId, props.lessonId, trx);
    if (!lesson) throw NotFound('No such lesson in a draft', 'lesson_not_found');
    return fn(trx, lesson, course);
  });
}

async function withModule<T>(store: CourseStore, props: EditProps & { moduleId: string }, fn: (trx: Knex.Transaction, mod: ModuleRow) => Promise<T>): Promise<T> {
  const found = await store.moduleById(props.tenantId, props.moduleId);
  if (!found) throw NotFound('No such module', 'module_not_found');
  return store.transaction(async (trx) => {
    await loadForEdit(store, props.tenantId, found.course_id, props.actor, trx);
    const mod = await store.moduleById(props.tenantId, props.moduleId, trx);
    if (!mod) throw NotFound('No such module', 'module_not_found');
    return fn(trx, mod);
  });
}

export async function renameModule(store: CourseStore, props: EditProps & { moduleId: string; title: string }): Promise<ModuleRow> {
  return withModule(store, props, async (trx, mod) => {
    await store.updateModule(props.tenantId, mod.id, { title: props.title }, trx);
    return { ...mod, title: props.title };
  });
}

/**
 * Deletes a module and removes its lessons from the draft. Lesson rows stay (marked removed) so
 * learners' progress in published versions still names its course; the module row goes.
 */
export async function deleteModule(store: CourseStore, props: EditProps & { moduleId: string }): Promise<void> {
  await withModule(store, props, async (trx, mod) => {
    const lessons = (await store.lessons(props.tenantId, mod.course_id, trx)).filter((l) => l.module_id === mod.id);
    await store.removeLessons(props.tenantId, lessons.map((l) => l.id), trx);
    await store.deleteModules(props.tenantId, [mod.id], trx);
    await store.renumberModules(props.tenantId, mod.course_id, trx);
  });
}

/**
 * Changes some fields of a lesson. The patch is merged into the lesson as authored and the result
 * validated like a new lesson, so an edit can never store what `POST /modules/:id/lessons` would
 * refuse; a field of another lesson type is a 400 naming it.
 */
export async function editLesson(store: CourseStore, props: EditProps & { lessonId: string; patch: UpdateLessonReq }): Promise<LessonRow> {
  return withDraftLesson(store, props, async (trx, lesson) => {
    const allowed: readonly string[] = EDITABLE_FIELDS[lesson.type];
    const foreign = Object.keys(props.patch).filter((k) => !allowed.includes(k));
    if (foreign.length) throw new ValidationError(foreign.map((field) => ({ field, message: `does not apply to a ${lesson.type} lesson` })));
    const merged: Record<string, unknown> = { ...lessonInputOf(lesson) };
    for (const [k, v] of Object.entries(props.patch)) {
      if (v === null) delete merged[k];
      else merged[k] = v;
    }
    const parsed = LessonInputSchema.safeParse(merged);
    if (!parsed.success) throw fromZod(parsed.error);
    const fields = lessonFields(parsed.data);
    await store.updateLesson(props.tenantId, lesson.id, fields, trx);
    return { ...lesson, ...fields };
  });
}

/** Removes a lesson from the draft (the row stays, marked removed: see deleteModule). */
export async function deleteLesson(store: CourseStore, props: EditProps & { lessonId: string }): Promise<void> {
  await withDraftLesson(store, props, async (trx, lesson) => {
    await store.removeLessons(props.tenantId, [lesson.id], trx);
    if (lesson.module_id) await store.renumberLessons(props.tenantId, lesson.module_id, trx);
  });
}

/**
 * Why a new order cannot apply to this draft, as field errors: ids of other courses, ids listed
 * twice, and modules or lessons of the draft left out (a stale editor view must reload, not lose
 * lessons). Empty when the order is a permutation of the draft.
 */
export function structureProblems(order: StructureReq, modules: { id: string }[], lessons: { id: string }[]): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const moduleIds = new Set(modules.map((m) => m.id));
  const lessonIds = new Set(lessons.map((l) => l.id));
  const seenModules = new Set<string>();
  const seenLessons = new Set<string>();
  order.modules.forEach((m, i) => {
    if (!moduleIds.has(m.id)) problems.push({ field: `modules.${i}.id`, message: 'is not a module of this draft' });
    else if (seenModules.has(m.id)) problems.push({ field: `modules.${i}.id`, message: 'is listed twice' });
    seenModules.add(m.id);
    m.lessons.forEach((l, j) => {
      if (!lessonIds.has(l)) problems.push({ field: `modules.${i}.lessons.${j}`, message: 'is not a lesson of this draft' });
      else if (seenLessons.has(l)) problems.push({ field: `modules.${i}.lessons.${j}`, message: 'is listed twice' });
      seenLessons.add(l);
    });
  });
  const missingModules = [...moduleIds].filter((id) => !seenModules.has(id));
  const missingLessons = [...lessonIds].filter((id) => !seenLessons.has(id));
  if (missingModules.length) problems.push({ field: 'modules', message: `leaves out modules ${missingModules.join(', ')} (reload the draft)` });
  if (missingLessons.length) problems.push({ field: 'modules', message: `leaves out lessons ${missingLessons.join(', ')} (reload the draft)` });
  return problems;
}

/** Puts the draft's modules and lessons in the given order (see StructureSchema); returns the draft. */
export async function reorderDraft(store: CourseStore, props: EditProps & { courseId: string; order: StructureReq }) {
  return store.transaction(async (trx) => {
    const course = await loadForEdit(store, props.tenantId, props.courseId, props.actor, trx);
    const modules = await store.modules(props.tenantId, course.id, trx);
    const lessons = await store.lessons(props.tenantId, course.id, trx);
    const problems = structureProblems(props.order, modules, lessons);
    if (problems.length) throw new ValidationError(problems);
    const placements = props.order.modules.flatMap((m) => m.lessons.map((id, position) => ({ id, moduleId: m.id, position })));
    await store.placeStructure(props.tenantId, course.id, props.order.modules.map((m) => m.id), placements, trx);
    const rows = { course, modules: await store.modules(props.tenantId, course.id, trx), lessons: await store.lessons(props.tenantId, course.id, trx) };
    return { ...rows, unpublishedChanges: await hasUnpublishedChanges(store, rows, trx) };
  });
}
