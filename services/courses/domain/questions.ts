import type { Principal } from '../../kit/auth.ts';
import { fail, NotFound, ValidationError, fromZod } from '../../kit/errors.ts';
import { QuizLessonSchema, type QuestionInput } from '../schemas.ts';
import type { CourseStore, LessonRow } from '../store.ts';
import { withDraftLesson } from './draft-edits.ts';
import { lessonFields, lessonInputOf } from './lesson-fields.ts';

/**
 * Adding, changing and removing the questions of a draft quiz. Questions are addressed by their
 * index (attempts are graded by index against the published key, so questions carry no ids); the
 * course lock serialises edits, and each answers with the whole quiz so an editor re-reads the
 * indexes it will use next. A published version keeps its questions until the next publish.
 */

export type QuestionEdit =
  | { op: 'add'; question: QuestionInput; position?: number }
  | { op: 'replace'; index: number; question: QuestionInput }
  | { op: 'remove'; index: number };

/** The questions after an edit, or the reason it cannot apply (thrown). Pure: tested beside it. */
export function editedQuestions(questions: readonly QuestionInput[], edit: QuestionEdit): QuestionInput[] {
  const next = [...questions];
  if (edit.op === 'add') {
    const at = edit.position ?? next.length;
    if (at > next.length) throw new ValidationError([{ field: 'query.position', message: `must be 0..${next.length}` }]);
    next.splice(at, 0, edit.question);
    return next;
  }
  if (edit.index >= next.length) throw NotFound(`This quiz has ${next.length} questions (0..${next.length - 1})`, 'question_not_found');
  if (edit.op === 'replace') next[edit.index] = edit.question;
  else {
    if (next.length === 1) throw fail('quiz_needs_question', 'A quiz needs at least one question; delete the lesson instead');
    next.splice(edit.index, 1);
  }
  return next;
}

export async function editQuizQuestions(store: CourseStore, props: { tenantId: string; actor: Principal; lessonId: string; edit: QuestionEdit }): Promise<LessonRow> {
  return withDraftLesson(store, props, async (trx, lesson) => {
    if (lesson.type !== 'quiz') throw fail('not_a_quiz', `This is a ${lesson.type} lesson; only quizzes have questions`);
    const current = lessonInputOf(lesson);
    if (current.type !== 'quiz') throw new Error('unreachable: quiz lesson without quiz content');
    const parsed = QuizLessonSchema.safeParse({ ...current, questions: editedQuestions(current.questions, props.edit) });
    // Only the whole quiz's limits can fail here (the question was validated by the route).
    if (!parsed.success) throw fromZod(parsed.error);
    const fields = lessonFields(parsed.data);
    await store.updateLesson(props.tenantId, lesson.id, fields, trx);
    return { ...lesson, ...fields };
  });
}
