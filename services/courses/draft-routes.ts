import type { RouteBook } from '../kit/routes.ts';
import type { ServiceContext } from '../kit/context.ts';
import { catalogFor } from './catalog.ts';
import { z } from 'zod';
import { IdParams, LessonIdParams, PageQuery, QuestionSchema } from './schemas.ts';
import { AddQuestionQuery, QuestionParams, StructureSchema, UpdateLessonSchema, UpdateModuleSchema } from './draft-schemas.ts';
import { CourseSchema, DraftLessonSchema, DraftSchema, ModuleSchema, presentCourse, presentDraft, presentDraftLesson, presentModule } from './presenters.ts';
import { listAuthoredCourses } from './domain/authoring.ts';
import { deleteLesson, deleteModule, editLesson, renameModule, reorderDraft } from './domain/draft-edits.ts';
import { editQuizQuestions } from './domain/questions.ts';

const authoring: ['instructor'] = ['instructor'];
const refused = {
  403: { description: 'role_required, not_course_author' },
  409: { description: 'course_managed (a Course resource owns it)' },
};

/**
 * Finding and editing a course's draft (authors and admins): the courses one may edit, modules,
 * lessons, their order and quiz questions. The published version is never touched; the next publish carries the edits.
 */
export function draftRoutes(book: RouteBook, ctx: ServiceContext) {
  const store = catalogFor(ctx).store;
  const tags = ['courses'];
  const noStore = { 'cache-control': 'private, no-store' };

  book.add(
    {
      method: 'get', path: '/authoring/courses', summary: 'Courses I may edit, drafts included, newest first (admins: every course of the academy)', tags, access: authoring,
      query: PageQuery,
      responses: { 200: { description: 'A page', schema: z.object({ items: z.array(CourseSchema), nextCursor: z.string().nullable() }) }, 403: { description: 'role_required' } },
    },
    async ({ tenant, auth, query }) => {
      const page = await listAuthoredCourses(store, { tenantId: tenant.id, actor: auth, limit: query.limit, before: query.cursor });
      return { body: { items: page.items.map(presentCourse), nextCursor: page.nextCursor }, headers: noStore };
    },
  );

  book.add(
    {
      method: 'patch', path: '/modules/:id', summary: 'Rename a module of the draft', tags, access: authoring, params: IdParams, body: UpdateModuleSchema,
      responses: { 200: { description: 'Renamed', schema: ModuleSchema }, 404: { description: 'module_not_found' }, ...refused },
    },
    async ({ tenant, auth, params, body }) => ({ body: presentModule(await renameModule(store, { tenantId: tenant.id, actor: auth, moduleId: params.id, title: body.title })) }),
  );

  book.add(
    {
      method: 'delete', path: '/modules/:id', summary: 'Delete a module and remove its lessons from the draft', tags, access: authoring, params: IdParams,
      responses: { 204: { description: 'Deleted' }, 404: { description: 'module_not_found' }, ...refused },
    },
    async ({ tenant, auth, params }) => void (await deleteModule(store, { tenantId: tenant.id, actor: auth, moduleId: params.id })),
  );

  book.add(
    {
      method: 'patch', path: '/lessons/:lessonId', summary: "Change a draft lesson's title or content (fields of its type; the type stays)", tags, access: authoring,
      params: LessonIdParams, body: UpdateLessonSchema,
      responses: { 200: { description: 'Updated', schema: DraftLessonSchema }, 404: { description: 'lesson_not_found' }, ...refused },
    },
    async ({ tenant, auth, params, body }) => ({ body: presentDraftLesson(await editLesson(store, { tenantId: tenant.id, actor: auth, lessonId: params.lessonId, patch: body })) }),
  );

  book.add(
    {
      method: 'delete', path: '/lessons/:lessonId', summary: 'Remove a lesson from the draft (published versions keep it)', tags, access: authoring, params: LessonIdParams,
      responses: { 204: { description: 'Removed' }, 404: { description: 'lesson_not_found' }, ...refused },
    },
    async ({ tenant, auth, params }) => void (await deleteLesson(store, { tenantId: tenant.id, actor: auth, lessonId: params.lessonId })),
  );

  book.add(
    {
      method: 'put', path: '/courses/:id/structure', summary: "Reorder the draft: every module once, each with its lessons in order (moves lessons between modules)", tags, access: authoring,
      params: IdParams, body: StructureSchema,
      responses: { 200: { description: 'The reordered draft', schema: DraftSchema }, 400: { description: 'validation_failed: unknown, repeated or left-out ids' }, 404: { description: 'course_not_found' }, ...refused },
    },
    async ({ tenant, auth, params, body }) => {
      const d = await reorderDraft(store, { tenantId: tenant.id, actor: auth, courseId: params.id, order: body });
      return { body: presentDraft(d.course, d.modules, d.lessons, d.unpublishedChanges), headers: noStore };
    },
  );

  const quizReplies = { 200: { description: 'The quiz lesson with its questions', schema: DraftLessonSchema }, 404: { description: 'lesson_not_found, question_not_found' }, ...refused };

  book.add(
    {
      method: 'post', path: '/lessons/:lessonId/questions', summary: 'Add a question to a draft quiz (at `position`, default last)', tags, access: authoring,
      params: LessonIdParams, query: AddQuestionQuery, body: QuestionSchema,
      responses: { ...quizReplies, 201: quizReplies[200], 409: { description: 'not_a_quiz, course_managed' } },
    },
    async ({ tenant, auth, params, query, body }) => {
      const lesson = await editQuizQuestions(store, { tenantId: tenant.id, actor: auth, lessonId: params.lessonId, edit: { op: 'add', question: body, position: query.position } });
      return { status: 201, body: presentDraftLesson(lesson) };
    },
  );

  book.add(
    {
      method: 'put', path: '/lessons/:lessonId/questions/:index', summary: 'Replace question `index` (from 0) of a draft quiz', tags, access: authoring,
      params: QuestionParams, body: QuestionSchema, responses: { ...quizReplies, 409: { description: 'not_a_quiz, course_managed' } },
    },
    async ({ tenant, auth, params, body }) => ({
      body: presentDraftLesson(await editQuizQuestions(store, { tenantId: tenant.id, actor: auth, lessonId: params.lessonId, edit: { op: 'replace', index: params.index, question: body } })),
    }),
  );

  book.add(
    {
      method: 'delete', path: '/lessons/:lessonId/questions/:index', summary: 'Remove question `index` (from 0) of a draft quiz (not its last one)', tags, access: authoring,
      params: QuestionParams, responses: { ...quizReplies, 409: { description: 'quiz_needs_question, not_a_quiz, course_managed' } },
    },
    async ({ tenant, auth, params }) => ({
      body: presentDraftLesson(await editQuizQuestions(store, { tenantId: tenant.id, actor: auth, lessonId: params.lessonId, edit: { op: 'remove', index: params.index } })),
    }),
  );
}
