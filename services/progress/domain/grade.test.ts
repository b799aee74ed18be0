import { describe, expect, it } from 'vitest';
import { gradeQuiz, normalizeText } from './grade.ts';
import type { Question } from '../../courses/outline.ts';

const questions: Question[] = [
  { kind: 'single', prompt: 'p', options: ['a', 'b'], answer: 1 },
  { kind: 'multiple', prompt: 'p', options: ['a', 'b', 'c'], answer: [0, 2] },
  { kind: 'truefalse', prompt: 'p', answer: false },
  { kind: 'text', prompt: 'p', answer: ['New York', 'NYC'] },
];

describe('gradeQuiz', () => {
  it('scores the percent right and passes at the pass mark', () => {
    expect(gradeQuiz(questions, [1, [2, 0], false, '  new   york '], 100)).toEqual({ score: 100, correct: 4, total: 4, passed: true });
    expect(gradeQuiz(questions, [1, [0], false, 'nyc'], 75)).toEqual({ score: 75, correct: 3, total: 4, passed: true });
    expect(gradeQuiz(questions, [0, [0, 1, 2], true, 'boston'], 1)).toMatchObject({ score: 0, passed: false });
  });

  it('names each answer of the wrong shape', () => {
    expect(() => gradeQuiz(questions, [5, [0, 0], 'yes', 3], 50)).toThrow(/answers\.0.*answers\.1.*answers\.2.*answers\.3/);
    expect(() => gradeQuiz(questions, [1], 50)).toThrow(/exactly 4 answers/);
  });

  it('normalizes text answers', () => {
    expect(normalizeText('  ÉCOLE  Normale ')).toBe('école normale');
  });
});
