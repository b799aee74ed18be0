import { z } from 'zod';

const title = z.string().trim().min(1, 'is required').max(200);
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters, digits and single dashes')
  .max(120)
  .refine((s) => !/^[0-9a-f]{8}-/.test(s), 'must not look like an id');
export const PriceSchema = z.strictObject({
  amount: z.number().int('must be whole minor units').min(1, 'must be at least 1 (omit price for a free course)').max(100_000_000),
  currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code like EUR'),
});

const prompt = z.string().trim().min(1, 'is required').max(2000);
const options = z.array(z.string().trim().min(1).max(500)).min(2, 'needs at least 2 options').max(20);

/** A quiz question as an author writes it, answer key included (never shown to learners). */
export const QuestionSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('single'), prompt, options, answer: z.number().int().min(0) }),
    z.strictObject({ kind: z.literal('multiple'), prompt, options, answer: z.array(z.number().int().min(0)).min(1) }),
    z.strictObject({ kind: z.literal('truefalse'), prompt, answer: z.boolean() }),
    z.strictObject({
      kind: z.literal('text'),
      prompt,
      /** One accepted answer, or several; compared case- and space-insensitively. */
      answer: z.union([z.string().trim().min(1).max(200), z.array(z.string().trim().min(1).max(200)).min(1).max(20)]),
    }),
  ])
  .superRefine((q, ctx) => {
    if (q.kind === 'single' && q.answer >= q.options.length) ctx.addIssue({ code: 'custom', path: ['answer'], message: `must be an option index 0..${q.options.length - 1}` });
    if (q.kind === 'multiple') {
      if (q.answer.some((i) => i >= q.options.length)) ctx.addIssue({ code: 'custom', path: ['answer'], message: `must be option indexes 0..${q.options.length - 1}` });
      if (new Set(q.answer).size !== q.answer.length) ctx.addIssue({ code: 'custom', path: ['answer'], message: 'must not repeat an index' });
    }
  });
export type QuestionInput = z.infer<typeof QuestionSchema>;

export const VideoLessonSchema = z
  .strictObject({
    title,
    type: z.literal('video'),
    // An http(s) URL, or a path on this academy (`/media/…`: the demo's clip, served with the web app).
    videoUrl: z
      .union([z.url({ protocol: /^https?$/ }), z.string().regex(/^\/(?!\/)[A-Za-z0-9._~!$&'()*+,;=:@%\/-]+$/)], { error: 'must be an http(s) URL or a path on this academy (/media/…)' })
      .refine((v) => v.length <= 2000, 'must be at most 2000 characters')
      .optional(),
    assetId: z.string().regex(/^[A-Za-z0-9._-]{1,128}$/, 'must be an uploaded asset id').optional(),
    durationSeconds: z.number().int().min(1).max(24 * 3600),
  })
  .refine((v) => (v.videoUrl === undefined) !== (v.assetId === undefined), { message: 'give exactly one of videoUrl or assetId', path: ['videoUrl'] });
export const ArticleLessonSchema = z.strictObject({ title, type: z.literal('article'), body: z.string().min(1, 'is required').max(60_000) });
export const QuizLessonSchema = z.strictObject({
  title,
  type: z.literal('quiz'),
  /** Percent of questions right needed to pass. */
  passMark: z.number().min(0).max(100),
  maxAttempts: z.number().int().min(1).max(100),
  questions: z.array(QuestionSchema).min(1).max(100),
});

export const LessonTypeSchema = z.enum(['video', 'article', 'quiz']);

export const LessonInputSchema = z.discriminatedUnion('type', [VideoLessonSchema, ArticleLessonSchema, QuizLessonSchema]);
export type LessonInput = z.infer<typeof LessonInputSchema>;

export const CreateCourseSchema = z.strictObject({
  title,
  slug: slug.optional(),
  description: z.string().max(5000).default(''),
  price: PriceSchema.optional(),
});
export type CreateCourseReq = z.infer<typeof CreateCourseSchema>;

export const UpdateCourseSchema = z
  .strictObject({
    title: title.optional(),
    slug: slug.optional(),
    description: z.string().max(5000).optional(),
    price: PriceSchema.nullable().optional(),
    /** Courses that must be completed before enrolling in this one. */
    prerequisites: z.array(z.uuid()).max(20).transform((a) => [...new Set(a)]).optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'send at least one field' });
export type UpdateCourseReq = z.infer<typeof UpdateCourseSchema>;

export const CreateModuleSchema = z.strictObject({ title });

export const IdParams = z.strictObject({ id: z.uuid({ message: 'must be an id' }) });
export const LessonIdParams = z.strictObject({ lessonId: z.uuid({ message: 'must be a lesson id' }) });
/** A course by id or by slug: one parameter name for every `/courses/{id}` path, so the paths are not ambiguous. */
export const CourseRefParams = z.strictObject({ id: z.string().min(1).max(120).describe('The course id, or its slug') });
export const SlugParams = z.strictObject({ slug });

export const CatalogQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  cursor: z.string().regex(/^[A-Za-z0-9_-]{1,200}$/, 'must be a cursor from a previous page').optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const PageQuery = z.strictObject({
  cursor: z.uuid({ message: 'must be a cursor from a previous page' }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** A whole course as the operator sends it from a Course resource. */
export const CourseDocumentSchema = z.strictObject({
  title,
  description: z.string().max(5000).default(''),
  price: PriceSchema.optional(),
  modules: z.array(z.strictObject({ title, lessons: z.array(LessonInputSchema).max(200) })).max(100),
  published: z.boolean(),
  managedBy: z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?\/[a-z0-9]([-.a-z0-9]*[a-z0-9])?$/, 'must be <namespace>/<name>').max(317),
});
export type CourseDocument = z.infer<typeof CourseDocumentSchema>;
