import type { Question } from '../../courses/api.ts';
import { ValidationError } from '../../kit/errors.ts';

export type Answer = number | number[] | boolean | string;

/** Text answers compare without case, surrounding space or repeated inner spaces. */
export function normalizeText(s: string): string {
  return s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Checks that each answer has its question's shape (400 naming `answers.<i>` otherwise), then
 * grades: score is the percent of questions answered right, passed when it reaches the pass mark.
 */
export function gradeQuiz(questions: Question[], answers: Answer[], passMark: number): { score: number; correct: number; total: number; passed: boolean } {
  const errors: { field: string; message: string }[] = [];
  if (answers.length !== questions.length) errors.push({ field: 'answers', message: `must have exactly ${questions.length} answers, one per question` });
  questions.forEach((q, i) => {
    const a = answers[i];
    if (a === undefined) return;
    const field = `answers.${i}`;
    if (q.kind === 'single' && !(typeof a === 'number' && a < q.options.length)) errors.push({ field, message: `must be an option index 0..${q.options.length - 1}` });
    if (q.kind === 'multiple' && !(Array.isArray(a) && a.every((x) => x < q.options.length) && new Set(a).size === a.length))
      errors.push({ field, message: `must be an array of distinct option indexes 0..${q.options.length - 1}` });
    if (q.kind === 'truefalse' && typeof a !== 'boolean') errors.push({ field, message: 'must be true or false' });
    if (q.kind === 'text' && typeof a !== 'string') errors.push({ field, message: 'must be a string' });
  });
  if (errors.length) throw new ValidationError(errors);
  const correct = questions.filter((q, i) => isRight(q, answers[i])).length;
  const score = Math.round((10_000 * correct) / questions.length) / 100;
  return { score, correct, total: questions.length, passed: score >= passMark };
}

function isRight(q: Question, a: Answer): boolean {
  switch (q.kind) {
    case 'single':
    case 'truefalse':
      return a === q.answer;
    case 'multiple': {
      const given = new Set(a as number[]);
      return given.size === q.answer.length && q.answer.every((x) => given.has(x));
    }
    case 'text': {
      const accepted = (Array.isArray(q.answer) ? q.answer : [q.answer]).map(normalizeText);
      return accepted.includes(normalizeText(a as string));
    }
  }
}
