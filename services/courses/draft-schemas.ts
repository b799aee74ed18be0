import { z } from 'zod';
import { ArticleLessonSchema, QuizLessonSchema, VideoLessonSchema } from './schemas.ts';

/** Schemas of the draft-editing routes (draft-routes.ts): modules, lessons, structure, quiz questions. */

export const UpdateModuleSchema = z.strictObject({ title: z.string().trim().min(1, 'is required').max(200) });
export type UpdateModuleReq = z.infer<typeof UpdateModuleSchema>;

/**
 * A lesson edit: any of the fields of its type (the type itself never changes: lesson ids are
 * stable and progress hangs on them — delete and add to change the type). `null` clears
 * `videoUrl` or `assetId` (a video has exactly one of them).
 */
export const UpdateLessonSchema = z
  .strictObject({
    title: z.string().trim().min(1, 'is required').max(200).optional(),
    videoUrl: VideoLessonSchema.shape.videoUrl.unwrap().nullable().optional(),
    assetId: VideoLessonSchema.shape.assetId.unwrap().nullable().optional(),
    durationSeconds: VideoLessonSchema.shape.durationSeconds.optional(),
    body: ArticleLessonSchema.shape.body.optional(),
    passMark: QuizLessonSchema.shape.passMark.optional(),
    maxAttempts: QuizLessonSchema.shape.maxAttempts.optional(),
  })
  // Only when nothing else is wrong: an unknown field alone should not also read "send a field".
  .refine((b) => Object.keys(b).length > 0, { message: 'send at least one field', when: (p) => p.issues.length === 0 });
export type UpdateLessonReq = z.infer<typeof UpdateLessonSchema>;

/** Fields a lesson edit may carry, by lesson type. */
export const EDITABLE_FIELDS = {
  video: ['title', 'videoUrl', 'assetId', 'durationSeconds'],
  article: ['title', 'body'],
  quiz: ['title', 'passMark', 'maxAttempts'],
} as const;

/**
 * The draft's whole order: every module once, each with every lesson it should hold, in order.
 * Moving a lesson to another module is listing it there. The whole list (not a move at a time)
 * so that a drag-and-drop editor sends what it shows and a stale view is refused, not merged.
 */
export const StructureSchema = z.strictObject({
  modules: z
    .array(z.strictObject({ id: z.uuid({ message: 'must be a module id' }), lessons: z.array(z.uuid({ message: 'must be a lesson id' })).max(200) }))
    .max(100),
});
export type StructureReq = z.infer<typeof StructureSchema>;

export const QuestionParams = z.strictObject({
  lessonId: z.uuid({ message: 'must be a lesson id' }),
  // A path segment is always present: a string of digits (a coerced number reads as optional in OpenAPI).
  index: z
    .string()
    .regex(/^\d{1,2}$/, 'must be a question number 0..99')
    .transform(Number),
});

/** Where a new question goes: before the question now at `position` (default: last). */
export const AddQuestionQuery = z.strictObject({ position: z.coerce.number().int().min(0).max(99).optional() });
