import type { LessonInput } from '../schemas.ts';
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
