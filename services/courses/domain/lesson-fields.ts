import type { LessonInput, QuestionInput } from '../schemas.ts';
import type { LessonContent, LessonType } from '../outline.ts';

const WORDS_PER_MINUTE = 200;

/** How a lesson as authored is stored: its type, content column and duration. */
export function lessonFields(input: LessonInput): { title: string; type: LessonType; content: LessonContent; duration_seconds: number } {
  switch (input.type) {
    case 'video':
      return {
        title: input.title,
        type: 'video',
        content: { ...(input.videoUrl ? { videoUrl: input.videoUrl } : {}), ...(input.assetId ? { assetId: input.assetId } : {}) },
        duration_seconds: input.durationSeconds,
      };
    case 'article': {
      // An article's duration is its estimated reading time: the catalog shows it, positions clamp to it.
      const words = input.body.split(/\s+/).filter(Boolean).length;
      return { title: input.title, type: 'article', content: { body: input.body }, duration_seconds: Math.max(1, Math.ceil((words / WORDS_PER_MINUTE) * 60)) };
    }
    case 'quiz':
      return { title: input.title, type: 'quiz', content: { passMark: input.passMark, maxAttempts: input.maxAttempts, questions: input.questions }, duration_seconds: 0 };
  }
}

/** The inverse of lessonFields: a stored lesson as its author would send it (for edits that change part of it). */
export function lessonInputOf(row: { title: string; type: LessonType; content: LessonContent; duration_seconds: number }): LessonInput {
  switch (row.type) {
    case 'video': {
      const c = row.content as { videoUrl?: string; assetId?: string };
      return { title: row.title, type: 'video', ...(c.videoUrl ? { videoUrl: c.videoUrl } : {}), ...(c.assetId ? { assetId: c.assetId } : {}), durationSeconds: row.duration_seconds };
    }
    case 'article':
      return { title: row.title, type: 'article', body: (row.content as { body: string }).body };
    case 'quiz': {
      const c = row.content as { passMark: number; maxAttempts: number; questions: QuestionInput[] };
      return { title: row.title, type: 'quiz', passMark: c.passMark, maxAttempts: c.maxAttempts, questions: c.questions };
    }
  }
}
