import { describe, expect, it } from 'vitest';
import { LessonInputSchema, type LessonInput } from '../schemas.ts';
import { lessonFields, lessonInputOf } from './lesson-fields.ts';

const inputs: LessonInput[] = [
  { title: 'Watch', type: 'video', videoUrl: 'https://media.example.com/a.m3u8', durationSeconds: 90 },
  { title: 'Upload', type: 'video', assetId: 'asset-1', durationSeconds: 5 },
  { title: 'Read', type: 'article', body: '# Hi\n\nsome words here' },
  { title: 'Check', type: 'quiz', passMark: 50, maxAttempts: 3, questions: [{ kind: 'truefalse', prompt: 'Yes?', answer: true }] },
];

describe('lessonInputOf', () => {
  it('gives back what was authored, for every lesson type (edits merge into it)', () => {
    for (const input of inputs) {
      const stored = lessonFields(input);
      const back = lessonInputOf(stored);
      expect(back).toEqual(input);
      expect(LessonInputSchema.parse(back)).toEqual(input);
    }
  });
});
