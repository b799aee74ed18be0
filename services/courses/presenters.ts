import { z } from 'zod';
import { allLessons, priceOf, type OutlineLesson, type PublishedOutline, type Question } from './outline.ts';
import { LessonTypeSchema } from './schemas.ts';
import type { CatalogEntry, CourseRow, LessonRow, ModuleRow } from './store.ts';

const Price = z.object({ amount: z.number().int(), currency: z.string() }).nullable();

export const CourseSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  price: Price,
  prerequisites: z.array(z.uuid()),
  managedBy: z.string().nullable(),
  publishedVersion: z.number().int().nullable(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A course as its authors see it (the draft's header). */
export function presentCourse(c: CourseRow): z.infer<typeof CourseSchema> {
  return {
    id: c.id,
    slug: c.slug,
    title: c.title,
    description: c.description,
    price: priceOf(c),
    prerequisites: c.prerequisites,
    managedBy: c.managed_by,
    publishedVersion: c.published_version,
    publishedAt: c.published_at ? new Date(c.published_at).toISOString() : null,
    createdAt: new Date(c.created_at).toISOString(),
    updatedAt: new Date(c.updated_at).toISOString(),
  };
}

export const ModuleSchema = z.object({ id: z.uuid(), courseId: z.uuid(), title: z.string(), position: z.number().int() });
export function presentModule(m: ModuleRow) {
  return { id: m.id, courseId: m.course_id, title: m.title, position: m.position };
}

export const DraftLessonSchema = z.object({
  id: z.uuid(),
  courseId: z.uuid(),
  moduleId: z.uuid().nullable(),
  title: z.string(),
  type: LessonTypeSchema,
  position: z.number().int(),
  durationSeconds: z.number().int(),
  content: z.record(z.string(), z.unknown()).describe('As authored, answer key included'),
});
/** A draft lesson for its authors: everything, answer key included. */
export function presentDraftLesson(l: LessonRow) {
  return { id: l.id, courseId: l.course_id, moduleId: l.module_id, title: l.title, type: l.type, position: l.position, durationSeconds: l.duration_seconds, content: l.content as Record<string, unknown> };
}

export const DraftSchema = CourseSchema.extend({
  unpublishedChanges: z.boolean().describe('Publishing now would make a new version (the draft differs from what learners see)'),
  modules: z.array(ModuleSchema.extend({ lessons: z.array(DraftLessonSchema) })),
});
export function presentDraft(c: CourseRow, modules: ModuleRow[], lessons: LessonRow[], unpublishedChanges: boolean) {
  return {
    ...presentCourse(c),
    unpublishedChanges,
    modules: modules.map((m) => ({ ...presentModule(m), lessons: lessons.filter((l) => l.module_id === m.id).sort((a, b) => a.position - b.position).map(presentDraftLesson) })),
  };
}

export const CatalogEntrySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  price: Price,
  lessonCount: z.number().int(),
  durationSeconds: z.number().int(),
  version: z.number().int(),
  publishedAt: z.string(),
});
export const CatalogPageSchema = z.object({ items: z.array(CatalogEntrySchema), nextCursor: z.string().nullable() });

/** The catalog card of a published version. */
export function catalogEntry(o: PublishedOutline): CatalogEntry {
  const lessons = allLessons(o);
  return {
    id: o.id,
    slug: o.slug,
    title: o.title,
    description: o.description,
    price: o.price,
    lessonCount: lessons.length,
    durationSeconds: lessons.reduce((s, l) => s + l.durationSeconds, 0),
    version: o.version,
    publishedAt: o.publishedAt,
  };
}

export const PublicOutlineSchema = CatalogEntrySchema.extend({
  prerequisites: z.array(z.uuid()),
  modules: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      lessons: z.array(z.object({ id: z.uuid(), title: z.string(), type: LessonTypeSchema, durationSeconds: z.number().int(), questionCount: z.number().int().optional() })),
    }),
  ),
});

/** The published outline anyone may read: structure, no content, never an answer. */
export function presentPublicOutline(o: PublishedOutline): z.infer<typeof PublicOutlineSchema> {
  return {
    ...catalogEntry(o),
    prerequisites: o.prerequisites,
    modules: o.modules.map((m) => ({
      id: m.id,
      title: m.title,
      lessons: m.lessons.map((l) => ({
        id: l.id,
        title: l.title,
        type: l.type,
        durationSeconds: l.durationSeconds,
        ...(l.quiz ? { questionCount: l.quiz.questions.length } : {}),
      })),
    })),
  };
}

const LearnerQuestion = z.object({ kind: z.enum(['single', 'multiple', 'truefalse', 'text']), prompt: z.string(), options: z.array(z.string()).optional() });
export const LearnerLessonSchema = z.object({
  id: z.uuid(),
  courseId: z.uuid(),
  version: z.number().int(),
  title: z.string(),
  type: LessonTypeSchema,
  durationSeconds: z.number().int(),
  videoUrl: z.string().optional(),
  assetId: z.string().optional(),
  html: z.string().optional().describe('The article, rendered and sanitised'),
  quiz: z.object({ passMark: z.number(), maxAttempts: z.number().int(), questions: z.array(LearnerQuestion) }).optional(),
});

/** A lesson's content for an enrolled learner: the quiz without its answer key. */
export function presentLearnerLesson(o: PublishedOutline, l: OutlineLesson): z.infer<typeof LearnerLessonSchema> {
  return {
    id: l.id,
    courseId: o.id,
    version: o.version,
    title: l.title,
    type: l.type,
    durationSeconds: l.durationSeconds,
    ...(l.video?.url ? { videoUrl: l.video.url } : {}),
    ...(l.video?.assetId ? { assetId: l.video.assetId } : {}),
    ...(l.article ? { html: l.article.html } : {}),
    ...(l.quiz ? { quiz: { passMark: l.quiz.passMark, maxAttempts: l.quiz.maxAttempts, questions: l.quiz.questions.map(withoutAnswer) } } : {}),
  };
}

function withoutAnswer(q: Question) {
  return { kind: q.kind, prompt: q.prompt, ...('options' in q ? { options: q.options } : {}) };
}
