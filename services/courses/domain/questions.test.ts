import { describe, expect, it } from 'vitest';
import { AppError, ValidationError } from '../../kit/errors.ts';
import type { QuestionInput } from '../schemas.ts';
import { editedQuestions } from './questions.ts';

const q = (prompt: string): QuestionInput => ({ kind: 'truefalse', prompt, answer: true });
const three = [q('a'), q('b'), q('c')];
const prompts = (qs: QuestionInput[]) => qs.map((x) => x.prompt);

describe('editedQuestions', () => {
  it('adds last by default, or before the question at position', () => {
    expect(prompts(editedQuestions(three, { op: 'add', question: q('d') }))).toEqual(['a', 'b', 'c', 'd']);
    expect(prompts(editedQuestions(three, { op: 'add', question: q('d'), position: 0 }))).toEqual(['d', 'a', 'b', 'c']);
    expect(prompts(editedQuestions(three, { op: 'add', question: q('d'), position: 3 }))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('refuses a position past the end, naming the query field', () => {
    const err = (() => {
      try {
        editedQuestions(three, { op: 'add', question: q('d'), position: 4 });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).errors).toEqual([{ field: 'query.position', message: 'must be 0..3' }]);
  });

  it('replaces and removes by index, leaving the input untouched', () => {
    expect(prompts(editedQuestions(three, { op: 'replace', index: 1, question: q('B') }))).toEqual(['a', 'B', 'c']);
    expect(prompts(editedQuestions(three, { op: 'remove', index: 0 }))).toEqual(['b', 'c']);
    expect(prompts(three)).toEqual(['a', 'b', 'c']);
  });

  it('answers 404 for an index past the end and 409 for removing the last question', () => {
    expect(() => editedQuestions(three, { op: 'replace', index: 3, question: q('x') })).toThrow(expect.objectContaining({ status: 404, code: 'question_not_found' }));
    expect(() => editedQuestions(three, { op: 'remove', index: 5 })).toThrow(expect.objectContaining({ status: 404, code: 'question_not_found' }));
    const last = (() => {
      try {
        editedQuestions([q('only')], { op: 'remove', index: 0 });
      } catch (e) {
        return e as AppError;
      }
    })();
    expect(last).toMatchObject({ status: 409, code: 'quiz_needs_question' });
  });
});
