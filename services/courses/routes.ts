import { z } from 'zod';
import type { Request, Response } from 'express';
import type { RouteBook } from '../kit/routes.ts';
import type { ServiceContext } from '../kit/context.ts';
import { Forbidden, NotFound } from '../kit/errors.ts';
import { hasRole } from '../kit/auth.ts';
import { etagMatches, type CachedResponse } from '../kit/response-cache.ts';
import { catalogFor } from './catalog.ts';
import {
  CatalogQuery,
  CourseDocumentSchema,
  CourseRefParams,
  CreateCourseSchema,
  CreateModuleSchema,
  IdParams,
  LessonIdParams,
  LessonInputSchema,
  PageQuery,
  SlugParams,
  UpdateCourseSchema,
} from './schemas.ts';
import {
  CatalogPageSchema,
  CourseSchema,
  DraftLessonSchema,
  DraftSchema,
  LearnerLessonSchema,
  ModuleSchema,
  PublicOutlineSchema,
  presentCourse,
  presentDraft,
  presentDraftLesson,
  presentLearnerLesson,
  presentModule,
} from './presenters.ts';
import { lessonAsset } from '../video/api.ts';
import { addLesson, addModule, createCourse, getDraft, publishCourse, updateCourse } from './domain/authoring.ts';
import { applyCourseDocument } from './domain/apply-document.ts';
import { canEditCourse } from './domain/policies.ts';
import { learningDeps } from '../progress/api.ts';
import { enrollLearner } from '../progress/api.ts';
import { EnrollSchema, EnrollmentSchema } from '../progress/api.ts';
import { presentEnrollment } from '../progress/api.ts';

/** Browsers and CDNs may keep a copy but must revalidate (cheap: 304 by ETag), so a publish shows at once. */
const CATALOG_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

/** Writes a cached JSON body, or 304 when the client already has it. */
function sendCached(req: Request, res: Response, cached: CachedResponse) {
  res.setHeader('etag', cached.etag);
  res.setHeader('cache-control', CATALOG_CACHE_CONTROL);
  // Added to CORS's Vary: Origin (the edge's), not in its place: whether Allow-Origin is sent depends on the Origin.
  res.vary('X-Tenant');
  if (etagMatches(req.headers['if-none-match'], cached.etag)) return void res.status(304).end();
  // What Express's send wrote for it (status, content type with charset, length; no body for
  // HEAD), directly: this is the catalog's hot path.
  res.statusCode = 200;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(cached.body));
  res.end(req.method === 'HEAD' ? undefined : cached.body);
}

const authoring: ['instructor'] = ['instructor'];

/** Authoring (instructors, admins), the public catalog, enrollments and instructor views, and the operator's upsert. */
export function coursesRoutes(book: RouteBook, ctx: ServiceContext) {
  const catalog = catalogFor(ctx);
  const store = catalog.store;
  const deps = learningDeps(ctx);
  const tags = ['courses'];

  // --- catalog (public, cached) ---
  book.add(
    {
      method: 'get', path: '/courses', summary: 'Published courses; `q` searches (ranked full text). ETag + Cache-Control', tags, access: 'public', scopes: ['catalog:read'], query: CatalogQuery,
      responses: { 200: { description: 'A page of the catalog', schema: CatalogPageSchema }, 304: { description: 'Not modified' } },
    },
    ({ req, res, tenant, query }) => {
      const hit = catalog.cachedCatalogResponse(tenant.id, query);
      if (hit) return sendCached(req, res, hit);
      return catalog.catalogResponse(tenant.id, query).then((page) => sendCached(req, res, page));
    },
  );

  book.add(
    {
      method: 'get', path: '/courses/:id', summary: 'The published outline of a course, by slug or id (no content, never answers)', tags, access: 'public', scopes: ['catalog:read'], params: CourseRefParams,
      responses: { 200: { description: 'Outline', schema: PublicOutlineSchema }, 304: { description: 'Not modified' }, 404: { description: 'course_not_found' } },
    },
    async ({ req, res, tenant, params }) => {
      const cached = await catalog.outlineResponse(tenant.id, params.id);
      if (!cached) throw NotFound('No such course', 'course_not_found');
      sendCached(req, res, cached);
    },
  );

  book.add(
    {
      method: 'get', path: '/lessons/:lessonId', summary: "A lesson's content (published version) for enrolled learners and authors; quizzes without answers", tags, access: 'user', params: LessonIdParams,
      responses: { 200: { description: 'Lesson', schema: LearnerLessonSchema }, 403: { description: 'not_enrolled' }, 404: { description: 'lesson_not_found' } },
    },
    async ({ tenant, auth, params }) => {
      const found = await catalog.publishedLesson(tenant.id, params.lessonId);
      if (!found) throw NotFound('No such lesson', 'lesson_not_found');
      if (!hasRole(auth, 'admin') && !(await deps.store.enrollment(tenant.id, auth.userId, found.outline.id))) {
        const course = await store.byId(tenant.id, found.outline.id);
        if (!course || !canEditCourse(auth, course)) throw Forbidden('Enroll in the course first', 'not_enrolled');
      }
      return { body: presentLearnerLesson(found.outline, found.lesson), headers: { 'cache-control': 'private, no-store' } };
    },
  );

  // --- authoring ---
  book.add(
    {
      method: 'post', path: '/courses', summary: 'Create a draft course', tags, access: authoring, scopes: ['courses:write'], body: CreateCourseSchema,
      responses: { 201: { description: 'Created', schema: CourseSchema }, 409: { description: 'slug_taken' } },
    },
    async ({ tenant, auth, body }) => ({ status: 201, body: presentCourse(await createCourse(store, { tenantId: tenant.id, actor: auth, input: body })) }),
  );

  book.add(
    {
      method: 'get', path: '/courses/:id/draft', summary: 'The draft with modules and lessons (answer keys included), for its authors', tags, access: authoring, scopes: ['courses:write'], params: IdParams,
      responses: { 200: { description: 'Draft', schema: DraftSchema }, 404: { description: 'course_not_found' } },
    },
    async ({ tenant, auth, params }) => {
      const d = await getDraft(store, tenant.id, params.id, auth);
      return { body: presentDraft(d.course, d.modules, d.lessons, d.unpublishedChanges), headers: { 'cache-control': 'private, no-store' } };
    },
  );

  book.add(
    {
      method: 'patch', path: '/courses/:id', summary: "Change a draft's title, slug, description, price or prerequisites", tags, access: authoring, scopes: ['courses:write'], params: IdParams, body: UpdateCourseSchema,
      responses: { 200: { description: 'Updated', schema: CourseSchema }, 404: { description: 'course_not_found' }, 409: { description: 'course_managed or slug_taken' } },
    },
    async ({ tenant, auth, params, body }) => ({ body: presentCourse(await updateCourse(store, catalog, { tenantId: tenant.id, actor: auth, id: params.id, patch: body })) }),
  );

  book.add(
    {
      method: 'post', path: '/courses/:id/modules', summary: 'Add a module to the draft', tags, access: authoring, scopes: ['courses:write'], params: IdParams, body: CreateModuleSchema,
      responses: { 201: { description: 'Created', schema: ModuleSchema }, 404: { description: 'course_not_found' }, 409: { description: 'course_managed' } },
    },
    async ({ tenant, auth, params, body }) => ({ status: 201, body: presentModule(await addModule(store, { tenantId: tenant.id, actor: auth, courseId: params.id, title: body.title })) }),
  );

  book.add(
    {
      method: 'post', path: '/modules/:id/lessons', summary: 'Add a video, article or quiz lesson to a module of the draft', tags, access: authoring, scopes: ['courses:write'], params: IdParams, body: LessonInputSchema,
      responses: { 201: { description: 'Created', schema: DraftLessonSchema }, 404: { description: 'module_not_found' }, 409: { description: 'course_managed' } },
      errors: ['video_not_found'],
    },
    async ({ tenant, auth, params, body }) => {
      // A lesson of an uploaded video takes its duration from the file when processing measured it.
      const input = body.type === 'video' && body.assetId ? { ...body, durationSeconds: (await lessonAsset(ctx, tenant.id, body.assetId)).durationSeconds ?? body.durationSeconds } : body;
      return { status: 201, body: presentDraftLesson(await addLesson(store, { tenantId: tenant.id, actor: auth, moduleId: params.id, input })) };
    },
  );

  book.add(
    {
      method: 'post', path: '/courses/:id/publish', summary: 'Freeze the draft as a new immutable version (unchanged draft: same version)', tags, access: authoring, scopes: ['courses:write'], params: IdParams,
      responses: { 200: { description: 'Published', schema: CourseSchema.extend({ version: z.number().int(), created: z.boolean() }) }, 400: { description: 'course_empty' }, 409: { description: 'course_managed' } },
    },
    async ({ tenant, auth, params }) => {
      const r = await publishCourse(store, catalog, { tenantId: tenant.id, actor: auth, courseId: params.id });
      return { body: { ...presentCourse(r.course), version: r.version, created: r.created } };
    },
  );

  // --- enrollments and instructor views (rows live in learners' shards) ---
  book.add(
    {
      method: 'post', path: '/courses/:id/enrollments', summary: 'Enroll myself (free course, prerequisites met) or, as an admin, someone else', tags, access: 'user', params: IdParams, body: EnrollSchema,
      responses: {
        201: { description: 'Enrolled', schema: EnrollmentSchema },
        200: { description: 'Already enrolled: the same enrollment', schema: EnrollmentSchema },
        402: { description: 'payment_required (priced course)' },
        403: { description: 'prerequisites_not_met, role_required' },
        404: { description: 'course_not_found, user_not_found' },
      },
    },
    async ({ tenant, auth, params, body }) => {
      const { enrollment, created } = await enrollLearner(deps, { tenant, actor: auth, courseId: params.id, userId: body.userId });
      return { status: created ? 201 : 200, body: presentEnrollment(enrollment) };
    },
  );

  const loadAuthored = async (tenantId: string, id: string, auth: Parameters<typeof canEditCourse>[0]) => {
    const course = await store.byId(tenantId, id);
    if (!course) throw NotFound('No such course', 'course_not_found');
    if (!canEditCourse(auth, course)) throw Forbidden('Only the course author or an admin may see its learners', 'not_course_author');
    return course;
  };

  book.add(
    {
      method: 'get', path: '/courses/:id/enrollments', summary: 'Learners of a course across every shard, in enrollment order (authors, admins)', tags, access: authoring, scopes: ['progress:read'], params: IdParams, query: PageQuery,
      responses: {
        200: {
          description: 'A page',
          schema: z.object({
            items: z.array(EnrollmentSchema.extend({ name: z.string(), email: z.string(), completedLessons: z.number().int() })),
            nextCursor: z.string().nullable(),
          }),
        },
      },
    },
    async ({ tenant, auth, params, query }) => {
      await loadAuthored(tenant.id, params.id, auth);
      const rows = await deps.store.learnersOfCourse(tenant.id, params.id, { limit: query.limit, after: query.cursor });
      const items = rows.map((r) => ({
        ...presentEnrollment({ ...r, course_id: params.id }),
        name: r.name,
        email: r.email,
        completedLessons: Number(r.completed_lessons),
      }));
      return { body: { items, nextCursor: rows.length === query.limit ? rows[rows.length - 1].id : null }, headers: { 'cache-control': 'private, no-store' } };
    },
  );

  book.add(
    {
      method: 'get', path: '/courses/:id/stats', summary: 'Enrolled and completed counts, and completions per lesson, summed over every shard', tags, access: authoring, scopes: ['progress:read'], params: IdParams,
      responses: {
        200: {
          description: 'Counts',
          schema: z.object({
            enrolled: z.number().int(),
            completed: z.number().int(),
            lessons: z.array(z.object({ lessonId: z.uuid(), completed: z.number().int() })),
            clusters: z.array(z.object({ name: z.string(), enrolled: z.number().int(), completed: z.number().int() })),
          }),
        },
      },
    },
    async ({ tenant, auth, params }) => {
      await loadAuthored(tenant.id, params.id, auth);
      const stats = await deps.store.courseStats(tenant.id, params.id);
      return {
        body: { enrolled: stats.enrolled, completed: stats.completed, lessons: [...stats.lessons].map(([lessonId, completed]) => ({ lessonId, completed })), clusters: stats.clusters },
        headers: { 'cache-control': 'private, no-store' },
      };
    },
  );

  // --- service-to-service: the operator publishes Course resources ---
  book.add(
    {
      method: 'put', path: '/internal/courses/:slug', summary: 'Upsert (and publish) a whole course from a Course resource (service token; tenant from X-Tenant)', tags: ['internal'],
      // Checked before validation: an unauthenticated caller learns nothing about the body.
      access: 'service', params: SlugParams, body: CourseDocumentSchema,
      responses: {
        200: { description: 'Applied', schema: z.object({ id: z.uuid(), slug: z.string(), publishedVersion: z.number().int().nullable() }) },
        401: { description: 'service_token_invalid' },
        409: { description: 'course_conflict: owned by another resource or hand-authored' },
      },
    },
    async ({ tenant, params, body }) => ({ body: await applyCourseDocument(store, catalog, { tenantId: tenant.id, slug: params.slug, doc: body }) }),
  );
}
